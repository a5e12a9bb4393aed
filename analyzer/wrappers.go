package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
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

// wrapperFact tells other packages that a function is a wrapper. It is
// exported only in the cross-package mode.
type wrapperFact struct {
	Code    int    // parameter index of the code
	Reason  int    // parameter index of the reason phrase, or -1
	Library string // name of the table whose constants fixes use
}

func (*wrapperFact) AFact() {}

func (f *wrapperFact) String() string {
	return fmt.Sprintf("sipcode wrapper(code=%d reason=%d library=%s)", f.Code, f.Reason, f.Library)
}

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
func (c *checker) codeParams(callee types.Object) (codeParams, bool) {
	fn, ok := callee.(*types.Func)
	if !ok {
		v, _ := callee.(*types.Var)
		p, ok := c.funcVars[v]
		return p, ok && c.funcVarAssigns[v] == 1
	}
	if p, ok := c.sinks.calls[fn]; ok {
		return p, true
	}
	if !c.opts.crossPackage || fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
		return codeParams{}, false
	}
	var fact wrapperFact
	if !c.pass.ImportObjectFact(fn, &fact) {
		return codeParams{}, false
	}
	lib := c.libs[fact.Library]
	if lib == nil {
		return codeParams{}, false // a fact from a run with other tables
	}
	p := codeParams{code: fact.Code, reason: fact.Reason, lib: lib}
	c.sinks.calls[fn] = p
	return p, true
}

// noteWrapper makes the function whose parameter the code sent is a
// wrapper (and takes the reason from its parameters too, when it is one).
func (c *checker) noteWrapper(fd *ast.FuncDecl, codeArg ast.Expr, u use) {
	owner, code := c.paramOf(fd, codeArg)
	if owner == nil {
		return
	}
	if _, ok := c.codeParams(owner); ok {
		return
	}
	reason := -1
	if u.reason != nil {
		if rowner, i := c.paramOf(fd, u.reason); rowner == owner {
			reason = i
		}
	}
	p := codeParams{code: code, reason: reason, lib: u.lib}
	c.pending = append(c.pending, owner)
	switch owner := owner.(type) {
	case *types.Func:
		c.sinks.calls[owner] = p
		if c.opts.crossPackage {
			c.pass.ExportObjectFact(owner, &wrapperFact{Code: code, Reason: reason, Library: u.lib.name})
		}
	case *types.Var:
		c.funcVars[owner] = p
	}
}

// paramOf returns the function whose parameter e is, and the parameter's
// index: fd's function, or the variable a function literal is bound to.
// The parameters of other function literals do not count: nobody can call
// them by name.
func (c *checker) paramOf(fd *ast.FuncDecl, e ast.Expr) (types.Object, int) {
	id, ok := c.unwrap(e).(*ast.Ident)
	if !ok {
		return nil, -1
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !isInteger(v.Type()) && !isString(v.Type()) {
		return nil, -1
	}
	if p, ok := c.litParams[v]; ok {
		return p.owner, p.index
	}
	if fd == nil {
		return nil, -1
	}
	fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok {
		return nil, -1
	}
	if i := paramIndex(fn.Signature(), v); i >= 0 {
		return fn, i
	}
	return nil, -1
}

// paramIndex returns the index of v among sig's parameters, or -1. The
// variadic parameter is a slice: it holds no code.
func paramIndex(sig *types.Signature, v *types.Var) int {
	params := sig.Params()
	for i := range params.Len() {
		if params.At(i) == v {
			if sig.Variadic() && i == params.Len()-1 {
				return -1
			}
			return i
		}
	}
	return -1
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
func (c *checker) noteAssignment(lhs, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() {
		return
	}
	switch v.Type().Underlying().(type) {
	case *types.Signature:
		c.funcVarAssigns[v]++
		c.bindFuncLit(v, rhs)
	case *types.Basic:
		c.noteCopy(v, rhs)
	}
}

// noteCopy marks v a candidate copy of a code when rhs is a code expression.
func (c *checker) noteCopy(v *types.Var, rhs ast.Expr) {
	if rhs != nil && !c.codeCopies[v] && isInteger(v.Type()) && c.codeExpr(c.unwrap(rhs)) != nil {
		c.codeCopies[v] = true
	}
}

// bindFuncLit makes the parameters of rhs, when it is a function literal,
// those of the variable v.
func (c *checker) bindFuncLit(v *types.Var, rhs ast.Expr) {
	lit, ok := rhs.(*ast.FuncLit)
	if !ok {
		return
	}
	sig, ok := c.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if !ok {
		return
	}
	for i := range sig.Params().Len() {
		if sig.Variadic() && i == sig.Params().Len()-1 {
			break
		}
		c.litParams[sig.Params().At(i)] = litParam{owner: v, index: i}
	}
}

func isString(t types.Type) bool { return allBasic(t, types.IsString) }

// A paramComparison is a parameter compared with a value, as in
//
//	func reply(tx sip.ServerTransaction, req *sip.Request, code int) {
//		if code == 200 { ... }
//		tx.Respond(sip.NewResponseFromRequest(req, code, "", nil))
//	}
//
// Once the function turns out to be a wrapper whose code that parameter is,
// the value is compared with a code.
type paramComparison struct {
	fd           *ast.FuncDecl
	param, other ast.Expr
}

// maybeParamCompared keeps a comparison of a parameter with a constant, to
// judge once the wrappers are known.
func (c *checker) maybeParamCompared(fd *ast.FuncDecl, param, other ast.Expr) {
	if c.pass.TypesInfo.Types[c.unwrap(other)].Value == nil {
		return
	}
	if owner, _ := c.paramOf(fd, param); owner != nil {
		c.paramComparisons = append(c.paramComparisons, paramComparison{fd, param, other})
	}
}

// checkParamComparisons judges the values compared with a wrapper's code
// parameter inside it.
func (c *checker) checkParamComparisons() {
	for _, pc := range c.paramComparisons {
		owner, i := c.paramOf(pc.fd, pc.param)
		if p, ok := c.codeParams(owner); ok && p.code == i {
			c.judge(pc.fd, pc.other, use{compare: true, lib: p.lib})
		}
	}
}

// checkWrapperCalls checks the call sites of the wrappers found so far,
// which may reveal wrappers of wrappers, until there are no new ones.
func (c *checker) checkWrapperCalls() {
	for len(c.pending) > 0 {
		callee := c.pending[0]
		c.pending = c.pending[1:]
		for _, site := range c.localCalls[callee] {
			c.checkCall(site.fd, site.call, callee)
		}
	}
}
