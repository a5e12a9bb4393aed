package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
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

// declaredValue returns the expression that declares k, a constant of this
// package, when its declaration spells one (not iota's implicit repetition),
// or nil.
func (c *checker) declaredValue(k *types.Const) ast.Expr {
	if k.Pkg() != c.pass.Pkg {
		return nil
	}
	if e, ok := c.constValues[k]; ok {
		return e
	}
	c.constValues[k] = nil
	for _, file := range c.pass.Files {
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
				if c.pass.TypesInfo.Defs[name] == k && len(spec.Values) == len(spec.Names) {
					c.constValues[k] = spec.Values[i]
				}
			}
			break
		}
	}
	return c.constValues[k]
}

// constDecl checks a constant declaration whose type is a status type: a
// value there that is another protocol's constant is reported.
func (c *checker) constDecl(decl *ast.GenDecl) {
	for _, spec := range decl.Specs {
		spec, ok := spec.(*ast.ValueSpec)
		if !ok || spec.Type == nil {
			continue
		}
		lib := c.sinks.statusType(c.pass.TypesInfo.TypeOf(spec.Type))
		if lib == nil {
			continue
		}
		for _, value := range spec.Values {
			if k, ok := c.constantOf(c.unwrap(value)); ok && c.sinks.foreign[k.Pkg().Path()] {
				c.judge(nil, value, use{lib: lib})
			}
		}
	}
}
