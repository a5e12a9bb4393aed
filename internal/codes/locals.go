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
// assigned. One assignment of anything else (a call, a parameter, code++,
// &code) and the variable is left alone: that needs data flow, not this.

func (f *Finder) localValue(fd *ast.FuncDecl, id *ast.Ident, u Use) {
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || fd == nil || v.IsField() || astx.IsParamOrResult(f.info, fd, v) {
		return // not a local variable: its value comes from elsewhere
	}
	as := f.locals.In(fd)
	values := as.Values[v]
	if as.Unknown[v] || len(values) == 0 {
		return
	}
	for _, val := range values {
		if f.info.Types[val].Value == nil {
			return
		}
	}
	for _, val := range values {
		f.site(fd, val, Use{Compare: u.Compare, Lib: u.Lib})
	}
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
	if !ok || !f.codeCopies[v] || astx.IsParamOrResult(f.info, fd, v) {
		return nil // not copied from a code where the walk has been so far
	}
	as := f.locals.In(fd)
	if as.Unknown[v] {
		return nil
	}
	var lib *stacks.Table
	for _, val := range as.Values[v] {
		if lib = f.codeExpr(f.unwrap(val)); lib == nil {
			return nil
		}
	}
	return lib
}
