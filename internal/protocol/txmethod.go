package protocol

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// The request's method on a path: in a handler registered for several
// methods (or any), `switch req.Method { case sip.INVITE: ... }` and
// `if req.Method == sip.INVITE { ... }` say which method the request has
// in a branch. The walk (txpaths.go) narrows the methods along each path;
// the header and method rules then read, for a response built in a
// branch, the methods of that branch.

// caseTags maps each case expression of a switch on the request's method
// in f to the switch's tag.
func (pc *Checker) caseTags(f *txFunc) map[ast.Expr]bool {
	out := map[ast.Expr]bool{}
	if f.req == nil {
		return out
	}
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt:
			if n.Tag == nil || !pc.isMethodRead(f, n.Tag) {
				return true
			}
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					out[e] = true
				}
			}
		}
		return true
	})
	return out
}

// isMethodRead reports whether e reads the method of f's request
// (req.Method, req.Method(), through conversions).
func (pc *Checker) isMethodRead(f *txFunc, e ast.Expr) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if tv, ok := pc.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return pc.isMethodRead(f, call.Args[0])
		}
		if fn, ok := typeutil.Callee(pc.info, call).(*types.Func); ok && pc.tx.sinks.ReqMethods[fn.Origin()] && len(call.Args) == 0 {
			sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			return sel != nil && pc.isReq(f, sel.X)
		}
		return false
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	field, ok := pc.info.Uses[sel.Sel].(*types.Var)
	return ok && pc.tx.sinks.ReqMethods[field.Origin()] && pc.isReq(f, sel.X)
}

func (pc *Checker) isReq(f *txFunc, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && f.req != nil && pc.info.Uses[id] == f.req
}

// constMethod returns the constant method e names.
func (pc *Checker) constMethod(e ast.Expr) (string, bool) {
	tv := pc.info.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// refine narrows the methods of a path through a condition: cond is the
// last node of a block with two successors, then is whether the path takes
// the first (the condition holds). ok is false when no method of the
// request takes the branch.
func (pc *Checker) refine(f *txFunc, cases map[ast.Expr]bool, cond ast.Node, methods string, then bool) (string, bool) {
	e, ok := cond.(ast.Expr)
	if !ok || f.req == nil {
		return methods, true
	}
	var m string
	eq := true
	switch {
	case cases[e]:
		if m, ok = pc.constMethod(e); !ok {
			return methods, true
		}
	default:
		b, isBin := ast.Unparen(e).(*ast.BinaryExpr)
		if !isBin || b.Op != token.EQL && b.Op != token.NEQ {
			return methods, true
		}
		eq = b.Op == token.EQL
		switch {
		case pc.isMethodRead(f, b.X):
			m, ok = pc.constMethod(b.Y)
		case pc.isMethodRead(f, b.Y):
			m, ok = pc.constMethod(b.X)
		}
		if !ok || m == "" {
			return methods, true
		}
	}
	set := strings.Split(methods, "/")
	if eq == then { // the method is m
		if slices.Contains(set, "*") || slices.Contains(set, m) {
			return m, true
		}
		return "", false
	}
	if slices.Contains(set, "*") {
		return methods, true
	}
	set = slices.DeleteFunc(slices.Clone(set), func(x string) bool { return x == m })
	if len(set) == 0 {
		return "", false
	}
	return strings.Join(set, "/"), true
}

// recordRefined notes, for each response built in f from its request in a
// block whose paths know the method better than the registration, the
// methods of those paths.
func (pc *Checker) recordRefined(f *txFunc, g *cfg.CFG, blockMethods map[int32][]string) {
	if f.req == nil {
		return
	}
	for _, b := range g.Blocks {
		ms, ok := blockMethods[b.Index]
		if !ok || slices.Contains(ms, "*") || slices.Equal(ms, f.method) {
			continue
		}
		for _, n := range b.Nodes {
			ast.Inspect(n, func(x ast.Node) bool {
				if _, ok := x.(*ast.FuncLit); ok {
					return false
				}
				if call, ok := x.(*ast.CallExpr); ok {
					pc.tx.refined[call] = refinedMethods{f.req, ms}
				}
				return true
			})
		}
	}
}

// refinedMethods are the methods a request has where a response is built.
type refinedMethods struct {
	req     *types.Var
	methods []string
}
