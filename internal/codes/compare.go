package codes

import (
	"go/ast"
	"go/types"

	"github.com/sipcode/sipcode/internal/stacks"
)

// Comparisons judged late. When the walk reaches
//
//	func reply(tx sip.ServerTransaction, req *sip.Request, code int) {
//		if code == 200 { ... }
//		tx.Respond(sip.NewResponseFromRequest(req, code, "", nil))
//	}
//
// it cannot know yet that code is a code: reply becomes a wrapper only at
// the Respond below. So a constant compared with something that may turn
// out to be a code is kept, and judged once the package's function
// summaries are known: a parameter of a wrapper (the code parameter), a
// parameter every caller fills with a code (fed.go), a call of a function
// that returns a code (returns.go), or a local assigned such calls.

// A deferredCompare is a constant compared with an expression that may
// turn out to be a code.
type deferredCompare struct {
	fd          *ast.FuncDecl
	code, other ast.Expr
}

// deferCompare keeps the comparison of other, a constant, with code, when
// code may turn out to be a code.
func (f *Finder) deferCompare(fd *ast.FuncDecl, code, other ast.Expr) {
	if f.info.Types[f.unwrap(other)].Value == nil {
		return
	}
	keep := false
	switch e := f.unwrap(code).(type) {
	case *ast.Ident:
		owner, _ := f.paramOf(fd, e)
		v, _ := f.info.Uses[e].(*types.Var)
		keep = owner != nil || f.resultCopies[v]
	case *ast.CallExpr:
		keep = f.localCallee(e) != nil
	}
	if keep {
		f.deferred = append(f.deferred, deferredCompare{fd, code, other})
	}
}

// checkDeferredCompares judges the constants kept by deferCompare whose
// other side is a code after all.
func (f *Finder) checkDeferredCompares() {
	for _, dc := range f.deferred {
		if lib := f.laterCode(dc.fd, dc.code); lib != nil {
			f.site(dc.fd, dc.other, Use{Compare: true, Lib: lib})
		}
	}
}

// laterCode returns the library when e, in fd, is a code once the
// summaries are known.
func (f *Finder) laterCode(fd *ast.FuncDecl, e ast.Expr) *stacks.Table {
	if owner, i := f.paramOf(fd, e); owner != nil {
		if p, ok := f.codeParams(owner); ok && p.Code == i {
			return p.Lib
		}
		return f.fed[paramKey{owner, i}]
	}
	return f.comparedCode(fd, e)
}
