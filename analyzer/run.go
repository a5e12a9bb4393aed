package analyzer

import (
	"go/ast"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/codes"
	"github.com/sipcode/sipcode/internal/finding"
	"github.com/sipcode/sipcode/internal/funcs"
	"github.com/sipcode/sipcode/internal/protocol"
	"github.com/sipcode/sipcode/internal/report"
	"github.com/sipcode/sipcode/internal/stacks"
	"github.com/sipcode/sipcode/internal/verdict"
)

// run is the pipeline of one pass. Each layer keeps its own state and hands
// the next what it needs as values:
//
//	stacks -> codes -> verdict  -> report
//	stacks -> protocol          -> report
//
// The syntax is walked once: every node goes to codes, every call also to
// protocol, with its callee resolved once (funcs.Calls).
func run(pass *analysis.Pass, o *options) (any, error) {
	tables := slices.Concat(stacks.Builtin(), o.extra) // -config's tables last: they win (stacks.Resolve)
	pkgs := stacks.Reachable(pass.Pkg)
	if !stacks.UsesLibrary(tables, pkgs) {
		return nil, nil // the fast path: no SIP library in sight, no syntax walked
	}
	files := checkedFiles(pass.Files)
	if len(files) == 0 {
		return nil, nil
	}
	sinks := stacks.Resolve(tables, pkgs)
	calls := funcs.NewCalls(pass.TypesInfo, pass.Pkg)
	locals := funcs.NewLocals(pass.TypesInfo)
	finder := codes.New(pass, tables, sinks, calls, locals, codes.Options{CrossPackage: o.crossPackage, Constants: o.constants})
	var proto *protocol.Checker // nil when the header and method checks are off
	if o.checks[finding.Header] || o.checks[finding.Method] || o.checks[finding.Transaction] {
		proto = protocol.New(pass.TypesInfo, pass.Pkg, sinks, stacks.ResolveProto(tables, pkgs), calls, locals)
	}
	if proto != nil && o.checks[finding.Transaction] {
		proto.EnableTransactions(pass, stacks.ResolveTx(tables, pkgs), o.crossPackage)
	}
	for _, file := range files {
		ast.PreorderStack(file, nil, func(n ast.Node, stack []ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				if proto != nil {
					switch n.(type) {
					case *ast.FuncDecl, *ast.FuncLit:
						proto.Func(n, stack)
					}
				}
				return finder.Visit(n, stack)
			}
			callee := calls.Add(astx.EnclosingFunc(stack), call)
			finder.Call(call, callee, stack)
			if proto != nil {
				proto.Call(call, callee, stack)
			}
			return true
		})
	}
	judge := verdict.New(pass, sinks, verdict.Options{Allow: o.allow, Constants: o.constants})
	for _, site := range finder.Sites() {
		judge.Site(site)
	}
	findings := judge.Findings()
	if proto != nil {
		findings = append(findings, proto.Findings()...)
	}
	report.Report(pass, files, findings, o.checks)
	return nil, nil
}

// checkedFiles drops generated files: nobody edits them by hand, and a fix
// there would be overwritten. A cgo package's files reach the analyzer
// rewritten by cmd/cgo, marked generated but holding the user's code (with
// //line directives back to it): those are checked, without fixes.
func checkedFiles(files []*ast.File) []*ast.File {
	var out []*ast.File
	for _, f := range files {
		if !ast.IsGenerated(f) || report.IsCgoOutput(f) {
			out = append(out, f)
		}
	}
	return out
}
