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

// A reasonUse is a reason phrase sent with a code, which may be a map
// indexed by the code: taken once the walk has seen every declaration.
type reasonUse struct {
	fd           *ast.FuncDecl
	code, reason ast.Expr
	lib          *stacks.Table
}

// checkReasonMaps takes the maps the reasons sent with codes index.
func (f *Finder) checkReasonMaps() {
	for _, r := range f.reasonUses {
		f.reasonMap(r.fd, r.code, r.reason, r.lib)
	}
}

// reasonMap takes the map, when reason is one indexed by code, or a call
// of one of the package's functions that indexes a map by the parameter
// code is passed to (reasonFor(code) with return reasons[code]).
func (f *Finder) reasonMap(fd *ast.FuncDecl, code, reason ast.Expr, lib *stacks.Table) {
	code, reason = f.unwrap(code), ast.Unparen(reason)
	if call, ok := reason.(*ast.CallExpr); ok {
		fn, ok := f.localCallee(call).(*types.Func)
		if !ok || f.decls[fn] == nil || astx.HasSpread(call) {
			return
		}
		for i, arg := range astx.CallArgs(f.info, call) {
			if sameValue(f.info, f.unwrap(arg), code) && i < fn.Signature().Params().Len() {
				f.mapIndexedBy(f.decls[fn], fn.Signature().Params().At(i), lib)
			}
		}
		return
	}
	idx, ok := reason.(*ast.IndexExpr)
	if ok && sameValue(f.info, f.unwrap(idx.Index), code) {
		f.reasonMapEntries(fd, idx.X, lib)
	}
}

// mapIndexedBy takes the maps that fd indexes by its parameter p.
func (f *Finder) mapIndexedBy(fd *ast.FuncDecl, p *types.Var, lib *stacks.Table) {
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if idx, ok := n.(*ast.IndexExpr); ok {
			if id, ok := f.unwrap(idx.Index).(*ast.Ident); ok && f.info.Uses[id] == p {
				f.reasonMapEntries(fd, idx.X, lib)
			}
		}
		return true
	})
}

// reasonMapEntries makes code sites of the entries of the map m names,
// each key with its value as the reason phrase.
func (f *Finder) reasonMapEntries(fd *ast.FuncDecl, m ast.Expr, lib *stacks.Table) {
	id, ok := ast.Unparen(m).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || f.reasonMaps[v] {
		return
	}
	f.reasonMaps[v] = true
	mt, ok := v.Type().Underlying().(*types.Map)
	if !ok || !astx.IsInteger(mt.Key()) || !astx.IsString(mt.Elem()) {
		return
	}
	lit, litFd := f.mapLiteral(fd, v)
	if lit == nil {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			f.site(litFd, kv.Key, Use{Lib: lib, Reason: kv.Value, Entry: true})
		}
	}
}

// mapLiteral returns the composite literal v is declared with, when v is
// a package-level variable declared with it (or declared without a value
// and assigned it once, in an init function), or a local of fd assigned
// only that literal. It returns the function declaration the literal is
// in, if any.
func (f *Finder) mapLiteral(fd *ast.FuncDecl, v *types.Var) (*ast.CompositeLit, *ast.FuncDecl) {
	var value ast.Expr
	if v.Parent() == f.pass.Pkg.Scope() {
		value, fd = astx.DeclaredValue(f.pass.Files, f.info, v), nil
		if value == nil {
			value, fd = f.initValue(v)
		}
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

// initValue returns the one value package-level v is assigned, when that
// assignment is in an init function and there is no other, and the init
// function.
func (f *Finder) initValue(v *types.Var) (ast.Expr, *ast.FuncDecl) {
	var value ast.Expr
	var in *ast.FuncDecl
	assigned := 0
	for fn, fd := range f.decls {
		if fd.Body == nil || fn.Pkg() != f.pass.Pkg {
			continue
		}
		as := f.locals.In(fd)
		if as.Unknown[v] {
			return nil, nil
		}
		for _, val := range as.Values[v] {
			assigned++
			if fd.Name.Name == "init" && fd.Recv == nil {
				value, in = val, fd
			}
		}
	}
	if assigned != 1 {
		return nil, nil
	}
	return value, in
}
