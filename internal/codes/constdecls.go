package codes

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/sipcode/sipcode/internal/astx"
)

// Constant declarations. A declaration names a value; it does not use it,
// so const busy = 486 alone is never reported. But real code keeps its
// codes in constant blocks of its own, one per package:
//
//	const (
//		statusOK         = 200
//		statusBadRequest = http.StatusBadRequest
//	)
//
// A constant of the package used as a code is judged where it is declared,
// once for all its uses: its literal gets the library's constant as the fix
// (statusOK = sip.StatusOK keeps the name and the value), and another
// protocol's constant there is reported. A constant declared with a status
// type (const bad sip.StatusCode = http.StatusBadRequest) is a code by its
// type, used or not: there another protocol's constant is reported too.

// declaredCode returns the declared value of the constant inner (whose
// type and value are tv) when it is judged there rather than where it is
// used: a positive integer constant of this package, not another
// protocol's, whose declaration spells its value.
func (f *Finder) declaredCode(inner ast.Expr, tv types.TypeAndValue) ast.Expr {
	n, isInt := astx.IntValue(tv.Value)
	if !isInt || n <= 0 {
		return nil // a "no code" sentinel, or not an integer: the verdict's
	}
	k, named := astx.ConstantOf(f.info, inner)
	if !named || f.sinks.Foreign[k.Pkg().Path()] {
		return nil
	}
	return f.declaredValue(k)
}

// declaredValue returns the expression that declares k, a constant of this
// package, when its declaration spells one (not iota's implicit repetition),
// or nil.
func (f *Finder) declaredValue(k *types.Const) ast.Expr {
	if k.Pkg() != f.pass.Pkg {
		return nil
	}
	if e, ok := f.constValues[k]; ok {
		return e
	}
	f.constValues[k] = nil
	for _, file := range f.pass.Files {
		if file.FileStart > k.Pos() || k.Pos() >= file.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(file, k.Pos(), k.Pos())
		for _, n := range path {
			spec, ok := n.(*ast.ValueSpec)
			if !ok {
				continue
			}
			for i, name := range spec.Names {
				if f.info.Defs[name] == k && len(spec.Values) == len(spec.Names) {
					f.constValues[k] = spec.Values[i]
				}
			}
			break
		}
	}
	return f.constValues[k]
}

// constDecl checks a constant declaration whose type is a status type: a
// value there that is another protocol's constant is reported.
func (f *Finder) constDecl(decl *ast.GenDecl) {
	for _, spec := range decl.Specs {
		spec, ok := spec.(*ast.ValueSpec)
		if !ok || spec.Type == nil {
			continue
		}
		lib := f.sinks.StatusType(f.info.TypeOf(spec.Type))
		if lib == nil {
			continue
		}
		for _, value := range spec.Values {
			if k, ok := astx.ConstantOf(f.info, f.unwrap(value)); ok && f.sinks.Foreign[k.Pkg().Path()] {
				f.site(nil, value, Use{Lib: lib})
			}
		}
	}
}
