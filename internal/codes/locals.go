package codes

import (
	"go/ast"
	"go/types"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Local values: in
//
//	code := 404
//	tx.Respond(sip.NewResponseFromRequest(req, code, "Not Found", nil))
//
// code is assigned only constants, so each is a code, reported where it is
// assigned. A local assigned results of calls of the package's own
// functions (code := pick(), code, reason := pick()) makes those functions
// return a code (returns.go). One assignment of anything else (another
// call, a parameter, code++, &code) and the variable is left alone: that
// needs data flow, not this.

func (f *Finder) localValue(fd *ast.FuncDecl, id *ast.Ident, u Use) {
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || fd == nil || v.IsField() || astx.IsParamOrResult(f.info, fd, v) {
		return // not a local variable: its value comes from elsewhere
	}
	as := f.locals.In(fd)
	values, results := as.Values[v], as.Results[v]
	if as.Unknown[v] && !as.FromResults(v) || len(values)+len(results) == 0 {
		return
	}
	for _, val := range values {
		if call, ok := f.unwrap(val).(*ast.CallExpr); f.info.Types[val].Value == nil && (!ok || f.localCallee(call) == nil) {
			return
		}
	}
	for _, r := range results {
		if f.localCallee(r.Call) == nil {
			return
		}
	}
	for _, val := range values {
		if call, ok := f.unwrap(val).(*ast.CallExpr); ok && f.info.Types[val].Value == nil {
			f.noteReturns(f.localCallee(call), 0, -1, u.Lib)
			continue
		}
		f.site(fd, val, Use{Compare: u.Compare, Lib: u.Lib})
	}
	for _, r := range results {
		f.noteReturns(f.localCallee(r.Call), r.Index, f.reasonResult(fd, u.Reason, r.Call), u.Lib)
	}
}

// reasonResult returns the index of the result of call that the reason
// phrase sent with a code is, when it is a local assigned only that result
// (code, reason := pick()); else -1.
func (f *Finder) reasonResult(fd *ast.FuncDecl, reason ast.Expr, call *ast.CallExpr) int {
	id, ok := ast.Unparen(reason).(*ast.Ident)
	if !ok {
		return -1
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok {
		return -1
	}
	as := f.locals.In(fd)
	if rs := as.Results[v]; as.FromResults(v) && len(as.Values[v]) == 0 && len(rs) == 1 && rs[0].Call == call {
		return rs[0].Index
	}
	return -1
}

// comparedCode returns the library table when e, compared with something,
// is a code: a code expression, or a local copied from one. In
//
//	code := res.StatusCode
//	switch code { case 401, 407: }
//
// code is assigned only code-valued expressions (through integer
// conversions: status := int(st.Code)), so it is a code wherever it is
// compared. One assignment of anything else and it is left alone.
func (f *Finder) comparedCode(fd *ast.FuncDecl, e ast.Expr) *stacks.Table {
	if lib := f.codeExpr(e); lib != nil {
		return lib
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || fd == nil {
		return nil
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || !f.codeCopies[v] && !f.resultCopies[v] || astx.IsParamOrResult(f.info, fd, v) {
		return nil // not copied from a code where the walk has been so far
	}
	as := f.locals.In(fd)
	if as.Unknown[v] && !as.FromResults(v) {
		return nil
	}
	var lib *stacks.Table
	for _, val := range as.Values[v] {
		if lib = f.codeExpr(f.unwrap(val)); lib == nil {
			return nil
		}
	}
	for _, r := range as.Results[v] {
		if lib = f.returnedCode(r.Call, r.Index); lib == nil {
			return nil
		}
	}
	return lib
}
