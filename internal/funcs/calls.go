package funcs

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A Site is a call and the function declaration it is in (nil at package
// level).
type Site struct {
	Func *ast.FuncDecl
	Call *ast.CallExpr
}

// Calls indexes the calls of the package's own functions and function
// variables, for the layers that follow a value or a request from a
// function to its callers.
type Calls struct {
	info      *types.Info
	pkg       *types.Package
	sites     map[types.Object][]Site
	valueUses map[*types.Func]int // ValueUses, once computed
}

// NewCalls returns an empty index for the package pkg.
func NewCalls(info *types.Info, pkg *types.Package) *Calls {
	return &Calls{info: info, pkg: pkg, sites: map[types.Object][]Site{}}
}

// Add resolves the callee of call, in fd, indexes the call when the callee
// is one of the package's functions (by its generic origin) or function
// variables, and returns the callee: a *types.Func, a *types.Var, a
// *types.Builtin, or nil.
func (c *Calls) Add(fd *ast.FuncDecl, call *ast.CallExpr) types.Object {
	callee := typeutil.Callee(c.info, call)
	switch obj := callee.(type) {
	case *types.Func:
		if fn := obj.Origin(); fn.Pkg() == c.pkg {
			c.sites[fn] = append(c.sites[fn], Site{fd, call})
		}
	case *types.Var:
		if obj.Pkg() == c.pkg && !obj.IsField() {
			c.sites[obj] = append(c.sites[obj], Site{fd, call})
		}
	}
	return callee
}

// Of returns the calls of callee found so far.
func (c *Calls) Of(callee types.Object) []Site { return c.sites[callee] }

// All calls f for each callee and its calls, in no particular order.
func (c *Calls) All(f func(callee types.Object, sites []Site)) {
	for callee, sites := range c.sites {
		f(callee, sites)
	}
}

// ValueUses counts, for each function of the package, its uses other than
// as the callee of a call (a method value, a handler passed to a
// registration, an element of a slice of functions): every use the type
// checker recorded, less the calls indexed. A function with such uses may
// be called from anywhere. It is computed once, so it must be asked only
// after the walk has indexed every call.
func (c *Calls) ValueUses() map[*types.Func]int {
	if c.valueUses != nil {
		return c.valueUses
	}
	uses := map[*types.Func]int{}
	for _, obj := range c.info.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() == c.pkg {
			uses[fn.Origin()]++
		}
	}
	for callee, sites := range c.sites {
		if fn, ok := callee.(*types.Func); ok {
			uses[fn] -= len(sites)
		}
	}
	c.valueUses = uses
	return uses
}
