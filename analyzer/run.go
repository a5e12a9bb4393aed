package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// checker is the state of one pass: the resolved library tables, what was
// found, and what wrapper inference has learned.
type checker struct {
	pass     *analysis.Pass
	opts     *options
	sinks    *sinks
	libs     map[string]*table // by name, to read wrapper facts
	findings []*finding
	judged   map[ast.Expr]bool // values already judged, so each is reported once

	localCalls map[*types.Func][]callSiteOf   // calls of this package's functions, for wrappers
	pending    []*types.Func                  // wrappers whose call sites are still to be checked
	locals     map[*ast.FuncDecl]*assignments // per function, for local values
	consts     map[string]constIndex          // by constants package path
	phrases    map[string]int                 // reason phrase (lower case) to its code
}

// callSiteOf is a call and the function declaration it is in.
type callSiteOf struct {
	fd   *ast.FuncDecl
	call *ast.CallExpr
}

func run(pass *analysis.Pass, o *options) (any, error) {
	tables := append(builtinTables()[:len(builtinTables()):len(builtinTables())], o.extra...)
	pkgs := reachable(pass.Pkg)
	if !usesLibrary(tables, pkgs) {
		return nil, nil // the fast path: no SIP library in sight, no syntax walked
	}
	files := checkedFiles(pass.Files)
	if len(files) == 0 {
		return nil, nil
	}
	c := &checker{
		pass:       pass,
		opts:       o,
		sinks:      resolve(tables, pkgs),
		libs:       map[string]*table{},
		judged:     map[ast.Expr]bool{},
		localCalls: map[*types.Func][]callSiteOf{},
		locals:     map[*ast.FuncDecl]*assignments{},
		consts:     map[string]constIndex{},
	}
	for _, t := range tables {
		c.libs[t.name] = t
	}
	c.walk(files)
	c.checkWrapperCalls()
	c.report(files)
	return nil, nil
}

// checkedFiles drops generated files: nobody edits them by hand, and a fix
// there would be overwritten.
func checkedFiles(files []*ast.File) []*ast.File {
	var out []*ast.File
	for _, f := range files {
		if !ast.IsGenerated(f) {
			out = append(out, f)
		}
	}
	return out
}
