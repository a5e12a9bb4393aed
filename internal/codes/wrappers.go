package codes

import (
	"go/ast"
	"go/types"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// A wrapper is a function of the user's whose int parameter flows into a
// code position, such as
//
//	func reply(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
//		tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
//	}
//
// Its call sites are checked like the library's own functions, reason
// included. Wrappers of wrappers and methods count too.

// A function literal bound to a variable once is a wrapper too:
//
//	reply := func(code int, reason string) {
//		tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
//	}
//
// Its calls by the variable's name are checked. A variable assigned twice
// may hold another function at a call: it is never a wrapper.

// codeParams returns where the callee of a call takes a code: from the
// tables, from wrappers found in this package (functions, or variables
// bound to a function literal), or from facts about another package's
// wrappers.
func (f *Finder) codeParams(callee types.Object) (stacks.CodeParams, bool) {
	if v, ok := callee.(*types.Var); ok {
		p, ok := f.wrappers.Of(v)
		return p, ok && f.funcVarAssigns[v] == 1
	}
	fn, ok := callee.(*types.Func)
	if !ok {
		return stacks.CodeParams{}, false
	}
	if p, ok := f.sinks.Calls[fn]; ok {
		return p, true
	}
	return f.wrappers.Of(fn)
}

// noteWrapper makes the function whose parameter the code sent is a
// wrapper (and takes the reason from its parameters too, when it is one).
func (f *Finder) noteWrapper(fd *ast.FuncDecl, codeArg ast.Expr, u Use) {
	owner, code := f.paramOf(fd, codeArg)
	if owner == nil {
		return
	}
	if _, ok := f.codeParams(owner); ok {
		return
	}
	reason := -1
	if u.Reason != nil {
		if rowner, i := f.paramOf(fd, u.Reason); rowner == owner {
			reason = i
		}
	}
	f.wrappers.Set(owner, stacks.CodeParams{Code: code, Reason: reason, Lib: u.Lib})
}

// paramOf returns the function whose parameter e is, and the parameter's
// index: fd's function, or the variable a function literal is bound to.
// The parameters of other function literals do not count: nobody can call
// them by name.
func (f *Finder) paramOf(fd *ast.FuncDecl, e ast.Expr) (types.Object, int) {
	id, ok := f.unwrap(e).(*ast.Ident)
	if !ok {
		return nil, -1
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || !astx.IsInteger(v.Type()) && !astx.IsString(v.Type()) {
		return nil, -1
	}
	if p, ok := f.litParams[v]; ok {
		return p.owner, p.index
	}
	if fd == nil {
		return nil, -1
	}
	fn, ok := f.info.Defs[fd.Name].(*types.Func)
	if !ok {
		return nil, -1
	}
	if i := astx.ParamIndex(fn.Signature(), v); i >= 0 {
		return fn, i
	}
	return nil, -1
}

// A litParam is a parameter of a function literal bound to a variable.
type litParam struct {
	owner *types.Var // the variable the literal is bound to
	index int
}

// noteAssignment records what later judgements need to know of an
// assignment of rhs (nil when it is one of several results) to lhs: every
// assignment to a function-typed variable is counted, since only one makes
// it a wrapper, and a function literal binds its parameters to the
// variable; a local copied from a code expression is a candidate for
// comparedCode, which reads the function's assignments only for those.
func (f *Finder) noteAssignment(fd *ast.FuncDecl, lhs, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := f.info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() {
		return
	}
	switch v.Type().Underlying().(type) {
	case *types.Signature:
		f.funcVarAssigns[v]++
		f.bindFuncLit(fd, v, rhs)
	case *types.Basic:
		f.noteCopy(v, rhs)
		if rhs != nil {
			f.noteResult(lhs, rhs)
		}
	}
}

// noteCopy marks v a candidate copy of a code when rhs is a code expression.
func (f *Finder) noteCopy(v *types.Var, rhs ast.Expr) {
	if rhs != nil && !f.codeCopies[v] && astx.IsInteger(v.Type()) && f.codeExpr(f.unwrap(rhs)) != nil {
		f.codeCopies[v] = true
	}
}

// bindFuncLit makes the parameters of rhs, when it is a function literal
// in fd (nil at package level), those of the variable v.
func (f *Finder) bindFuncLit(fd *ast.FuncDecl, v *types.Var, rhs ast.Expr) {
	lit, ok := rhs.(*ast.FuncLit)
	if !ok {
		return
	}
	f.lits[v] = boundLit{lit, fd}
	sig, ok := f.info.TypeOf(lit).(*types.Signature)
	if !ok {
		return
	}
	for i := range sig.Params().Len() {
		if sig.Variadic() && i == sig.Params().Len()-1 {
			break
		}
		f.litParams[sig.Params().At(i)] = litParam{owner: v, index: i}
	}
}

// checkWrapperCalls checks the call sites of the wrappers found so far,
// which may reveal wrappers of wrappers, until there are no new ones.
func (f *Finder) checkWrapperCalls() {
	for callee, ok := f.wrappers.Next(); ok; callee, ok = f.wrappers.Next() {
		for _, site := range f.calls.Of(callee) {
			f.checkCall(site.Func, site.Call, callee)
		}
	}
}
