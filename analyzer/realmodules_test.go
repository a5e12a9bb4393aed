package analyzer

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

// The real modules the Go module proxy serves, each loaded from a small
// module of this repository that requires it (sipgo v0 and v1 cannot share
// one module). .ci/run downloads them.
var realModules = []struct {
	name     string // a loaded version, as expectations name it
	dir      string // relative to analyzer/
	patterns []string
}{
	{"sipgo v1.7.2", "../examples/demo", []string{"github.com/emiago/sipgo", "github.com/emiago/sipgo/sip"}},
	{"diago v0.42.1", "../examples/demo", []string{"github.com/emiago/diago"}},
	{"sipgo v0.22.0", "../e2e/testdata/sipgov0", []string{"github.com/emiago/sipgo", "github.com/emiago/sipgo/sip"}},
	{"livekit/protocol v1.54.1", "../e2e/testdata/livekit", []string{"github.com/livekit/protocol/livekit"}},
	{"testify v1.11.1", "../examples/idioms", []string{"github.com/stretchr/testify/assert", "github.com/stretchr/testify/require"}},
}

// loadedIn says, for each built-in table of a library the proxy serves, in
// which loaded versions its entries must resolve: every entry in each of
// them, unless onlyIn says otherwise.
var loadedIn = map[string][]string{
	"sipgo":            {"sipgo v1.7.2", "sipgo v0.22.0"},
	"diago":            {"diago v0.42.1"},
	"livekit-protocol": {"livekit/protocol v1.54.1"},
	"other-protocols":  {"sipgo v1.7.2"}, // net/http, which sipgo imports
	"sipfrag":          {"sipgo v1.7.2"}, // fmt, which sipgo imports
	"testify":          {"testify v1.11.1"},
}

// onlyIn lists the entries that exist in some loaded versions of their
// library only; they must resolve in exactly those.
var onlyIn = map[string][]string{
	// The typed era: in v1 codes are plain ints and there is no StatusCode.
	"type github.com/emiago/sipgo/sip.StatusCode": {"sipgo v0.22.0"},
	// valyala/fasthttp is not among the loaded modules.
	"foreign github.com/valyala/fasthttp": {},
}

// checkedByHand are the built-in tables of libraries the proxy does not
// serve: each table file names the commit of the published source its
// entries were checked against.
var checkedByHand = []string{"livekit-sipgo", "gosip", "go-sip-ua", "jart-gosip", "gossip"}

// TestTablesOnRealModules loads the real modules and fails on any built-in
// table entry that does not resolve, or resolves to the wrong kind of
// object (a call whose code parameter is not an integer, a reason that is
// not a string, ...), in the versions it must resolve in.
func TestTablesOnRealModules(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	versions := map[string]map[string]*types.Package{}
	for _, m := range realModules {
		versions[m.name] = loadReal(t, m.dir, m.patterns)
	}
	for _, tb := range builtinTables() {
		names, served := loadedIn[tb.name]
		if !served {
			if !slices.Contains(checkedByHand, tb.name) {
				t.Errorf("built-in table %q is neither loaded here nor listed as checked by hand", tb.name)
			}
			continue
		}
		for _, e := range tableEntries(tb) {
			want := names
			if only, ok := onlyIn[e.source]; ok {
				want = only
			}
			for _, name := range names {
				problem := e.check(versions[name])
				switch {
				case slices.Contains(want, name) && problem != "":
					t.Errorf("%s: %s: in %s: %s", tb.file, e.source, name, problem)
				case !slices.Contains(want, name) && problem == "":
					t.Errorf("%s: %s: resolves in %s too: update onlyIn", tb.file, e.source, name)
				}
			}
		}
	}
}

// TestDiagoRespondIsSipgos: diago's table needs no Respond line, since
// DialogServerSession.Respond is sipgo's method, promoted through embedding.
func TestDiagoRespondIsSipgos(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	pkgs := loadReal(t, "../examples/demo", []string{"github.com/emiago/diago"})
	ref := func(s string) objRef {
		r, err := parseObjRef(s, true)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	diago := lookup(pkgs, ref("(*github.com/emiago/diago.DialogServerSession).Respond"))
	sipgo := lookup(pkgs, ref("(*github.com/emiago/sipgo.DialogServerSession).Respond"))
	if diago == nil || diago != sipgo {
		t.Errorf("diago's Respond is %v, want sipgo's %v", diago, sipgo)
	}
}

// TestTableEntryCheck: the check catches a typo, a missing method, a code
// index past the parameters, a reason that is not a string, an equal line
// whose values differ in type and a statusline that is not printf-like.
func TestTableEntryCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	pkgs := loadReal(t, "../examples/demo", []string{"github.com/emiago/sipgo", "github.com/emiago/sipgo/sip"})
	tables, err := parseTables("bad.stack", []byte(`library bad
constants github.com/emiago/sipgo/sipp
call github.com/emiago/sipgo/sip.NewRespons code=0
call (*github.com/emiago/sipgo.DialogServerSession).Reply code=0
call github.com/emiago/sipgo/sip.NewResponse code=2
call github.com/emiago/sipgo/sip.NewResponseFromRequest code=1 reason=0
field github.com/emiago/sipgo/sip.Response.Reason
result (*github.com/emiago/sipgo/sip.Response).StatusCod
type github.com/emiago/sipgo/sip.Request
equal github.com/emiago/sipgo/sip.NewResponseFromRequest a=0 b=1
statusline github.com/emiago/sipgo/sip.NewResponse format=1
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tableEntries(tables[0]) {
		if problem := e.check(pkgs); problem == "" {
			t.Errorf("%s: no problem found", e.source)
		}
	}
}

// loadReal loads patterns in the module in dir, with their dependencies,
// and returns every package by path.
func loadReal(t *testing.T, dir string, patterns []string) map[string]*types.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps,
		Dir:  filepath.FromSlash(dir),
		Env:  append(os.Environ(), "GOFLAGS=-mod=mod"),
	}
	roots, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatalf("loading %v in %s: %v", patterns, dir, err)
	}
	pkgs := map[string]*types.Package{}
	packages.Visit(roots, nil, func(p *packages.Package) {
		for _, err := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, err)
		}
		if p.Types != nil {
			pkgs[p.PkgPath] = p.Types
		}
	})
	for _, p := range roots {
		if pkgs[p.PkgPath] == nil {
			t.Fatalf("%s: not loaded", p.PkgPath)
		}
	}
	return pkgs
}

// A tableEntry is one directive of a table with what it must resolve to.
type tableEntry struct {
	source string // the directive as a table line would spell it
	check  func(pkgs map[string]*types.Package) string
}

func tableEntries(tb *table) []tableEntry {
	var entries []tableEntry
	if tb.constants != "" {
		path := tb.constants
		entries = append(entries, tableEntry{"constants " + path, func(pkgs map[string]*types.Package) string {
			pkg := pkgs[path]
			if pkg == nil {
				return "no such package"
			}
			if idx := indexConstants(pkg, tb.misnamed); idx[486] == nil || idx[200] == nil {
				return fmt.Sprintf("no constant for 486 or 200 among %d suggested", len(idx))
			}
			return ""
		}})
	}
	for _, name := range tb.misnamed {
		path := tb.constants
		entries = append(entries, tableEntry{"misnamed " + name, func(pkgs map[string]*types.Package) string {
			if pkg := pkgs[path]; pkg == nil || pkg.Scope().Lookup(name) == nil {
				return "no such constant in " + path
			}
			return ""
		}})
	}
	for _, c := range tb.calls {
		entries = append(entries, tableEntry{fmt.Sprintf("call %s", c.fn), func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, c.fn).(*types.Func)
			if !ok {
				return "no such function or method"
			}
			params := fn.Signature().Params()
			if c.code >= params.Len() || !isInteger(params.At(c.code).Type()) {
				return fmt.Sprintf("parameter %d of %s is not an integer code", c.code, fn.Signature())
			}
			if c.reason >= 0 && (c.reason >= params.Len() || !allBasic(params.At(c.reason).Type(), types.IsString)) {
				return fmt.Sprintf("parameter %d of %s is not a string reason", c.reason, fn.Signature())
			}
			return ""
		}})
	}
	for _, r := range tb.fields {
		entries = append(entries, tableEntry{"field " + r.source, func(pkgs map[string]*types.Package) string {
			v, ok := lookup(pkgs, r).(*types.Var)
			if !ok || !v.IsField() || !isInteger(v.Type()) {
				return "no such integer field"
			}
			return ""
		}})
	}
	for _, r := range tb.results {
		entries = append(entries, tableEntry{"result " + r.source, func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, r).(*types.Func)
			if !ok {
				return "no such function or method"
			}
			if res := fn.Signature().Results(); res.Len() != 1 || !isInteger(res.At(0).Type()) {
				return fmt.Sprintf("%s does not return one integer", fn.Signature())
			}
			return ""
		}})
	}
	for _, r := range tb.types {
		entries = append(entries, tableEntry{"type " + r.source, func(pkgs map[string]*types.Package) string {
			tn, ok := lookup(pkgs, r).(*types.TypeName)
			if !ok {
				return "no such type"
			}
			if _, ok := types.Unalias(tn.Type()).(*types.Named); !ok || !isInteger(tn.Type()) {
				return "not a defined integer type"
			}
			return ""
		}})
	}
	for _, e := range tb.equals {
		entries = append(entries, tableEntry{fmt.Sprintf("equal %s", e.fn), func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, e.fn).(*types.Func)
			if !ok {
				return "no such function or method"
			}
			if params := fn.Signature().Params(); max(e.a, e.b) >= params.Len() || !types.Identical(params.At(e.a).Type(), params.At(e.b).Type()) {
				return fmt.Sprintf("parameters %d and %d of %s are not two values of one type", e.a, e.b, fn.Signature())
			}
			return ""
		}})
	}
	for _, sl := range tb.statusLines {
		entries = append(entries, tableEntry{fmt.Sprintf("statusline %s", sl.fn), func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, sl.fn).(*types.Func)
			if !ok {
				return "no such function or method"
			}
			sig := fn.Signature()
			if sig.Params().Len() != sl.format+2 || !sig.Variadic() || !allBasic(sig.Params().At(sl.format).Type(), types.IsString) {
				return fmt.Sprintf("%s is not printf-like with its format at %d", sig, sl.format)
			}
			return ""
		}})
	}
	for _, path := range tb.foreign {
		entries = append(entries, tableEntry{"foreign " + path, func(pkgs map[string]*types.Package) string {
			if pkgs[path] == nil {
				return "no such package"
			}
			return ""
		}})
	}
	return entries
}
