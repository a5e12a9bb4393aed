package codes

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/funcs"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Use is how a value is used as a code: sent (an argument, an assignment)
// or compared (==, !=, a switch case).
type Use struct {
	Compare bool
	Lib     *stacks.Table // whose constants a fix suggests
	Reason  ast.Expr      // the reason phrase sent with the code, or nil
	// Entry marks a code in a table of codes (a key of a map from code to
	// reason phrase): only its spelling and its phrase are judged, since
	// listing a removed code is not sending it.
	Entry bool
}

// A Site is an expression used as a code. Its value is a constant, or not
// known (then the verdict has nothing to say).
type Site struct {
	Expr ast.Expr
	Use
	// Declared is set when Expr names a constant of the package that is
	// judged where it is declared, in a site of its own: here only the
	// reason phrase sent with it is to be checked.
	Declared bool
	// Declaring is the constant whose declaration Expr is (part of), or
	// nil: a fix there must not name it, nor a constant that depends on it.
	Declaring *types.Const
}

// A Finder finds the code sites of one pass. The analyzer's single walk
// hands it every node (Visit, Call); Sites then finishes what needs the
// whole package (wrappers found late, parameters compared inside them).
type Finder struct {
	pass   *analysis.Pass
	info   *types.Info
	sinks  *stacks.Sinks
	tables []*stacks.Table
	calls  *funcs.Calls
	locals *funcs.Locals
	leaves bool // the package sees a status type: constants of it are codes wherever they stand

	wrappers       *funcs.Store[stacks.CodeParams] // this package's wrappers, and other packages' (facts)
	litParams      map[*types.Var]litParam         // parameters of function literals bound to a variable
	funcVarAssigns map[*types.Var]int              // assignments to each function-typed variable
	codeCopies     map[*types.Var]bool             // locals assigned a code expression somewhere (comparedCode)
	constValues    map[*types.Const]ast.Expr       // the declared value of this package's constants, once looked up
	returns        *funcs.Store[stacks.CodeParams] // functions returning a code (by result index), and other packages' (facts)
	decls          map[*types.Func]*ast.FuncDecl   // this package's functions, for their return statements
	lits           map[*types.Var]boundLit         // function literals bound to a variable
	resultCopies   map[*types.Var]bool             // locals assigned a result of a call of one of the package's functions
	deferred       []deferredCompare               // constants compared with what may turn out to be a code (compare.go)
	fed            map[paramKey]*stacks.Table      // parameters every call fills with a code (fed.go)
	reasonMaps     map[*types.Var]bool             // maps from code to reason phrase, once taken (reasonmaps.go)
	reasonUses     []reasonUse                     // reasons sent with a code, which may index such a map
	fallbackLib    *stacks.Table                   // whose constants status lines use: defaultLibrary
	spellings      map[string]bool                 // packages of the constants fixes may name: never judged where declared
	followed       map[ast.Expr]bool               // variables and constants already followed to their values
	sites          []Site
}

// Options are the settings that change where codes are found.
type Options struct {
	CrossPackage bool   // read and write function summaries as analysis facts
	Constants    string // -constants: a package of constants fixes may name, or ""
}

// New returns a Finder for pass. calls and locals are the indexes the
// analyzer shares between layers; in the cross-package mode wrappers are
// read from, and written to, analysis facts.
func New(pass *analysis.Pass, tables []*stacks.Table, sinks *stacks.Sinks, calls *funcs.Calls, locals *funcs.Locals, o Options) *Finder {
	var wrapperCodec, returnsCodec funcs.Codec[stacks.CodeParams]
	if o.CrossPackage {
		wrapperCodec = newIndexCodec(tables, func() indexFact { return new(WrapperFact) })
		returnsCodec = newIndexCodec(tables, func() indexFact { return new(ReturnsFact) })
	}
	spellings := map[string]bool{stacks.SipstatusPath: true}
	for _, t := range tables {
		spellings[t.Constants] = true
	}
	spellings[o.Constants] = true
	delete(spellings, "") // a table without constants
	return &Finder{
		spellings:      spellings,
		pass:           pass,
		info:           pass.TypesInfo,
		sinks:          sinks,
		tables:         tables,
		calls:          calls,
		locals:         locals,
		leaves:         len(sinks.Types) > 0 || len(sinks.Aliases) > 0,
		wrappers:       funcs.NewStore(pass, wrapperCodec),
		returns:        funcs.NewStore(pass, returnsCodec),
		decls:          map[*types.Func]*ast.FuncDecl{},
		lits:           map[*types.Var]boundLit{},
		resultCopies:   map[*types.Var]bool{},
		fed:            map[paramKey]*stacks.Table{},
		reasonMaps:     map[*types.Var]bool{},
		litParams:      map[*types.Var]litParam{},
		funcVarAssigns: map[*types.Var]int{},
		codeCopies:     map[*types.Var]bool{},
		constValues:    map[*types.Const]ast.Expr{},
		followed:       map[ast.Expr]bool{},
	}
}

// Sites finishes what needs the whole package: the calls of the wrappers
// found during the walk and the return statements of the functions found
// to return a code (either may reveal more of both), then the constants
// compared with what turned out to be a code. It returns every code site,
// in the order found.
func (f *Finder) Sites() []Site {
	for {
		f.checkWrapperCalls()
		f.checkReturns()
		if f.wrappers.Pending() == 0 && f.returns.Pending() == 0 {
			break
		}
	}
	f.checkReasonMaps()
	f.findFed()
	f.checkDeferredCompares()
	return f.sites
}

// site takes e used as a code. A local variable is followed to the
// constants it is assigned, a constant of the package to its declaration:
// the value is reported where it is written.
func (f *Finder) site(fd *ast.FuncDecl, e ast.Expr, u Use) { f.siteOf(fd, e, u, nil) }

// siteOf is site for e in the declaration of the constant declaring (or
// nil).
func (f *Finder) siteOf(fd *ast.FuncDecl, e ast.Expr, u Use, declaring *types.Const) {
	inner := f.unwrap(e)
	tv := f.info.Types[inner]
	if tv.Value == nil {
		switch x := inner.(type) {
		case *ast.Ident:
			if !f.followed[inner] {
				f.followed[inner] = true
				f.localValue(fd, x, u)
			}
		case *ast.CallExpr:
			if callee := f.localCallee(x); callee != nil {
				f.noteReturns(callee, 0, -1, u.Lib)
			}
		}
		return
	}
	if decl, k := f.declaredCode(inner, tv); decl != nil {
		f.sites = append(f.sites, Site{Expr: e, Use: u, Declared: true, Declaring: declaring})
		if !f.followed[inner] {
			f.followed[inner] = true
			f.siteOf(fd, decl, Use{Compare: u.Compare, Lib: u.Lib}, k) // where it is declared (constdecls.go)
		}
		return
	}
	f.sites = append(f.sites, Site{Expr: e, Use: u, Declaring: declaring})
}

// send takes a value sent as a code, and makes the enclosing function a
// wrapper when the value is one of its parameters.
func (f *Finder) send(fd *ast.FuncDecl, e ast.Expr, u Use) {
	f.site(fd, e, u)
	f.noteWrapper(fd, e, u)
}

func (f *Finder) unwrap(e ast.Expr) ast.Expr { return astx.Unwrap(f.info, e) }
