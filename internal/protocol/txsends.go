package protocol

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// What a send on the transaction sends: a final or a provisional response
// with a constant code, or one the walk cannot classify.

// responseKind classifies the response a send on the transaction sends:
// built right there, or held in a local variable every assignment of
// which builds one, with a constant code whose field nothing changes.
func (pc *Checker) responseKind(f *txFunc, arg ast.Expr) evKind {
	arg = ast.Unparen(arg)
	if call, ok := arg.(*ast.CallExpr); ok {
		return pc.builtKind(call)
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return evAnswer
	}
	v, ok := pc.info.Uses[id].(*types.Var)
	if !ok {
		return evAnswer
	}
	as := pc.locals.In(f.decl)
	vals := as.Values[v]
	if as.Unknown[v] || len(vals) == 0 || pc.codeWritten(f.decl, v) {
		return evAnswer
	}
	kind := evKind(-1)
	for _, val := range vals {
		call, ok := ast.Unparen(val).(*ast.CallExpr)
		if !ok {
			return evAnswer
		}
		k := pc.builtKind(call)
		if k == evAnswer || kind >= 0 && k != kind {
			return evAnswer
		}
		kind = k
	}
	return kind
}

// builtKind classifies the response a constructor call builds.
func (pc *Checker) builtKind(call *ast.CallExpr) evKind {
	fn, ok := typeutil.Callee(pc.info, call).(*types.Func)
	if !ok {
		return evAnswer
	}
	a, ok := pc.ps.Anchors[fn.Origin()]
	if !ok || a.Proto.Sends {
		return evAnswer
	}
	return pc.sentKind(call, a.Code, a.Status)
}

// sentKind classifies the response a call builds from its code argument
// at index code, or with the fixed code status when that is not 0.
func (pc *Checker) sentKind(call *ast.CallExpr, code, status int) evKind {
	n := int64(status)
	if n == 0 {
		if code < 0 || code >= len(call.Args) {
			return evAnswer
		}
		tv := pc.info.Types[call.Args[code]]
		if tv.Value == nil {
			return evAnswer
		}
		var ok bool
		if n, ok = constant.Int64Val(constant.ToInt(tv.Value)); !ok {
			return evAnswer
		}
	}
	code64 := n
	switch {
	case code64 >= 200 && code64 <= 699:
		return evFinal
	case code64 >= 100 && code64 <= 199:
		return evProv
	}
	return evAnswer
}

// codeWritten reports whether fd assigns a code field of v (res.StatusCode = x).
func (pc *Checker) codeWritten(fd *ast.FuncDecl, v *types.Var) bool {
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for _, l := range as.Lhs {
			sel, ok := l.(*ast.SelectorExpr)
			if !ok {
				continue
			}
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && pc.info.Uses[id] == v {
				if field, ok := pc.info.Uses[sel.Sel].(*types.Var); ok && pc.sinks.Fields[field.Origin()] != nil {
					found = true
				}
			}
		}
		return true
	})
	return found
}
