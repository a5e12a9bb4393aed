package protocol

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// The response tracker: from the call that builds a response, follow the
// value to where it is sent, collecting the header names attached on the
// way. Any step it cannot follow makes the outcome escaped, and any header
// expression it cannot name makes it unknown: both keep the checks silent.

// follow tracks an anchor's response.
func (pc *Checker) follow(a *anchor) *outcome {
	o := newOutcome()
	p := a.params.Proto
	o.addBuilt(p.Adds...)
	o.addMaybe(p.MayFor, p.MayAdd...)
	if p.Headers >= 0 {
		pc.anchorHeaders(a, o)
	}
	if p.Sends {
		o.sent = true
		return o
	}
	pc.flow(a.call, a.parent, a.fd, a.inner, 0, 0, o)
	return o
}

// anchorHeaders collects the headers a constructor is given.
func (pc *Checker) anchorHeaders(a *anchor, o *outcome) {
	info := pc.info
	args := astx.CallArgs(info, a.call)
	i := a.params.Proto.Headers
	if i >= len(args) {
		return // no variadic headers given
	}
	sig, _ := a.fn.Type().(*types.Signature)
	variadic := sig != nil && sig.Variadic() && i == sig.Params().Len()-1
	switch {
	case a.call.Ellipsis.IsValid() && i == len(args)-1, !variadic:
		pc.sliceHeaders(args[i], a.fd, o, 0)
	default:
		for _, arg := range args[i:] {
			pc.headerNames(arg, a.fd, o, 0)
		}
	}
}

// flow classifies the use of value e (a response, or result k of a call
// returning one) by its parent node.
func (pc *Checker) flow(e ast.Expr, parent ast.Node, fd *ast.FuncDecl, inner ast.Node, k, depth int, o *outcome) {
	info := pc.info
	switch p := parent.(type) {
	case *ast.CallExpr:
		if p.Fun == e {
			o.escaped = true
			return
		}
		pc.argumentOf(p, o)
	case *ast.AssignStmt:
		var lhs ast.Expr
		switch {
		case len(p.Lhs) == len(p.Rhs):
			for i, r := range p.Rhs {
				if r == e {
					lhs = p.Lhs[i]
				}
			}
		case len(p.Rhs) == 1 && k < len(p.Lhs):
			lhs = p.Lhs[k]
		}
		id, ok := lhs.(*ast.Ident)
		if !ok || (p.Tok != token.DEFINE && p.Tok != token.ASSIGN) {
			o.escaped = true
			return
		}
		if id.Name == "_" {
			return // discarded: never sent
		}
		v, _ := info.Defs[id].(*types.Var)
		if v == nil {
			v, _ = info.Uses[id].(*types.Var)
		}
		pc.trackVar(v, p, fd, inner, depth, o)
	case *ast.ValueSpec:
		var v *types.Var
		for i, val := range p.Values {
			if val == e && i < len(p.Names) {
				v, _ = info.Defs[p.Names[i]].(*types.Var)
			}
		}
		if len(p.Values) == 1 && len(p.Names) > 1 && k < len(p.Names) {
			v, _ = info.Defs[p.Names[k]].(*types.Var)
		}
		pc.trackVar(v, p, fd, inner, depth, o)
	case *ast.ReturnStmt:
		pc.returned(e, p, fd, inner, depth, o)
	case *ast.ExprStmt:
		// discarded: never sent
	default:
		o.escaped = true
	}
}

// argumentOf: the response is an argument of call.
func (pc *Checker) argumentOf(call *ast.CallExpr, o *outcome) {
	fn, ok := typeutil.Callee(pc.info, call).(*types.Func)
	if !ok {
		o.escaped = true
		return
	}
	s, ok := pc.ps.Senders[fn.Origin()]
	if !ok {
		o.escaped = true
		return
	}
	o.sent = true
	for _, n := range s.Adds {
		o.have[n] = true
	}
	o.addMaybe(s.MayFor, s.MayAdd...)
}

// trackVar follows a local variable holding the response through every
// use in its function, closures included.
func (pc *Checker) trackVar(v *types.Var, def ast.Node, fd *ast.FuncDecl, inner ast.Node, depth int, o *outcome) {
	if v == nil || fd == nil || fd.Body == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		o.escaped = true
		return
	}
	info := pc.info
	ast.PreorderStack(fd.Body, nil, func(n ast.Node, stack []ast.Node) bool {
		if o.escaped {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok || info.Uses[id] != v || len(stack) == 0 {
			return true
		}
		parent := stack[len(stack)-1]
		var grand ast.Node
		if len(stack) > 1 {
			grand = stack[len(stack)-2]
		}
		switch p := parent.(type) {
		case *ast.SelectorExpr:
			pc.selectorUse(p, grand, fd, o)
		case *ast.CallExpr:
			if p.Fun == id {
				o.escaped = true
			} else {
				pc.argumentOf(p, o)
			}
		case *ast.ReturnStmt:
			if p == def {
				return true
			}
			pc.returned(id, p, fd, innermost(stack, fd), depth, o)
		case *ast.AssignStmt:
			if p == def || pc.buildsAnother(p, id) && exclusive(fd, def, p) {
				return true
			}
			o.escaped = true // reassigned, or copied to another variable
		case *ast.BinaryExpr:
			if p.Op != token.EQL && p.Op != token.NEQ {
				o.escaped = true
			}
		default:
			o.escaped = true
		}
		return true
	})
}

// innermost returns the innermost function of a stack inside fd.
func innermost(stack []ast.Node, fd *ast.FuncDecl) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		if lit, ok := stack[i].(*ast.FuncLit); ok {
			return lit
		}
	}
	return fd
}

// selectorUse: v.M(...) or v.F.
func (pc *Checker) selectorUse(sel *ast.SelectorExpr, grand ast.Node, fd *ast.FuncDecl, o *outcome) {
	info := pc.info
	s, ok := info.Selections[sel]
	if !ok {
		o.escaped = true
		return
	}
	switch s.Kind() {
	case types.MethodVal:
		call, ok := grand.(*ast.CallExpr)
		fn, _ := s.Obj().(*types.Func)
		if !ok || call.Fun != sel || fn == nil {
			o.escaped = true
			return
		}
		// A promoted method (sipgo's Response.AppendHeader, declared on the
		// embedded headers) selects the declaring type's method object.
		switch pc.ps.Methods[fn.Origin()] {
		case stacks.Adder:
			pc.adderArgs(call, fd, o)
		case stacks.Replacer:
			pc.replacer(call, sel, fd, o)
		case stacks.Reader:
		default:
			o.escaped = true
		}
	case types.FieldVal:
		field, _ := s.Obj().(*types.Var)
		if field == nil {
			o.escaped = true
			return
		}
		written := false
		switch g := grand.(type) {
		case *ast.AssignStmt:
			for _, l := range g.Lhs {
				written = written || l == sel
			}
		case *ast.IncDecStmt:
			written = true
		case *ast.UnaryExpr:
			written = g.Op == token.AND
		}
		if !written {
			return
		}
		switch {
		case pc.ps.HeaderFields[field.Origin()] != "":
			o.addBuilt(pc.ps.HeaderFields[field.Origin()])
		case pc.sinks.Fields[field.Origin()] != nil:
			o.escaped = true // the code changed
		}
	default:
		o.escaped = true
	}
}

// buildsAnother reports whether as assigns the variable of id a response
// that another anchor builds, as on the other branch of
//
//	if err != nil {
//		res = sip.NewResponseFromRequest(req, 500, "Server Internal Error", nil)
//	} else {
//		res = sip.NewResponseFromRequest(req, 200, "OK", nil)
//	}
//	tx.Respond(res)
//
// That anchor is followed on its own; for this one the variable is sent
// all the same, when the two assignments are on exclusive branches
// (exclusive): one after the other, the first response is never sent.
// Headers added to the variable count for both, whichever branch adds
// them: the checks may stay silent, never report wrongly.
func (pc *Checker) buildsAnother(as *ast.AssignStmt, id *ast.Ident) bool {
	if len(as.Lhs) != len(as.Rhs) || as.Tok != token.ASSIGN {
		return false
	}
	for i, l := range as.Lhs {
		if l != id {
			continue
		}
		call, ok := ast.Unparen(as.Rhs[i]).(*ast.CallExpr)
		if !ok {
			return false
		}
		fn, ok := typeutil.Callee(pc.info, call).(*types.Func)
		if !ok {
			return false
		}
		_, ok = pc.ps.Anchors[fn.Origin()]
		return ok
	}
	return false
}

// exclusive reports whether a and b, in fd, are on different branches of
// one if statement (its body and its else) or of one switch (two of its
// cases): no path runs both.
func exclusive(fd *ast.FuncDecl, a, b ast.Node) bool {
	pa, pb := ancestors(fd, a), ancestors(fd, b)
	i := 0
	for i < len(pa) && i < len(pb) && pa[i] == pb[i] {
		i++
	}
	if i == 0 || i >= len(pa) || i >= len(pb) {
		return false // one contains the other
	}
	switch lca := pa[i-1].(type) {
	case *ast.IfStmt:
		return pa[i] != lca.Init && pb[i] != lca.Init && pa[i] != lca.Cond && pb[i] != lca.Cond
	case *ast.BlockStmt:
		// The body of a switch: a and b are in two of its case clauses.
		_, ca := pa[i].(*ast.CaseClause)
		_, cb := pb[i].(*ast.CaseClause)
		return ca && cb
	}
	return false
}

// ancestors returns the nodes from fd's body down to n, n included, or nil.
func ancestors(fd *ast.FuncDecl, n ast.Node) []ast.Node {
	var path []ast.Node
	ast.PreorderStack(fd.Body, nil, func(m ast.Node, stack []ast.Node) bool {
		if path != nil {
			return false
		}
		if m == n {
			path = append(slices.Clone(stack), m)
			return false
		}
		return m.Pos() <= n.Pos() && n.End() <= m.End()
	})
	return path
}
