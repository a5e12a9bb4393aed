package stacks

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/sipcode/sipcode/internal/astx"
)

// A realModule is packages of a real module, loaded from a module of this
// repository that requires it.
type realModule struct {
	name     string // a loaded version, as expectations name it
	dir      string // relative to internal/stacks
	patterns []string
}

// The real modules the Go module proxy serves, each loaded from a small
// module of this repository that requires it (sipgo v0 and v1 cannot share
// one module). .ci/run downloads them.
var realModules = []realModule{
	{"sipgo v1.7.2", "../../examples/demo", []string{"github.com/emiago/sipgo", "github.com/emiago/sipgo/sip"}},
	{"diago v0.42.1", "../../examples/demo", []string{"github.com/emiago/diago"}},
	{"sipgo v0.22.0", "../../e2e/testdata/sipgov0", []string{"github.com/emiago/sipgo", "github.com/emiago/sipgo/sip"}},
	{"livekit/protocol v1.54.1", "../../e2e/testdata/livekit", []string{"github.com/livekit/protocol/livekit"}},
	// The fork livekit's SIP bridge pins, on emiago/sipgo v1.2.1.
	{livekitSipgo, "../../e2e/testdata/livekitsipgo", []string{"github.com/livekit/sipgo", "github.com/livekit/sipgo/sip", "github.com/livekit/sipgo/transaction"}},
	{"testify v1.11.1", "../../examples/idioms", []string{"github.com/stretchr/testify/assert", "github.com/stretchr/testify/require"}},
}

const livekitSipgo = "livekit/sipgo v0.13.2-0.20260519205735-a5b4a38b6ceb"

// loadedIn says, for each built-in table of a library the proxy serves, in
// which loaded versions its entries must resolve: every entry in each of
// them, unless onlyIn says otherwise.
var loadedIn = map[string][]string{
	"sipgo":            {"sipgo v1.7.2", "sipgo v0.22.0"},
	"diago":            {"diago v0.42.1"},
	"livekit-protocol": {"livekit/protocol v1.54.1"},
	"livekit-sipgo":    {livekitSipgo},
	"other-protocols":  {"sipgo v1.7.2"}, // net/http, which sipgo imports
	"sipfrag":          {"sipgo v1.7.2"}, // fmt, which sipgo imports
	"testify":          {"testify v1.11.1"},
}

// onlyIn lists the entries that exist in some loaded versions of their
// library only; they must resolve in exactly those.
var onlyIn = map[string][]string{
	// The typed era: in v1 codes are plain ints and there is no StatusCode.
	"type github.com/emiago/sipgo/sip.StatusCode": {"sipgo v0.22.0"},
	// Refer-To and Referred-By came with v1.
	"reader (*github.com/emiago/sipgo/sip.headers).ReferTo":    {"sipgo v1.7.2"},
	"reader (*github.com/emiago/sipgo/sip.headers).ReferredBy": {"sipgo v1.7.2"},
	"headertype github.com/emiago/sipgo/sip.ReferToHeader":     {"sipgo v1.7.2"},
	"headertype github.com/emiago/sipgo/sip.ReferredByHeader":  {"sipgo v1.7.2"},
	// v1 ends a handler's transaction gracefully.
	"ends (*github.com/emiago/sipgo/sip.ServerTx).TerminateGracefully": {"sipgo v1.7.2"},
	// The dialog cache and UA of v1 (v0.22.0 has DialogServer instead).
	"dialog (*github.com/emiago/sipgo.DialogServerCache).ReadInvite": {"sipgo v1.7.2"},
	"dialog (*github.com/emiago/sipgo.DialogUA).ReadInvite":          {"sipgo v1.7.2"},
	// valyala/fasthttp is not among the loaded modules.
	"foreign github.com/valyala/fasthttp": {},
}

// checkedByHand are the built-in tables of libraries the proxy does not
// serve: each table file names the commit of the published source its
// entries were checked against.
var checkedByHand = []string{"gosip", "go-sip-ua", "jart-gosip", "gossip"}

// TestTablesOnRealModules loads the real modules and fails on any built-in
// table entry that does not resolve, or resolves to the wrong kind of
// object (a call whose code parameter is not an integer, a reason that is
// not a string, a sender that takes no response, an adder not named by its
// declaring type, ...), in the versions it must resolve in.
func TestTablesOnRealModules(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	versions := map[string]map[string]*types.Package{}
	for _, m := range realModules {
		versions[m.name] = loadReal(t, m.dir, m.patterns)
	}
	for _, tb := range Builtin() {
		names, served := loadedIn[tb.Name]
		if !served {
			if !slices.Contains(checkedByHand, tb.Name) {
				t.Errorf("built-in table %q is neither loaded here nor listed as checked by hand", tb.Name)
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

// TestLivekitSipgoOnItsSipgo: the fork's Request, Response and headers are
// aliases of emiago's v1.2.1, so its responses are followed by the sipgo
// table's lines for emiago's sip package (adders, readers, typed headers,
// request, the field): each must resolve on that v1.2.1 too, as in the v1
// the sipgo table is checked on.
func TestLivekitSipgoOnItsSipgo(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	i := slices.IndexFunc(realModules, func(m realModule) bool { return m.name == livekitSipgo })
	pkgs := loadReal(t, realModules[i].dir, realModules[i].patterns)
	if pkgs["github.com/emiago/sipgo/sip"] == nil {
		t.Fatal("the fork does not import github.com/emiago/sipgo/sip")
	}
	checked := 0
	for _, tb := range Builtin() {
		if tb.Name != "sipgo" {
			continue
		}
		for _, e := range tableEntries(tb) {
			if !strings.Contains(e.source, "github.com/emiago/sipgo/sip.") {
				continue // the root package (Server, DialogServerSession): not the fork's
			}
			if only, ok := onlyIn[e.source]; ok && !slices.Contains(only, "sipgo v1.7.2") {
				continue // v0 only
			}
			checked++
			if problem := e.check(pkgs); problem != "" {
				t.Errorf("%s: %s: on the fork's emiago v1.2.1: %s", tb.file, e.source, problem)
			}
		}
	}
	if checked < 40 {
		t.Errorf("%d sipgo entries checked, want the sip package's (40 or more)", checked)
	}
}

// TestDiagoRespondIsSipgos: diago's table needs no Respond line, since
// DialogServerSession.Respond is sipgo's method, promoted through embedding.
func TestDiagoRespondIsSipgos(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	pkgs := loadReal(t, "../../examples/demo", []string{"github.com/emiago/diago"})
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

// TestResponseMethodsByObject: on the real sipgo, res.AppendHeader(h) on a
// *sip.Response selects the method declared on the embedded unexported
// headers (through MessageData), the very object the built-in table's
// adder line resolves to; so do the replacer and a reader declared on
// MessageData, and a method no line names maps to nothing.
func TestResponseMethodsByObject(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	const src = `package p

import "github.com/emiago/sipgo/sip"

func f(res *sip.Response, h sip.Header) {
	res.AppendHeader(h)
	res.ReplaceHeader(h)
	_ = res.Body()
	res.RemoveHeader("Contact")
}
`
	want := map[string]struct {
		declared string
		kind     MethodKind
	}{
		"AppendHeader":  {"(*github.com/emiago/sipgo/sip.headers).AppendHeader", Adder},
		"ReplaceHeader": {"(*github.com/emiago/sipgo/sip.headers).ReplaceHeader", Replacer},
		"Body":          {"(*github.com/emiago/sipgo/sip.MessageData).Body", Reader},
		"RemoveHeader":  {"(*github.com/emiago/sipgo/sip.headers).RemoveHeader", Unlisted},
	}
	for _, m := range realModules {
		if !strings.HasPrefix(m.name, "sipgo ") {
			continue
		}
		t.Run(m.name, func(t *testing.T) {
			pkgs := loadReal(t, m.dir, m.patterns)
			fset := token.NewFileSet()
			file, err := parser.ParseFile(fset, "p.go", src, 0)
			if err != nil {
				t.Fatal(err)
			}
			info := &types.Info{Selections: map[*ast.SelectorExpr]*types.Selection{}}
			conf := types.Config{Importer: loadedImporter(pkgs)}
			if _, err := conf.Check("p", fset, []*ast.File{file}, info); err != nil {
				t.Fatal(err)
			}
			ps := ResolveProto(Builtin(), pkgs)
			if len(info.Selections) != len(want) {
				t.Errorf("%d selections, want %d", len(info.Selections), len(want))
			}
			for sel, s := range info.Selections {
				w := want[sel.Sel.Name]
				fn, ok := s.Obj().(*types.Func)
				if !ok || s.Kind() != types.MethodVal {
					t.Errorf("%s: selects %v", sel.Sel.Name, s)
					continue
				}
				ref, err := parseObjRef(w.declared, true)
				if err != nil {
					t.Fatal(err)
				}
				if fn.FullName() != w.declared || lookup(pkgs, ref) != fn {
					t.Errorf("%s: selects %s, want the object of %s", sel.Sel.Name, fn.FullName(), w.declared)
				}
				if got := ps.Methods[fn.Origin()]; got != w.kind {
					t.Errorf("%s: kind %d, want %d", sel.Sel.Name, got, w.kind)
				}
			}
		})
	}
}

// loadedImporter imports from the packages loadReal returned.
type loadedImporter map[string]*types.Package

func (l loadedImporter) Import(path string) (*types.Package, error) {
	if p := l[path]; p != nil {
		return p, nil
	}
	return nil, fmt.Errorf("%s: not loaded", path)
}

// TestTableEntryCheck: the check catches a typo, a missing method, a code
// index past the parameters, a reason that is not a string, an equal line
// whose values differ in type and a statusline that is not printf-like.
func TestTableEntryCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	pkgs := loadReal(t, "../../examples/demo", []string{"github.com/emiago/sipgo", "github.com/emiago/sipgo/sip"})
	tables, err := Parse("bad.stack", []byte(`library bad
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

// TestProtoEntryCheck: the check catches, in the protocol directives, a
// typo in each, a sender that takes no response, a method named through an
// embedding type or with the wrong receiver form, an adder or replacer
// that takes no header, a header name parameter that is not a string, an
// interface as a typed header, a handler parameter that is not a function,
// and req= and headers= keys on parameters of the wrong kind.
func TestProtoEntryCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	pkgs := loadReal(t, "../../examples/demo", []string{"github.com/emiago/sipgo", "github.com/emiago/sipgo/sip"})
	// Each line with the problem it must get; "" for the lines the others
	// need (a response to send, a request type), which must have none.
	lines := []struct{ line, want string }{
		{"call github.com/emiago/sipgo/sip.NewResponse code=0 reason=1 response", ""},
		{"request github.com/emiago/sipgo/sip.Request", ""},
		{"call github.com/emiago/sipgo/sip.NewResponseFromRequest code=1 reason=2 req=3", "req=3: parameter 3 of"},
		{"call (*github.com/emiago/sipgo.DialogServerSession).Respond code=0 reason=1 headers=2", "is not a slice or variadic list of headers"},
		{"sender (*github.com/emiago/sipgo/sip.ServerTx).Respon", "no such function or method"},
		{"sender github.com/emiago/sipgo/sip.NewHeader", "takes no response"},
		{"adder (*github.com/emiago/sipgo/sip.headers).AppendHeadr", "no such method"},
		{"adder (*github.com/emiago/sipgo/sip.Response).AppendHeader", "declared as (*github.com/emiago/sipgo/sip.headers).AppendHeader: name it so"},
		{"adder (*github.com/emiago/sipgo/sip.headers).RemoveHeader", "takes no header"},
		{"replacer (*github.com/emiago/sipgo/sip.headers).Headers", "takes no header"},
		{"reader (github.com/emiago/sipgo/sip.headers).Via", "declared as (*github.com/emiago/sipgo/sip.headers).Via"},
		{"reader (*github.com/emiago/sipgo/sip.Respons).String", "no such method"},
		{"headerctor github.com/emiago/sipgo/sip.NewHeader name=2", "name=2: parameter 2 of"},
		{"headerctor github.com/emiago/sipgo/sip.NewResponse name=0", "is not a string"},
		{"headertype github.com/emiago/sipgo/sip.ContactHeadr Contact", "no such type"},
		{"headertype github.com/emiago/sipgo/sip.Header Contact", "an interface"},
		{"headername github.com/emiago/sipgo/sip.Response.StatusCode", "no such string field"},
		{"headerfield github.com/emiago/sipgo/sip.Response.Contact Contact", "no such field"},
		{"handler (*github.com/emiago/sipgo.Server).OnInvit method=INVITE arg=0", "no such function or method"},
		{"handler (*github.com/emiago/sipgo.Server).OnRequest method=@1 arg=0", "arg=0: parameter 0 of"},
		{"handler (*github.com/emiago/sipgo.Server).OnInvite method=INVITE arg=1", "has no parameter 1"},
		{"request github.com/emiago/sipgo/sip.Requst", "no such type"},
	}
	src := "library badproto\n"
	for _, l := range lines {
		src += l.line + "\n"
	}
	tables, err := Parse("badproto.stack", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	entries := tableEntries(tables[0])
	if len(entries) != len(lines) {
		t.Fatalf("%d entries, want one a line (%d)", len(entries), len(lines))
	}
	// Entries come grouped by directive, not in line order: match them by
	// source, each a prefix of its line.
	for _, l := range lines {
		i := slices.IndexFunc(entries, func(e tableEntry) bool { return strings.HasPrefix(l.line+" ", e.source+" ") })
		if i < 0 {
			t.Errorf("%s: no entry", l.line)
			continue
		}
		problem := entries[i].check(pkgs)
		entries = slices.Delete(entries, i, i+1)
		switch {
		case l.want == "" && problem != "":
			t.Errorf("%s: %s", l.line, problem)
		case l.want != "" && !strings.Contains(problem, l.want):
			t.Errorf("%s: problem %q, want %q", l.line, problem, l.want)
		}
	}
}

// loadReal loads patterns in the module in dir, with their dependencies,
// and returns every package by path.
func loadReal(t *testing.T, dir string, patterns []string) map[string]*types.Package {
	t.Helper()
	return loadTypes(t, filepath.FromSlash(dir), []string{"GOFLAGS=-mod=mod"}, patterns)
}

// loadTypes loads patterns in dir with env added to the environment, and
// returns every package by path; a package error fails the test.
func loadTypes(t *testing.T, dir string, env, patterns []string) map[string]*types.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps,
		Dir:  dir,
		Env:  append(os.Environ(), env...),
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

func tableEntries(tb *Table) []tableEntry {
	var entries []tableEntry
	if tb.Constants != "" {
		path := tb.Constants
		entries = append(entries, tableEntry{"constants " + path, func(pkgs map[string]*types.Package) string {
			pkg := pkgs[path]
			if pkg == nil {
				return "no such package"
			}
			if idx := IndexConstants(pkg, tb.Misnamed); idx[486] == nil || idx[200] == nil {
				return fmt.Sprintf("no constant for 486 or 200 among %d suggested", len(idx))
			}
			return ""
		}})
	}
	for _, name := range tb.Misnamed {
		path := tb.Constants
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
			if c.code >= params.Len() || !astx.IsInteger(params.At(c.code).Type()) {
				return fmt.Sprintf("parameter %d of %s is not an integer code", c.code, fn.Signature())
			}
			if c.reason >= 0 && (c.reason >= params.Len() || !astx.IsString(params.At(c.reason).Type())) {
				return fmt.Sprintf("parameter %d of %s is not a string reason", c.reason, fn.Signature())
			}
			if c.proto.Req >= 0 && (c.proto.Req >= params.Len() || !isRequestType(tb, pkgs, params.At(c.proto.Req).Type())) {
				return fmt.Sprintf("req=%d: parameter %d of %s is not a request (%s)", c.proto.Req, c.proto.Req, fn.Signature(), requestLines(tb))
			}
			if c.proto.Headers >= 0 && (c.proto.Headers >= params.Len() || !isHeaderSlice(params.At(c.proto.Headers).Type())) {
				return fmt.Sprintf("headers=%d: parameter %d of %s is not a slice or variadic list of headers", c.proto.Headers, c.proto.Headers, fn.Signature())
			}
			return ""
		}})
	}
	entries = append(entries, protoEntries(tb)...)
	entries = append(entries, txEntries(tb)...)
	for _, r := range tb.fields {
		entries = append(entries, tableEntry{"field " + r.source, func(pkgs map[string]*types.Package) string {
			v, ok := lookup(pkgs, r).(*types.Var)
			if !ok || !v.IsField() || !astx.IsInteger(v.Type()) {
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
			if res := fn.Signature().Results(); res.Len() != 1 || !astx.IsInteger(res.At(0).Type()) {
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
			// An alias of an integer type is taken too (livekit's
			// StatusCode = int): its values are those spelled with it.
			if basic, ok := types.Unalias(tn.Type()).(*types.Basic); ok && tn.IsAlias() && basic.Info()&types.IsInteger != 0 {
				return ""
			}
			if _, ok := types.Unalias(tn.Type()).(*types.Named); !ok || !astx.IsInteger(tn.Type()) {
				return "not a defined integer type, nor an alias of an integer type"
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
			if params := fn.Signature().Params(); max(e.A, e.B) >= params.Len() || !types.Identical(params.At(e.A).Type(), params.At(e.B).Type()) {
				return fmt.Sprintf("parameters %d and %d of %s are not two values of one type", e.A, e.B, fn.Signature())
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
			if sig.Params().Len() != sl.format+2 || !sig.Variadic() || !astx.IsString(sig.Params().At(sl.format).Type()) {
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

// protoEntries are the protocol directives of a table (prototable.go), with
// what each must resolve to.
func protoEntries(tb *Table) []tableEntry {
	p := &tb.proto
	var entries []tableEntry
	for _, l := range p.constructors {
		entries = append(entries, tableEntry{"constructor " + l.fn.source, func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, l.fn).(*types.Func)
			if !ok {
				return "no such function or method"
			}
			sig := fn.Signature()
			if res := responseTypes(tb, pkgs); !l.proto.Sends && (sig.Results().Len() != 1 || !slices.ContainsFunc(res, func(r types.Type) bool { return types.Identical(r, sig.Results().At(0).Type()) })) {
				return fmt.Sprintf("%s does not return the response the table's call lines build", sig)
			}
			if params := sig.Params(); l.proto.Req >= 0 && (l.proto.Req >= params.Len() || !isRequestType(tb, pkgs, params.At(l.proto.Req).Type())) {
				return fmt.Sprintf("req=%d: parameter %d of %s is not a request (%s)", l.proto.Req, l.proto.Req, sig, requestLines(tb))
			}
			return ""
		}})
	}
	for _, l := range p.senders {
		entries = append(entries, tableEntry{"sender " + l.fn.source, func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, l.fn).(*types.Func)
			if !ok {
				return "no such function or method"
			}
			responses := responseTypes(tb, pkgs)
			if len(responses) == 0 {
				return "no call line of the table builds a response to compare with"
			}
			params := fn.Signature().Params()
			for i := range params.Len() {
				if slices.ContainsFunc(responses, func(r types.Type) bool { return types.Identical(r, params.At(i).Type()) }) {
					return ""
				}
			}
			return fmt.Sprintf("%s takes no response (%s)", fn.Signature(), responses[0])
		}})
	}
	for _, m := range []struct {
		directive string
		refs      []objRef
	}{{"adder", p.adders}, {"replacer", p.replacers}, {"reader", p.readers}} {
		for _, r := range m.refs {
			entries = append(entries, tableEntry{m.directive + " " + r.source, func(pkgs map[string]*types.Package) string {
				fn, ok := lookup(pkgs, r).(*types.Func)
				if !ok || fn.Signature().Recv() == nil {
					return "no such method"
				}
				// Named by the type that declares it, as FullName prints it:
				// through an embedding type it resolves all the same, but the
				// line would not say which object it matches.
				if fn.FullName() != r.source {
					return fmt.Sprintf("declared as %s: name it so", fn.FullName())
				}
				if m.directive == "reader" {
					return ""
				}
				params := fn.Signature().Params()
				for i := range params.Len() {
					if !astx.IsString(params.At(i).Type()) {
						return ""
					}
				}
				return fmt.Sprintf("%s takes no header", fn.Signature())
			}})
		}
	}
	for _, l := range p.headerCtors {
		entries = append(entries, tableEntry{"headerctor " + l.fn.source, func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, l.fn).(*types.Func)
			if !ok {
				return "no such function or method"
			}
			if params := fn.Signature().Params(); l.name >= params.Len() || !astx.IsString(params.At(l.name).Type()) {
				return fmt.Sprintf("name=%d: parameter %d of %s is not a string", l.name, l.name, fn.Signature())
			}
			return ""
		}})
	}
	for _, l := range p.headerTypes {
		entries = append(entries, tableEntry{"headertype " + l.ref.source, func(pkgs map[string]*types.Package) string {
			if problem := definedType(pkgs, l.ref); problem != "" {
				return problem
			}
			// An interface would give every header of it one name.
			if types.IsInterface(lookup(pkgs, l.ref).Type()) {
				return "an interface, not one header's type"
			}
			return ""
		}})
	}
	for _, r := range p.requests {
		entries = append(entries, tableEntry{"request " + r.source, func(pkgs map[string]*types.Package) string {
			return definedType(pkgs, r)
		}})
	}
	for _, r := range p.headerNames {
		entries = append(entries, tableEntry{"headername " + r.source, func(pkgs map[string]*types.Package) string {
			if v, ok := lookup(pkgs, r).(*types.Var); !ok || !v.IsField() || !astx.IsString(v.Type()) {
				return "no such string field"
			}
			return ""
		}})
	}
	for _, l := range p.headerFields {
		entries = append(entries, tableEntry{"headerfield " + l.ref.source, func(pkgs map[string]*types.Package) string {
			if v, ok := lookup(pkgs, l.ref).(*types.Var); !ok || !v.IsField() {
				return "no such field"
			}
			return ""
		}})
	}
	for _, h := range p.handlers {
		entries = append(entries, tableEntry{"handler " + h.fn.source, func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, h.fn).(*types.Func)
			if !ok {
				return "no such function or method"
			}
			params := fn.Signature().Params()
			if h.Arg >= params.Len() {
				return fmt.Sprintf("arg=%d: %s has no parameter %d", h.Arg, fn.Signature(), h.Arg)
			}
			handler, ok := params.At(h.Arg).Type().Underlying().(*types.Signature)
			if !ok {
				return fmt.Sprintf("arg=%d: parameter %d of %s is not a function", h.Arg, h.Arg, fn.Signature())
			}
			if h.MethodArg >= 0 && (h.MethodArg >= params.Len() || !astx.IsString(params.At(h.MethodArg).Type())) {
				return fmt.Sprintf("method=@%d: parameter %d of %s is not a string method", h.MethodArg, h.MethodArg, fn.Signature())
			}
			if len(p.requests) > 0 {
				hp := handler.Params()
				for i := range hp.Len() {
					if isRequestType(tb, pkgs, hp.At(i).Type()) {
						return ""
					}
				}
				return fmt.Sprintf("arg=%d: the handler %s takes no request (%s)", h.Arg, handler, requestLines(tb))
			}
			return ""
		}})
	}
	return entries
}

// definedType checks that ref names a defined type.
func definedType(pkgs map[string]*types.Package, ref objRef) string {
	tn, ok := lookup(pkgs, ref).(*types.TypeName)
	if !ok {
		return "no such type"
	}
	if _, ok := types.Unalias(tn.Type()).(*types.Named); !ok {
		return "not a defined type"
	}
	return ""
}

// responseTypes returns the result types of the table's calls that build a
// response without sending it (sip.NewResponse's *sip.Response).
func responseTypes(tb *Table, pkgs map[string]*types.Package) []types.Type {
	var out []types.Type
	for _, c := range tb.calls {
		if !c.proto.Builds || c.proto.Sends {
			continue
		}
		if fn, ok := lookup(pkgs, c.fn).(*types.Func); ok && fn.Signature().Results().Len() == 1 {
			out = append(out, fn.Signature().Results().At(0).Type())
		}
	}
	return out
}

// isRequestType reports whether t is, through a pointer, one of the
// table's request types; a table without request lines takes any defined
// type.
func isRequestType(tb *Table, pkgs map[string]*types.Package, t types.Type) bool {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	if len(tb.proto.requests) == 0 {
		return true
	}
	for _, r := range tb.proto.requests {
		if tn, ok := lookup(pkgs, r).(*types.TypeName); ok && types.Identical(tn.Type(), named) {
			return true
		}
	}
	return false
}

func requestLines(tb *Table) string {
	if len(tb.proto.requests) == 0 {
		return "a defined type"
	}
	var names []string
	for _, r := range tb.proto.requests {
		names = append(names, r.source)
	}
	return "want " + strings.Join(names, " or ")
}

// isHeaderSlice reports whether t is a slice of headers: of an interface
// or a defined type, not of bytes or strings.
func isHeaderSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	_, basic := s.Elem().Underlying().(*types.Basic)
	return !basic
}
