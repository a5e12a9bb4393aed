package protocol

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// adderArgs names the headers an adder call adds.
func (pc *Checker) adderArgs(call *ast.CallExpr, fd *ast.FuncDecl, o *outcome) {
	info := pc.info
	for i, arg := range call.Args {
		if isStringType(info.TypeOf(arg)) {
			continue // AppendHeaderAfter's name of the header to follow
		}
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			pc.sliceHeaders(arg, fd, o, 0)
		} else {
			pc.headerNames(arg, fd, o, 0)
		}
	}
}

// replacer records a replacer call and the names it replaces.
func (pc *Checker) replacer(call *ast.CallExpr, sel *ast.SelectorExpr, fd *ast.FuncDecl, o *outcome) {
	info := pc.info
	r := replaceUse{call: call, sel: sel}
	for _, arg := range call.Args {
		if tv := info.Types[arg]; tv.Value != nil && tv.Value.Kind() == constant.String {
			name := constant.StringVal(tv.Value)
			r.names, r.display = append(r.names, stacks.CanonicalHeader(name)), append(r.display, name)
			continue
		}
		if isStringType(info.TypeOf(arg)) {
			return
		}
		if len(call.Args) == 1 {
			h := newOutcome()
			pc.headerNames(arg, fd, h, 0)
			if h.unknown || len(h.built) != 1 {
				return
			}
			for n := range h.built {
				r.names, r.display = append(r.names, n), append(r.display, stacks.DisplayHeader(n))
			}
		}
	}
	if len(r.names) > 0 {
		o.replaces = append(o.replaces, r)
	}
}

func isStringType(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// headerNames names the header an expression stands for, into o.built, or
// marks o unknown.
func (pc *Checker) headerNames(e ast.Expr, fd *ast.FuncDecl, o *outcome, depth int) {
	info := pc.info
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if name := pc.typedHeader(info.TypeOf(e)); name != "" {
		o.addBuilt(name)
		return
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			if i, ok := pc.ps.HeaderCtors[fn.Origin()]; ok && i < len(e.Args) {
				if tv := info.Types[e.Args[i]]; tv.Value != nil && tv.Value.Kind() == constant.String {
					o.addBuilt(stacks.CanonicalHeader(constant.StringVal(tv.Value)))
					return
				}
			}
		}
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			if v, ok := info.Uses[key].(*types.Var); ok && pc.ps.HeaderNames[v.Origin()] {
				if tv := info.Types[kv.Value]; tv.Value != nil && tv.Value.Kind() == constant.String {
					o.addBuilt(stacks.CanonicalHeader(constant.StringVal(tv.Value)))
					return
				}
			}
		}
	case *ast.Ident:
		if val, ok := pc.singleValue(e, fd); ok && depth < 4 {
			pc.headerNames(val, fd, o, depth+1)
			return
		}
	}
	o.unknown = true
}

// typedHeader returns the header name of a typed header type (through
// pointers), or "".
func (pc *Checker) typedHeader(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return ""
	}
	return pc.ps.HeaderTypes[named.Origin().Obj()]
}

// sliceHeaders names each header of a slice of headers: a composite
// literal, an append, nil, or a local with one such value.
func (pc *Checker) sliceHeaders(e ast.Expr, fd *ast.FuncDecl, o *outcome, depth int) {
	info := pc.info
	e = ast.Unparen(e)
	if tv := info.Types[e]; tv.IsNil() {
		return
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			pc.headerNames(elt, fd, o, depth)
		}
		return
	case *ast.CallExpr:
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && len(e.Args) > 0 {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
				pc.sliceHeaders(e.Args[0], fd, o, depth+1)
				for i, arg := range e.Args[1:] {
					if e.Ellipsis.IsValid() && i == len(e.Args)-2 {
						pc.sliceHeaders(arg, fd, o, depth+1)
					} else {
						pc.headerNames(arg, fd, o, depth+1)
					}
				}
				return
			}
		}
	case *ast.Ident:
		if val, ok := pc.singleValue(e, fd); ok && depth < 4 {
			pc.sliceHeaders(val, fd, o, depth+1)
			return
		}
	}
	o.unknown = true
}

// singleValue returns the one value a local variable of fd is ever
// assigned, if it has exactly one.
func (pc *Checker) singleValue(id *ast.Ident, fd *ast.FuncDecl) (ast.Expr, bool) {
	v, ok := pc.info.Uses[id].(*types.Var)
	if !ok || fd == nil || v.IsField() || astx.IsParamOrResult(pc.info, fd, v) || v.Parent() == v.Pkg().Scope() {
		return nil, false
	}
	as := pc.locals.In(fd)
	if as.Unknown[v] || len(as.Values[v]) != 1 {
		return nil, false
	}
	return as.Values[v][0], true
}
