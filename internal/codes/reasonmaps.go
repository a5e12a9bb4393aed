package codes

import (
	"go/ast"
	"go/types"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Maps from code to reason phrase. Real stacks keep one to fill in the
// reason of any response:
//
//	var reasons = map[int]string{404: "Not Found", 504: "Server Time-out"}
//
//	reply(tx, req, code, reasons[code])
//
// When the reason sent with a code is such a map indexed by that very
// code, every key of the map's literal is a code, and the value beside it
// its reason phrase.

// reasonMap takes the map, when reason is one indexed by code.
func (f *Finder) reasonMap(fd *ast.FuncDecl, code, reason ast.Expr, lib *stacks.Table) {
	idx, ok := ast.Unparen(reason).(*ast.IndexExpr)
	if !ok || !sameValue(f.info, f.unwrap(idx.Index), f.unwrap(code)) {
		return
	}
	id, ok := ast.Unparen(idx.X).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || f.reasonMaps[v] {
		return
	}
	f.reasonMaps[v] = true
	m, ok := v.Type().Underlying().(*types.Map)
	if !ok || !astx.IsInteger(m.Key()) || !astx.IsString(m.Elem()) {
		return
	}
	lit, litFd := f.mapLiteral(fd, v)
	if lit == nil {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			f.site(litFd, kv.Key, Use{Lib: lib, Reason: kv.Value})
		}
	}
}

// mapLiteral returns the composite literal v is declared with, when v is
// a package-level variable or a local of fd assigned only that literal.
func (f *Finder) mapLiteral(fd *ast.FuncDecl, v *types.Var) (*ast.CompositeLit, *ast.FuncDecl) {
	var value ast.Expr
	if v.Parent() == f.pass.Pkg.Scope() {
		value, fd = astx.DeclaredValue(f.pass.Files, f.info, v), nil
	} else if fd != nil {
		if as := f.locals.In(fd); !as.Unknown[v] && len(as.Values[v]) == 1 {
			value = as.Values[v][0]
		}
	}
	lit, _ := ast.Unparen(value).(*ast.CompositeLit)
	return lit, fd
}

// sameValue reports whether a and b name the same variable, or the same
// field of the same variable.
func sameValue(info *types.Info, a, b ast.Expr) bool {
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		return ok && info.Uses[a] != nil && info.Uses[a] == info.Uses[b]
	case *ast.SelectorExpr:
		b, ok := b.(*ast.SelectorExpr)
		return ok && info.Uses[a.Sel] == info.Uses[b.Sel] && info.Uses[a.Sel] != nil && sameValue(info, ast.Unparen(a.X), ast.Unparen(b.X))
	}
	return false
}
