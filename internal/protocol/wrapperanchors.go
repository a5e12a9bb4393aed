package protocol

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Responses built by a wrapper. In
//
//	func reply(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
//		tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
//	}
//
//	reply(tx, req, 401, "Unauthorized")
//
// the response is built in reply, from its code parameter: its code is
// known only at each call. The response is followed in reply as for any
// anchor, and the rules are applied at each call of reply in the package
// that passes a constant code, reported on that code: a 401 without a
// challenge is as wrong through a helper as without one. One level only:
// a wrapper of the wrapper is not followed.

// addWrapperAnchor records the call of a library constructor whose code is
// code, when code is a parameter of the function declaration the call is
// in (not of a function literal inside it).
func (pc *Checker) addWrapperAnchor(call *ast.CallExpr, fn *types.Func, p stacks.AnchorParams, stack []ast.Node, code ast.Expr) {
	id, ok := astx.Unwrap(pc.info, code).(*ast.Ident)
	if !ok {
		return
	}
	a := newAnchor(call, fn, p, stack, 0, nil)
	if a.fd == nil || a.inner != ast.Node(a.fd) {
		return
	}
	owner, ok := pc.info.Defs[a.fd.Name].(*types.Func)
	v, isVar := pc.info.Uses[id].(*types.Var)
	if !ok || !isVar || !astx.IsInteger(v.Type()) {
		return
	}
	if a.param = astx.ParamIndex(owner.Signature(), v); a.param >= 0 {
		pc.anchors = append(pc.anchors, a)
	}
}

// checkThrough applies the rules to a wrapper's anchor at each call of the
// wrapper that passes a constant code.
func (pc *Checker) checkThrough(a *anchor) {
	owner, _ := pc.info.Defs[a.fd.Name].(*types.Func)
	for _, site := range pc.calls.Of(owner) {
		args := astx.CallArgs(pc.info, site.Call)
		if a.param >= len(args) || site.Call.Ellipsis.IsValid() {
			continue
		}
		tv := pc.info.Types[args[a.param]]
		if tv.Value == nil {
			continue
		}
		code, ok := constant.Int64Val(constant.ToInt(tv.Value))
		if !ok || code < 100 || code > 699 {
			continue
		}
		at := *a
		at.code, at.codeExpr, at.site = int(code), args[a.param], site.Call
		pc.check(&at)
	}
}
