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
	paramCompares  []paramComparison               // parameters compared with constants, judged once wrappers are known
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
	var codec funcs.Codec[stacks.CodeParams]
	if o.CrossPackage {
		codec = newWrapperCodec(tables)
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
		wrappers:       funcs.NewStore(pass, codec),
		litParams:      map[*types.Var]litParam{},
		funcVarAssigns: map[*types.Var]int{},
		codeCopies:     map[*types.Var]bool{},
		constValues:    map[*types.Const]ast.Expr{},
		followed:       map[ast.Expr]bool{},
	}
}

// Sites checks the calls of the wrappers found during the walk (which may
// reveal wrappers of wrappers) and the values their code parameters are
// compared with, and returns every code site, in the order found.
func (f *Finder) Sites() []Site {
	f.checkWrapperCalls()
	f.checkParamComparisons()
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
		if id, ok := inner.(*ast.Ident); ok && !f.followed[inner] {
			f.followed[inner] = true
			f.localValue(fd, id, u)
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
