package codes

import (
	"go/ast"
	"go/types"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Parameters fed codes. In
//
//	func isFailure(code int) bool { return code >= 300 }
//	func disposition(code int) string {
//		switch code {
//		case 486, 600:
//			return "busy"
//		}
//		return "failed"
//	}
//
// where every call in the package passes a code (res.StatusCode, a local
// copied from one, a library constant, a parameter fed codes in turn), the
// parameter is a code inside the function: the constants it is compared
// with are judged. A function with no call in the package, one call that
// passes anything else, or one also used as a value (it may be called
// from anywhere) stays silent, as does an exported function outside
// package main: its calls in other packages cannot be seen, since facts
// travel only from a package to the packages that import it.

// paramKey is a parameter of a function, by index.
type paramKey struct {
	owner types.Object
	index int
}

// findFed computes, for the parameters compared with constants (the only
// ones whose being fed codes matters), which every call fills with a code,
// to a fixed point (a parameter fed by a fed parameter).
func (f *Finder) findFed() {
	candidates := map[paramKey]bool{}
	for _, dc := range f.deferred {
		owner, i := f.paramOf(dc.fd, dc.code)
		if fn, ok := owner.(*types.Func); ok && f.mayFeed(fn) && astx.IsInteger(fn.Signature().Params().At(i).Type()) {
			candidates[paramKey{owner, i}] = true
		}
	}
	if len(candidates) == 0 {
		return
	}
	// The parameters passed on to a candidate are candidates too: record(code)
	// calling disposition(code) feeds it only if record is fed in turn.
	for grown := true; grown; {
		grown = false
		for k := range candidates {
			for _, site := range f.calls.Of(k.owner) {
				args := astx.CallArgs(f.info, site.Call)
				if k.index >= len(args) {
					continue
				}
				owner, i := f.paramOf(site.Func, args[k.index])
				if fn, ok := owner.(*types.Func); ok && f.mayFeed(fn) && !candidates[paramKey{owner, i}] {
					candidates[paramKey{owner, i}] = true
					grown = true
				}
			}
		}
	}
	valueUses := f.calls.ValueUses()
	for changed := true; changed; {
		changed = false
		for k := range candidates {
			if f.fed[k] != nil || valueUses[k.owner.(*types.Func)] > 0 {
				continue
			}
			if lib := f.fedBy(k); lib != nil {
				f.fed[k] = lib
				changed = true
			}
		}
	}
}

// mayFeed reports whether all of fn's calls can be seen here.
func (f *Finder) mayFeed(fn *types.Func) bool {
	return !fn.Exported() || f.pass.Pkg.Name() == "main"
}

// fedBy returns the library when every call fills the parameter k with a
// code, else nil.
func (f *Finder) fedBy(k paramKey) *stacks.Table {
	sites := f.calls.Of(k.owner)
	if len(sites) == 0 {
		return nil // called from elsewhere, if at all
	}
	var lib *stacks.Table
	for _, site := range sites {
		args := astx.CallArgs(f.info, site.Call)
		if astx.HasSpread(site.Call) || k.index >= len(args) {
			return nil
		}
		if lib = f.codeValued(site.Func, args[k.index]); lib == nil {
			return nil
		}
	}
	return lib
}

// codeValued returns the library when e, in fd, is a code: a code
// expression or a local copied from one, a constant of a library's
// constants package, or a parameter fed codes.
func (f *Finder) codeValued(fd *ast.FuncDecl, e ast.Expr) *stacks.Table {
	if lib := f.comparedCode(fd, e); lib != nil {
		return lib
	}
	inner := f.unwrap(e)
	if k, ok := astx.ConstantOf(f.info, inner); ok {
		for _, t := range f.tables {
			if t.Constants == k.Pkg().Path() {
				return t
			}
		}
		if f.spellings[k.Pkg().Path()] {
			return f.defaultLibrary() // -constants, sipstatus
		}
		return nil
	}
	if owner, i := f.paramOf(fd, inner); owner != nil {
		return f.fed[paramKey{owner, i}]
	}
	return nil
}
