package codes

import (
	"go/ast"
	"go/types"

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
// type and value are tv), and the constant, when it is judged there rather
// than where it is used: a positive integer constant of this package,
// whose declaration spells its value. Another protocol's constants are
// not, nor the constants a fix may name (a library's, -constants',
// sipstatus'): those are the library's own spelling of the code, and
// running sipcode on the library itself must not turn StatusOK = 200 into
// StatusOK = StatusOK.
func (f *Finder) declaredCode(inner ast.Expr, tv types.TypeAndValue) (ast.Expr, *types.Const) {
	n, isInt := astx.IntValue(tv.Value)
	if !isInt || n <= 0 {
		return nil, nil // a "no code" sentinel, or not an integer: the verdict's
	}
	k, named := astx.ConstantOf(f.info, inner)
	if !named || f.sinks.Foreign[k.Pkg().Path()] || f.spellings[k.Pkg().Path()] {
		return nil, nil
	}
	return f.declaredValue(k), k
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
	f.constValues[k] = astx.DeclaredValue(f.pass.Files, f.info, k)
	return f.constValues[k]
}

// constDecl checks a constant declaration whose type is a status type: a
// value there that is another protocol's constant is reported.
func (f *Finder) constDecl(decl *ast.GenDecl) {
	if f.spellings[f.pass.Pkg.Path()] {
		return // the library's own constants: its spelling of each code
	}
	for _, spec := range decl.Specs {
		spec, ok := spec.(*ast.ValueSpec)
		if !ok || spec.Type == nil {
			continue
		}
		lib := f.sinks.StatusType(f.info.TypeOf(spec.Type))
		if lib == nil {
			continue
		}
		for i, value := range spec.Values {
			if k, ok := astx.ConstantOf(f.info, f.unwrap(value)); ok && f.sinks.Foreign[k.Pkg().Path()] {
				declaring, _ := f.info.Defs[spec.Names[min(i, len(spec.Names)-1)]].(*types.Const)
				f.siteOf(nil, value, Use{Lib: lib}, declaring)
			}
		}
	}
}
