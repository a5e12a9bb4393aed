package codes

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Functions that return a code. In
//
//	func mapFailure(err error) (int, string) {
//		if errors.Is(err, errBusy) {
//			return 486, "Busy Here"
//		}
//		return 500, "Server Internal Error"
//	}
//
//	code, reason := mapFailure(err)
//	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
//
// the int result of mapFailure flows into a code position (a sender, a
// wrapper's code parameter, a status field, a comparison with a code), so
// mapFailure returns a code: the values of its return statements are code
// sites, and the string returned beside the code, when it flows into the
// reason position, is that code's reason phrase. The summary (a
// stacks.CodeParams whose indexes are result indexes) is the second kind
// of function summary; with -cross-package a ReturnsFact tells other
// packages that a call of the function is a code.

// boundLit is a function literal bound to a variable, and the function
// declaration it is in (nil at package level).
type boundLit struct {
	lit *ast.FuncLit
	fd  *ast.FuncDecl
}

// localCallee returns the function that call calls when it is this
// package's: a function or method declared here, or a function-typed
// variable (which counts once it turns out to be bound once to a function
// literal, checkReturns). Else nil.
func (f *Finder) localCallee(call *ast.CallExpr) types.Object {
	switch callee := typeutil.Callee(f.info, call).(type) {
	case *types.Func:
		if fn := callee.Origin(); fn.Pkg() == f.pass.Pkg {
			return fn
		}
	case *types.Var:
		if callee.Pkg() == f.pass.Pkg && !callee.IsField() {
			return callee
		}
	}
	return nil
}

// noteReturns records that result code of the function callee is a code
// (and result reason, or -1, its reason phrase), unless it is known to.
func (f *Finder) noteReturns(callee types.Object, code, reason int, lib *stacks.Table) {
	sig, ok := callee.Type().Underlying().(*types.Signature)
	if !ok || code >= sig.Results().Len() || !astx.IsInteger(sig.Results().At(code).Type()) {
		return
	}
	if reason >= sig.Results().Len() || reason >= 0 && !astx.IsString(sig.Results().At(reason).Type()) {
		reason = -1
	}
	if p, ok := f.returns.Of(callee); ok && p.Code == code {
		return
	}
	f.returns.Set(callee, stacks.CodeParams{Code: code, Reason: reason, Lib: lib})
}

// returnedCode returns the library of result k of call when the callee
// returns a code there: one of this package's functions found to, or
// another package's whose fact says so.
func (f *Finder) returnedCode(call *ast.CallExpr, k int) *stacks.Table {
	callee := f.localCallee(call)
	if callee == nil {
		fn, ok := typeutil.Callee(f.info, call).(*types.Func)
		if !ok || fn.Pkg() == f.pass.Pkg {
			return nil
		}
		callee = fn.Origin()
	}
	if v, ok := callee.(*types.Var); ok && f.funcVarAssigns[v] != 1 {
		return nil
	}
	if p, ok := f.returns.Of(callee); ok && p.Code == k {
		return p.Lib
	}
	return nil
}

// checkReturns makes code sites of the return statements of the functions
// found to return a code, which may reveal more such functions, and
// wrappers (return code, where code is a parameter).
func (f *Finder) checkReturns() {
	for owner, ok := f.returns.Next(); ok; owner, ok = f.returns.Next() {
		p, _ := f.returns.Of(owner)
		var body *ast.BlockStmt
		var fd *ast.FuncDecl
		switch owner := owner.(type) {
		case *types.Func:
			if fd = f.decls[owner]; fd != nil {
				body = fd.Body
			}
		case *types.Var:
			if b, ok := f.lits[owner]; ok && f.funcVarAssigns[owner] == 1 {
				body, fd = b.lit.Body, b.fd
			}
		}
		if body == nil {
			continue // an interface method, or a variable that may hold another function
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // its returns are its own
			case *ast.ReturnStmt:
				f.returned(fd, n, owner, p)
			}
			return true
		})
	}
}

// returned takes one return statement of a function that returns a code.
func (f *Finder) returned(fd *ast.FuncDecl, ret *ast.ReturnStmt, owner types.Object, p stacks.CodeParams) {
	n := owner.Type().Underlying().(*types.Signature).Results().Len()
	if len(ret.Results) == 1 && n > 1 {
		// return pick(x): the results of another function of the package.
		if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
			if callee := f.localCallee(call); callee != nil {
				f.noteReturns(callee, p.Code, p.Reason, p.Lib)
			}
		}
		return
	}
	if len(ret.Results) != n {
		return // a bare return of named results: their values are not followed
	}
	e := ret.Results[p.Code]
	if tv := f.info.Types[f.unwrap(e)]; tv.Value != nil {
		if v, ok := astx.IntValue(tv.Value); ok && v <= 0 {
			return // return 0, err: no code
		}
	}
	u := Use{Lib: p.Lib}
	if p.Reason >= 0 {
		u.Reason = ret.Results[p.Reason]
	}
	f.send(fd, e, u)
}

// noteResult marks v, assigned a result of a call of one of the package's
// functions (code := pick(), code, reason := pick()), a candidate copy of
// a code: that function may turn out to return one.
func (f *Finder) noteResult(lhs, rhs ast.Expr) {
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return
	}
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	if v, ok := f.info.ObjectOf(id).(*types.Var); ok && astx.IsInteger(v.Type()) && f.localCallee(call) != nil {
		f.resultCopies[v] = true
	}
}

// comparedCall makes the function of call, compared with code, return a
// code when code is one: res.StatusCode == expected().
func (f *Finder) comparedCall(fd *ast.FuncDecl, code ast.Expr, call *ast.CallExpr) {
	if callee := f.localCallee(call); callee != nil {
		if lib := f.comparedCode(fd, code); lib != nil {
			f.noteReturns(callee, 0, -1, lib)
		}
	}
}
