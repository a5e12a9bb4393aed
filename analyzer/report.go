package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/analyzer/explain"
)

// A finding is a diagnostic in the making: its fix is written once all
// findings of the file are known, since a fix may have to add an import or
// may remove the last use of one.
type finding struct {
	node     ast.Node
	category string
	message  string
	url      string // Diagnostic.URL: the category's section of docs/checks.md, or the rule's

	constant   *types.Const   // literal fix: write this constant instead of node
	nameFormat string         // for literal fixes: the message, with %s for the constant as the file names it
	dropsUseOf *types.Package // the package whose constant node was, for foreign fixes
	text       string         // reason fix: write this text instead of node
}

// add records a finding in an enabled category and returns it, or nil.
func (c *checker) add(node ast.Node, category, message string) *finding {
	if !c.opts.checks[category] {
		return nil
	}
	f := &finding{node: node, category: category, message: message, url: explain.URL(category)}
	c.findings = append(c.findings, f)
	return f
}

// report turns findings into diagnostics, file by file.
func (c *checker) report(files []*ast.File) {
	slices.SortFunc(c.findings, func(a, b *finding) int { return int(a.node.Pos() - b.node.Pos()) })
	for _, file := range files {
		var inFile []*finding
		for _, f := range c.findings {
			if file.FileStart <= f.node.Pos() && f.node.Pos() < file.FileEnd {
				inFile = append(inFile, f)
			}
		}
		if len(inFile) > 0 {
			c.reportFile(file, inFile)
		}
	}
}

func (c *checker) reportFile(file *ast.File, findings []*finding) {
	silenced := nolintLines(c.pass.Fset, file)
	keep := c.importsKept(file, findings)
	for _, f := range findings {
		if silenced[c.pass.Fset.Position(f.node.Pos()).Line] {
			continue
		}
		d := analysis.Diagnostic{Pos: f.node.Pos(), End: f.node.End(), Category: f.category, Message: f.message, URL: f.url}
		// A fix to cmd/cgo's output would edit a file in the build cache.
		if fix, name, ok := c.fix(file, f, keep); ok && !isCgoOutput(file) {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
			if f.nameFormat != "" {
				d.Message = fmt.Sprintf(f.nameFormat, name)
			}
		}
		c.pass.Report(d)
	}
}

// fix returns the one fix of a finding, if it has one that keeps the code
// building.
// It also returns the text written in place of the node.
func (c *checker) fix(file *ast.File, f *finding, keep map[*types.Package]bool) (analysis.SuggestedFix, string, bool) {
	switch {
	case f.text != "":
		return analysis.SuggestedFix{
			Message:   fmt.Sprintf("Replace %s with %s", c.source(f.node), f.text),
			TextEdits: []analysis.TextEdit{{Pos: f.node.Pos(), End: f.node.End(), NewText: []byte(f.text)}},
		}, f.text, true
	case f.constant != nil:
		if f.dropsUseOf != nil && !keep[f.dropsUseOf] {
			return analysis.SuggestedFix{}, "", false // the import would be left unused
		}
		name, importEdit, ok := c.qualify(file, f.constant, f.node.Pos())
		if !ok {
			return analysis.SuggestedFix{}, "", false
		}
		edits := []analysis.TextEdit{{Pos: f.node.Pos(), End: f.node.End(), NewText: []byte(name)}}
		if importEdit != nil {
			edits = append(edits, *importEdit)
		}
		return analysis.SuggestedFix{
			Message:   fmt.Sprintf("Replace %s with %s", c.source(f.node), name),
			TextEdits: edits,
		}, name, true
	}
	return analysis.SuggestedFix{}, "", false
}

func (c *checker) source(n ast.Node) string {
	if e, ok := n.(ast.Expr); ok {
		return types.ExprString(e)
	}
	return "it"
}

// qualify returns how file can name k at pos: "sip.StatusBusyHere" through
// the import the file has (whatever its name), the bare name through a dot
// import, or through a new import the returned edit adds. It fails when the
// name would be shadowed or would collide.
func (c *checker) qualify(file *ast.File, k *types.Const, pos token.Pos) (string, *analysis.TextEdit, bool) {
	scope := c.scopeAt(file, pos)
	if scope == nil {
		return "", nil, false
	}
	if k.Pkg() == c.pass.Pkg {
		_, obj := scope.LookupParent(k.Name(), pos)
		return k.Name(), nil, obj == k
	}
	for _, spec := range file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil || path != k.Pkg().Path() {
			continue
		}
		name := k.Pkg().Name()
		if spec.Name != nil {
			name = spec.Name.Name
		}
		switch name {
		case "_":
			continue
		case ".":
			if _, obj := scope.LookupParent(k.Name(), pos); obj == k {
				return k.Name(), nil, true
			}
			continue
		}
		if _, obj := scope.LookupParent(name, pos); isImportOf(obj, k.Pkg()) {
			return name + "." + k.Name(), nil, true
		}
	}
	// Not imported yet (or shadowed): add an import, if its name is free.
	name := k.Pkg().Name()
	if _, obj := scope.LookupParent(name, pos); obj != nil {
		return "", nil, false
	}
	if c.pass.Pkg.Scope().Lookup(name) != nil {
		return "", nil, false
	}
	edit := importEdit(file, k.Pkg().Path())
	return name + "." + k.Name(), &edit, true
}

func isImportOf(obj types.Object, pkg *types.Package) bool {
	pn, ok := obj.(*types.PkgName)
	return ok && pn.Imported() == pkg
}

// scopeAt returns the innermost scope of file at pos.
func (c *checker) scopeAt(file *ast.File, pos token.Pos) *types.Scope {
	fileScope := c.pass.TypesInfo.Scopes[file]
	if fileScope == nil {
		return nil
	}
	return fileScope.Innermost(pos)
}

// importEdit adds an import of path to file. Every fix that needs the same
// import makes the same edit, and drivers apply identical edits once. The
// edit only inserts: fixes adding two different imports to one file must
// not rewrite the same text, or a driver would drop one of them. So an
// ungrouped import "x" gets a second import declaration beside it.
func importEdit(file *ast.File, path string) analysis.TextEdit {
	text := strconv.Quote(path)
	var last *ast.GenDecl
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			last = g
		}
	}
	switch {
	case last == nil:
		return analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + text)}
	case last.Lparen.IsValid() && len(last.Specs) > 0:
		end := last.Specs[len(last.Specs)-1].End()
		return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\t" + text)}
	default:
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\nimport " + text)}
	}
}

// importsKept tells, for each package whose constants foreign fixes would
// replace, whether the file keeps using that import once every fix is
// applied. A fix that would leave an import unused is not offered.
func (c *checker) importsKept(file *ast.File, findings []*finding) map[*types.Package]bool {
	replaced := map[*types.Package]int{}
	for _, f := range findings {
		if f.dropsUseOf != nil {
			replaced[f.dropsUseOf]++
		}
	}
	if len(replaced) == 0 {
		return nil
	}
	uses := map[*types.Package]int{}
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if pn, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
				uses[pn.Imported()]++
			}
		}
		return true
	})
	keep := map[*types.Package]bool{}
	for pkg, n := range replaced {
		keep[pkg] = uses[pkg] > n
	}
	return keep
}

// nolintLines returns the lines of file with a //nolint comment that names
// sipcode (or all linters), the golangci-lint convention, so that the same
// comment works with every driver.
func nolintLines(fset *token.FileSet, file *ast.File) map[int]bool {
	lines := map[int]bool{}
	for _, group := range file.Comments {
		for _, comment := range group.List {
			if nolintApplies(comment.Text) {
				lines[fset.Position(comment.Slash).Line] = true
			}
		}
	}
	return lines
}

func nolintApplies(text string) bool {
	rest, ok := strings.CutPrefix(text, "//nolint")
	if !ok {
		return false
	}
	if rest == "" || rest[0] == ' ' || rest[0] == '\t' {
		return true // bare //nolint silences every linter
	}
	list, ok := strings.CutPrefix(rest, ":")
	if !ok {
		return false
	}
	list, _, _ = strings.Cut(list, " ")
	for _, name := range strings.Split(list, ",") {
		if name == "sipcode" || name == "all" {
			return true
		}
	}
	return false
}
