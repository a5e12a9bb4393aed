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

// codeParams returns where fn takes a code: from the tables, from wrappers
// found in this package, or from facts about another package's wrappers.
func (c *checker) codeParams(fn *types.Func) (codeParams, bool) {
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

// noteWrapper makes fd's function a wrapper when the code sent
// in fd is one of its parameters (and so is the reason, when there is one).
func (c *checker) noteWrapper(fd *ast.FuncDecl, codeArg ast.Expr, u use) {
	fn, code := c.paramOf(fd, codeArg)
	if fn == nil {
		return
	}
	if _, ok := c.sinks.calls[fn]; ok {
		return
	}
	reason := -1
	if u.reason != nil {
		if rfn, i := c.paramOf(fd, u.reason); rfn == fn {
			reason = i
		}
	}
	c.sinks.calls[fn] = codeParams{code: code, reason: reason, lib: u.lib}
	c.pending = append(c.pending, fn)
	if c.opts.crossPackage {
		c.pass.ExportObjectFact(fn, &wrapperFact{Code: code, Reason: reason, Library: u.lib.name})
	}
}

// paramOf returns fd's function and the index of its parameter that e is,
// or nil. Parameters of function literals do not count: nobody else can
// call them by name.
func (c *checker) paramOf(fd *ast.FuncDecl, e ast.Expr) (*types.Func, int) {
	id, ok := c.unwrap(e).(*ast.Ident)
	if !ok || fd == nil {
		return nil, -1
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !isInteger(v.Type()) && !isString(v.Type()) {
		return nil, -1
	}
	fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok {
		return nil, -1
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v {
			if fn.Signature().Variadic() && i == params.Len()-1 {
				return nil, -1
			}
			return fn, i
		}
	}
	return nil, -1
}

func isString(t types.Type) bool { return allBasic(t, types.IsString) }

// checkWrapperCalls checks the call sites of the wrappers found so far,
// which may reveal wrappers of wrappers, until there are no new ones.
func (c *checker) checkWrapperCalls() {
	for len(c.pending) > 0 {
		fn := c.pending[0]
		c.pending = c.pending[1:]
		for _, site := range c.localCalls[fn] {
			c.checkCall(site.fd, site.call, fn)
		}
	}
}
