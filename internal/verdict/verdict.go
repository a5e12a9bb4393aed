package verdict

import (
	"go/ast"
	"go/types"

	"github.com/sipcode/sipcode/analyzer/explain"
	"github.com/sipcode/sipcode/internal/finding"
	"github.com/sipcode/sipcode/internal/stacks"
	"golang.org/x/tools/go/analysis"
)

// Options are the settings that change a verdict.
type Options struct {
	Allow     map[int]bool // private codes, never unknown or deprecated
	Constants string       // package path of constants fixes use when the library has none, or ""
}

// A Judge judges the code sites of one pass.
type Judge struct {
	files     []*ast.File
	info      *types.Info
	sinks     *stacks.Sinks
	allow     map[int]bool
	constants string
	consts    map[string]constIndex // by constants package path
	phrases   map[string]int        // reason phrase (normalised) to its code
	judged    map[ast.Expr]bool     // values and reason phrases already judged, so each is reported once
	findings  []*finding.Finding
}

// New returns a Judge for a pass whose tables resolve to sinks.
func New(pass *analysis.Pass, sinks *stacks.Sinks, o Options) *Judge {
	return &Judge{files: pass.Files, info: pass.TypesInfo, sinks: sinks, allow: o.Allow, constants: o.Constants,
		consts: map[string]constIndex{}, judged: map[ast.Expr]bool{}}
}

// Findings returns what the sites judged so far have shown.
func (j *Judge) Findings() []*finding.Finding { return j.findings }

// add records a finding.
func (j *Judge) add(node ast.Node, category, message string) *finding.Finding {
	f := &finding.Finding{Node: node, Category: category, Message: message, URL: explain.URL(category)}
	j.findings = append(j.findings, f)
	return f
}
