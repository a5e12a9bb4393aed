package protocol

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/funcs"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Handler-method inference: which request method a function's request
// parameter can carry. The method comes from handler registrations
// (srv.OnAck(h), srv.OnRequest(sip.ACK, h)), through one wrapper call
// (srv.OnAck(wrap(func(req, tx) error {...}))) and method values, and
// into this package's functions that every caller passes such a request.
// A request parameter whose method may be anything holds "*".

// registration is a handler registered for a method ("*" when not constant).
type registration struct {
	method string
	target handlerTarget
	lib    string // the table of the registration call
}

// handlerTarget is a registered handler: a function literal or a function
// of this package.
type handlerTarget struct {
	sig     *types.Signature
	fn      *types.Func  // nil for a literal
	lit     *ast.FuncLit // the literal, or nil
	wrapped bool         // passed to a wrapper call, not registered itself
}

// register records the handlers a registration call registers.
func (pc *Checker) register(call *ast.CallExpr, h stacks.HandlerLine) {
	info := pc.info
	args := astx.CallArgs(info, call)
	if h.Arg >= len(args) || call.Ellipsis.IsValid() {
		return
	}
	method := h.Method
	if h.MethodArg >= 0 {
		method = "*"
		if h.MethodArg < len(args) {
			if tv := info.Types[args[h.MethodArg]]; tv.Value != nil && tv.Value.Kind() == constant.String {
				method = constant.StringVal(tv.Value)
			}
		}
	}
	for _, t := range pc.handlerTargets(args[h.Arg], true) {
		pc.regs = append(pc.regs, registration{method: method, target: t, lib: h.Lib})
	}
}

// handlerTargets returns the functions a handler expression stands for:
// a literal, a function or method value of this package, or those passed
// to a wrapper call (one level).
func (pc *Checker) handlerTargets(e ast.Expr, wrapper bool) []handlerTarget {
	info := pc.info
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.FuncLit:
		if sig, ok := info.TypeOf(e).(*types.Signature); ok {
			return []handlerTarget{{sig: sig, lit: e, wrapped: !wrapper}}
		}
	case *ast.Ident, *ast.SelectorExpr:
		id, ok := e.(*ast.Ident)
		if !ok {
			id = e.(*ast.SelectorExpr).Sel
		}
		if fn, ok := info.Uses[id].(*types.Func); ok && fn.Pkg() == pc.pkg {
			fn = fn.Origin()
			return []handlerTarget{{sig: fn.Type().(*types.Signature), fn: fn, wrapped: !wrapper}}
		}
	case *ast.CallExpr:
		if astx.IsConversion(info, e) {
			return pc.handlerTargets(e.Args[0], wrapper)
		}
		if !wrapper {
			return nil
		}
		var out []handlerTarget
		for _, arg := range e.Args {
			out = append(out, pc.handlerTargets(arg, false)...)
		}
		return out
	}
	return nil
}

// requestParam returns the first parameter of sig typed as a request.
func (pc *Checker) requestParam(sig *types.Signature) (*types.Var, int) {
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		t := types.Unalias(p.Type())
		if ptr, ok := t.(*types.Pointer); ok {
			t = types.Unalias(ptr.Elem())
		}
		for _, r := range pc.ps.Requests {
			if types.Identical(t, r) {
				return p, i
			}
		}
	}
	return nil, -1
}

// inferMethods computes pc.methods: registrations first, then the
// package's functions whose every call passes a known request, to a fixed
// point (a few rounds).
func (pc *Checker) inferMethods() {
	if len(pc.regs) == 0 {
		pc.methods = map[*types.Var][]string{}
		return // no handler here: no request's method is known
	}
	pc.uses = pc.calls.ValueUses()
	base := map[*types.Var][]string{}
	regUses := map[*types.Func]int{}
	for _, r := range pc.regs {
		p, _ := pc.requestParam(r.target.sig)
		if p == nil {
			continue
		}
		base[p] = addMethod(base[p], r.method)
		if r.target.fn != nil {
			regUses[r.target.fn]++
		}
	}
	// A function also used as a value elsewhere may receive any request.
	for fn, n := range regUses {
		if pc.uses[fn] > n {
			p, _ := pc.requestParam(fn.Type().(*types.Signature))
			base[p] = addMethod(base[p], "*")
		}
	}
	info := pc.info
	cur := base
	for range 6 {
		next := map[*types.Var][]string{}
		for v, m := range base {
			next[v] = m
		}
		pc.calls.All(func(callee types.Object, sites []funcs.Site) {
			fn, ok := callee.(*types.Func) // function variables carry no request
			if !ok {
				return
			}
			sig := fn.Signature()
			p, i := pc.requestParam(sig)
			if p == nil {
				return
			}
			methods := slices.Clone(next[p])
			if pc.uses[fn] > regUses[fn] {
				methods = addMethod(methods, "*")
			}
			for _, site := range sites {
				args := astx.CallArgs(info, site.Call)
				var from []string
				if i < len(args) && !site.Call.Ellipsis.IsValid() {
					if id, ok := ast.Unparen(args[i]).(*ast.Ident); ok {
						if v, ok := info.Uses[id].(*types.Var); ok {
							from = cur[v]
						}
					}
				}
				if from == nil {
					from = []string{"*"}
				}
				for _, m := range from {
					methods = addMethod(methods, m)
				}
			}
			next[p] = methods
		})
		if sameMethods(cur, next) {
			break
		}
		cur = next
	}
	pc.methods = cur
}

func addMethod(ms []string, m string) []string {
	if slices.Contains(ms, m) {
		return ms
	}
	ms = append(slices.Clone(ms), m)
	slices.Sort(ms)
	return ms
}

func sameMethods(a, b map[*types.Var][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for v, m := range a {
		if !slices.Equal(m, b[v]) {
			return false
		}
	}
	return true
}

// boundMethods returns the methods of the request an anchor answers, when
// it answers a handler's own request; else nil.
func (pc *Checker) boundMethods(a *anchor) []string {
	p := a.params.Proto
	if p.Method != "" {
		return []string{p.Method}
	}
	if p.Req < 0 {
		return nil
	}
	info := pc.info
	args := astx.CallArgs(info, a.call)
	if p.Req >= len(args) {
		return nil
	}
	id, ok := ast.Unparen(args[p.Req]).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	if pc.tx != nil {
		if r, ok := pc.tx.refined[a.call]; ok && r.req == v {
			return r.methods // known better on the paths through a switch or if on the method
		}
	}
	if a.site != nil {
		// A wrapper's anchor judged at one call: the request is the one
		// that call passes, when the wrapper's request is its parameter.
		if owner, ok := info.Defs[a.fd.Name].(*types.Func); ok {
			if j := astx.ParamIndex(owner.Signature(), v); j >= 0 {
				if sargs := astx.CallArgs(info, a.site); j < len(sargs) {
					if sid, ok := ast.Unparen(sargs[j]).(*ast.Ident); ok {
						if sv, ok := info.Uses[sid].(*types.Var); ok {
							return pc.methods[sv]
						}
					}
				}
				return nil
			}
		}
	}
	return pc.methods[v]
}

// returned: the response is result k of fd's function, returned by a
// return statement. Every call of the function in the package must send
// it; their headers count.
func (pc *Checker) returned(e ast.Expr, ret *ast.ReturnStmt, fd *ast.FuncDecl, inner ast.Node, depth int, o *outcome) {
	if fd == nil || inner != ast.Node(fd) || depth >= 2 {
		o.escaped = true
		return
	}
	k := slices.Index(ret.Results, e)
	fn, ok := pc.info.Defs[fd.Name].(*types.Func)
	if k < 0 || !ok {
		o.escaped = true
		return
	}
	sites := pc.calls.Of(fn)
	if len(sites) == 0 {
		o.escaped = true // the callers are elsewhere
		return
	}
	for _, site := range sites {
		so := newOutcome()
		parent, inner := parentOf(site.Func, site.Call)
		if parent == nil {
			o.escaped = true
			return
		}
		pc.flow(site.Call, parent, site.Func, inner, k, depth+1, so)
		if so.escaped || !so.sent {
			o.escaped = true
			return
		}
		o.sent = true
		o.unknown = o.unknown || so.unknown
		for n := range so.have {
			o.have[n] = true
		}
		for n := range so.built {
			o.built[n] = true
		}
		for n := range so.maybe {
			o.addMaybe(so.maybeFor, n)
		}
		o.replaces = append(o.replaces, so.replaces...)
	}
}

// parentOf finds the parent node of call in fd, and its innermost function.
func parentOf(fd *ast.FuncDecl, call *ast.CallExpr) (parent, inner ast.Node) {
	if fd == nil {
		return nil, nil
	}
	ast.PreorderStack(fd, nil, func(n ast.Node, stack []ast.Node) bool {
		if parent != nil {
			return false
		}
		if n == call {
			parent, inner = stack[len(stack)-1], innermost(stack, fd)
			return false
		}
		return n.Pos() <= call.Pos() && call.End() <= n.End()
	})
	return parent, inner
}
