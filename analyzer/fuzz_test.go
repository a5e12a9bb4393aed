package analyzer

// FuzzAnalyzer generates Go files that use stubs of sipgo, of a library
// with a named status type, and of net/http, with codes written in every
// way Go allows, in every code position the analyzer knows; it runs the
// analyzer and checks its fixes:
//
//   - applied all together, as the drivers apply them, they do not
//     conflict, and the file still parses and type checks;
//   - each literal fix keeps the constant value and type at its position;
//   - a second run offers no fix at a fixed position (a fixed point);
//   - no panic, and every diagnostic lies inside the file.
//
// The default go test runs the seed corpus in testdata/fuzz/FuzzAnalyzer.
// To fuzz:
//
//	go test ./analyzer -run '^$' -fuzz FuzzAnalyzer -fuzztime 20s

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/internal/finding"
	"github.com/sipcode/sipcode/internal/stacks"
)

// fuzzStubs are checked in this order; each imports only earlier ones.
var fuzzStubs = []struct{ path, src string }{
	{"net/http", `package http

const (
	StatusSwitchingProtocols = 101
	StatusOK                 = 200
	StatusUnauthorized       = 401
	StatusNotFound           = 404
	StatusConflict           = 409
	StatusTeapot             = 418
)
`},
	{"github.com/emiago/sipgo/sip", `package sip

type Header interface{ Name() string }

type Request struct{ Method string }

type Response struct {
	Reason     string
	StatusCode int
}

func NewResponse(statusCode int, reason string) *Response { return nil }

func NewResponseFromRequest(req *Request, statusCode int, reason string, body []byte) *Response {
	return nil
}

const (
	StatusTrying                       = 100
	StatusRinging                      = 180
	StatusSessionInProgress            = 183
	StatusOK                           = 200
	StatusAccepted                     = 202
	StatusMovedTemporarily             = 302
	StatusBadRequest                   = 400
	StatusUnauthorized                 = 401
	StatusNotFound                     = 404
	StatusRequestedRangeNotSatisfiable = 416
	StatusTemporarilyUnavailable       = 480
	StatusBusyHere                     = 486
	StatusRequestTerminated            = 487
	StatusInternalServerError          = 500
	StatusServiceUnavailable           = 503
	StatusGlobalDecline                = 603
)
`},
	{"example.com/status", `package status

type Code int

const (
	Trying   Code = 100
	OK       Code = 200
	NotFound Code = 404
	BusyHere Code = 486
	Decline  Code = 603
)

type Msg struct {
	Status Code
	Text   string
}

func Send(c Code, reason string) {}

type Conn struct{}

func (*Conn) Reply(reason string, c Code) {}

func (*Conn) Last() int { return 0 }
`},
	{"github.com/emiago/sipgo", `package sipgo

import (
	"example.com/status"
	"github.com/emiago/sipgo/sip"
)

type DialogServerSession struct{}

func (*DialogServerSession) Respond(statusCode int, reason string, body []byte, headers ...sip.Header) error {
	return nil
}

func Dialog() *DialogServerSession { return nil }
func GetRes() *sip.Response       { return nil }
func GetReq() *sip.Request        { return nil }
func Headers() []sip.Header       { return nil }
func GetConn() *status.Conn       { return nil }
func GetMsg() *status.Msg         { return nil }
func GetLast() status.Code        { return 0 }
`},
}

// fuzzTable makes the status stub a library with a named status type, on
// top of the built-in tables (sipgo's, and net/http as a foreign package).
const fuzzTable = `library fuzzstatus
constants example.com/status
type example.com/status.Code
call example.com/status.Send code=0 reason=1
call (*example.com/status.Conn).Reply code=1 reason=0
field example.com/status.Msg.Status
result (*example.com/status.Conn).Last
`

var (
	stubsOnce sync.Once
	stubPkgs  map[string]*types.Package
	stubErr   error
	fuzzExtra []*stacks.Table
)

func fuzzStubPackages(t testing.TB) map[string]*types.Package {
	stubsOnce.Do(func() {
		stubPkgs = map[string]*types.Package{}
		fset := token.NewFileSet()
		for _, s := range fuzzStubs {
			f, err := parser.ParseFile(fset, s.path+"/stub.go", s.src, 0)
			if err != nil {
				stubErr = err
				return
			}
			conf := types.Config{Importer: mapImporter(stubPkgs)}
			pkg, err := conf.Check(s.path, fset, []*ast.File{f}, nil)
			if err != nil {
				stubErr = fmt.Errorf("%s: %v", s.path, err)
				return
			}
			stubPkgs[s.path] = pkg
		}
		fuzzExtra, stubErr = stacks.Parse("fuzz.stack", []byte(fuzzTable))
	})
	if stubErr != nil {
		t.Fatal(stubErr)
	}
	return stubPkgs
}

type mapImporter map[string]*types.Package

func (m mapImporter) Import(path string) (*types.Package, error) {
	if p := m[path]; p != nil {
		return p, nil
	}
	return nil, fmt.Errorf("no package %q", path)
}

// typeCheck parses and checks a one-file package p.
func typeCheck(t testing.TB, src []byte) (*token.FileSet, *ast.File, *types.Package, *types.Info, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	info := newTypesInfo()
	conf := types.Config{Importer: mapImporter(fuzzStubPackages(t)), GoVersion: "go1.26"}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, info)
	return fset, f, pkg, info, err
}

// analyze runs the analyzer on a checked file, as a driver would.
func analyze(fset *token.FileSet, f *ast.File, pkg *types.Package, info *types.Info, cross bool) ([]analysis.Diagnostic, error) {
	o := defaultOptions()
	o.extra = fuzzExtra
	o.crossPackage = cross
	var diags []analysis.Diagnostic
	pass := newPass(fset, []*ast.File{f}, pkg, info, func(d analysis.Diagnostic) { diags = append(diags, d) })
	_, err := run(pass, o)
	return diags, err
}

// An edit is a text edit as byte offsets.
type edit struct {
	start, end int
	text       string
	main       bool // the edit that replaces the diagnostic's node
	literal    bool // of a literal fix: the value must be kept
}

func FuzzAnalyzer(f *testing.F) {
	for _, seed := range [][]byte{
		{},
		{1, 0, 1, 0, 0, 0},
		{3, 3, 1, 1, 2, 5, 9, 1},
		{0, 0, 0, 0, 7, 3, 4, 2, 8, 1},
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src := generate(data)
		checkFixes(t, src, len(data) > 0 && data[0]&0x80 != 0, !importConflictBug)
	})
}

// fixRegressions are minimized inputs on which checkFixes once failed.
var fixRegressions = []struct {
	name, bug, src string // bug: why the case is skipped while it still fails
}{
	{
		name: "import-group-conflict",
		bug:  "report.go importEdit: two different imports added to a single ungrouped import conflict",
		src: `package p

import "github.com/emiago/sipgo"

func f() {
	sipgo.GetRes().StatusCode = 200
	if sipgo.GetLast() == 486 {
	}
}
`,
	},
}

func TestFixRegressions(t *testing.T) {
	for _, tt := range fixRegressions {
		t.Run(tt.name, func(t *testing.T) {
			if tt.bug != "" && importConflictBug {
				t.Skip("known bug: " + tt.bug)
			}
			if _, _, _, _, err := typeCheck(t, []byte(tt.src)); err != nil {
				t.Fatalf("the case does not type check: %v", err)
			}
			checkFixes(t, []byte(tt.src), false, true)
			checkFixes(t, []byte(tt.src), true, true)
		})
	}
}

// checkFixes checks the analyzer's fixes on src; src that does not type
// check is not a test case.
func checkFixes(t *testing.T, src []byte, cross, strict bool) {
	t.Helper()
	fset, file, pkg, info, err := typeCheck(t, src)
	if err != nil {
		return
	}
	diags, err := analyze(fset, file, pkg, info, cross)
	if err != nil {
		t.Fatalf("analyzer error: %v\n%s", err, src)
	}
	tf := fset.File(file.Pos())
	offset := func(p token.Pos) int {
		if !p.IsValid() || p < token.Pos(tf.Base()) || int(p) > tf.Base()+tf.Size() {
			t.Fatalf("position %d outside the file\n%s", p, src)
		}
		return tf.Offset(p)
	}
	var fixes [][]edit
	for _, d := range diags {
		if d.End.IsValid() && d.End < d.Pos {
			t.Fatalf("diagnostic %q ends before it starts", d.Message)
		}
		offset(d.Pos)
		if len(d.SuggestedFixes) > 1 {
			t.Errorf("%q: %d fixes, want at most one", d.Message, len(d.SuggestedFixes))
		}
		for _, fix := range d.SuggestedFixes {
			var edits []edit
			for _, e := range fix.TextEdits {
				main := e.Pos == d.Pos && e.End == d.End
				edits = append(edits, edit{offset(e.Pos), offset(e.End), string(e.NewText), main, main && d.Category == finding.Literal})
			}
			fixes = append(fixes, edits)
		}
	}
	if len(fixes) == 0 {
		return
	}
	fixed, at, err := applyFixes(src, fixes, strict)
	if err != nil {
		t.Fatalf("%v\n%s", err, describe(src, fset, diags))
	}
	fset2, file2, pkg2, info2, err := typeCheck(t, fixed)
	if err != nil {
		t.Fatalf("the fixed file does not build: %v\n--- fixed:\n%s\n%s", err, fixed, describe(src, fset, diags))
	}
	// Values: each literal fix writes an expression of the same constant
	// value and type as the one it replaces.
	for _, e := range at {
		if !e.literal {
			continue
		}
		old := exprAt(file, tf, e.oldStart, e.oldEnd)
		tf2 := fset2.File(file2.Pos())
		neu := exprAt(file2, tf2, e.start, e.end)
		if old == nil || neu == nil {
			t.Fatalf("no expression at the fixed position %d (%v, %v)\n--- fixed:\n%s\n%s", e.start, old, neu, fixed, describe(src, fset, diags))
		}
		tv, tv2 := info.Types[old], info2.Types[neu]
		if tv.Value == nil || tv2.Value == nil || !constant.Compare(tv.Value, token.EQL, tv2.Value) {
			t.Errorf("fix %s -> %s changes the value: %v -> %v\n--- fixed:\n%s\n%s", src[e.oldStart:e.oldEnd], e.text, tv.Value, tv2.Value, fixed, describe(src, fset, diags))
		}
		if types.TypeString(tv.Type, nil) != types.TypeString(tv2.Type, nil) {
			t.Errorf("fix %s -> %s changes the type: %v -> %v\n--- fixed:\n%s\n%s", src[e.oldStart:e.oldEnd], e.text, tv.Type, tv2.Type, fixed, describe(src, fset, diags))
		}
	}
	// Fixed point: nothing more to fix where fixes wrote.
	again, err := analyze(fset2, file2, pkg2, info2, cross)
	if err != nil {
		t.Fatalf("analyzer error on the fixed file: %v", err)
	}
	tfa := fset2.File(file2.Pos())
	for _, d := range again {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		start, end := tfa.Offset(d.Pos), tfa.Offset(d.End)
		for _, e := range at {
			if e.main && start < e.end+1 && e.start <= end {
				t.Errorf("a second run offers another fix at a fixed position: %s: %s\n--- fixed:\n%s\n%s",
					fset2.Position(d.Pos), d.Message, fixed, describe(src, fset, diags))
			}
		}
	}
}

// A placed edit is where an edit's text lies in the fixed file.
type placed struct {
	edit
	oldStart, oldEnd int
}

// importConflictBug: two fixes in a file with a single ungrouped import,
// each adding a different import, rewrite the same import declaration in
// two different ways (report.go, importEdit, case len(last.Specs) == 1).
// The drivers apply one and drop the other, and -fix fails ("1 of 2 fixes
// skipped"). TestFixRegressions/import-group-conflict is the minimized
// case. While the bug is open, the fuzzer tolerates that conflict, as the
// drivers do, to find others; set it to false once importEdit is fixed.
const importConflictBug = false

// applyFixes merges the fixes' edits the way the drivers do: identical
// edits once, insertions at one point all kept, any other overlap a
// conflict. A conflict fails, unless !strict and it is between two import
// edits: then the later fix is dropped, as drivers drop it.
func applyFixes(src []byte, fixes [][]edit, strict bool) ([]byte, []placed, error) {
	var merged []edit
	overlap := func(a, b edit) bool {
		if a.start == b.start && a.end == b.end && a.text == b.text {
			return false // coalesced
		}
		return !(a.end <= b.start || b.end <= a.start)
	}
fixLoop:
	for _, fix := range fixes {
		for _, e := range fix {
			if e.end < e.start || e.start < 0 || e.end > len(src) {
				return nil, nil, fmt.Errorf("edit %q at %d..%d is outside the file", e.text, e.start, e.end)
			}
			for _, m := range merged {
				if overlap(e, m) {
					if !strict && !e.main && !m.main {
						continue fixLoop
					}
					return nil, nil, fmt.Errorf("conflicting edits: %q at %d..%d and %q at %d..%d", m.text, m.start, m.end, e.text, e.start, e.end)
				}
			}
		}
		for _, e := range fix {
			if !slices.ContainsFunc(merged, func(m edit) bool { return m.start == e.start && m.end == e.end && m.text == e.text }) {
				merged = append(merged, e)
			}
		}
	}
	slices.SortStableFunc(merged, func(a, b edit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var out bytes.Buffer
	var at []placed
	last := 0
	for _, e := range merged {
		out.Write(src[last:e.start])
		p := placed{edit: e, oldStart: e.start, oldEnd: e.end}
		p.start = out.Len()
		out.WriteString(e.text)
		p.end = out.Len()
		at = append(at, p)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes(), at, nil
}

// exprAt returns the outermost expression spanning exactly start..end.
func exprAt(file *ast.File, tf *token.File, start, end int) ast.Expr {
	var found ast.Expr
	ast.Inspect(file, func(n ast.Node) bool {
		if found != nil || n == nil {
			return false
		}
		if e, ok := n.(ast.Expr); ok && tf.Offset(n.Pos()) == start && tf.Offset(n.End()) == end {
			found = e
			return false
		}
		return tf.Offset(n.Pos()) <= start && end <= tf.Offset(n.End())
	})
	return found
}

func describe(src []byte, fset *token.FileSet, diags []analysis.Diagnostic) string {
	var b strings.Builder
	fmt.Fprintf(&b, "--- source:\n%s\n--- diagnostics:\n", src)
	for _, d := range diags {
		fmt.Fprintf(&b, "%s: %s [%s]", fset.Position(d.Pos), d.Message, d.Category)
		for _, fix := range d.SuggestedFixes {
			for _, e := range fix.TextEdits {
				fmt.Fprintf(&b, " {%d..%d %q}", fset.Position(e.Pos).Offset, fset.Position(e.End).Offset, e.NewText)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// The generator: data is a stream of choices; when it runs out, every
// choice is 0, so every input is a finite, valid program (or one the type
// checker rejects, which is not a test case).

type gen struct {
	data []byte
	pos  int

	sip, status, http, sipgo string // names the file imports them by: "" none, "." dot
	sipBlank                 bool
	used                     map[string]bool // packages referred to
	decls                    []string        // package-level declarations
	n                        int             // for fresh names
}

func (g *gen) more() bool { return g.pos < len(g.data) }

func (g *gen) pick(n int) int {
	if g.pos >= len(g.data) {
		return 0
	}
	b := g.data[g.pos]
	g.pos++
	return int(b&0x7f) % n
}

func (g *gen) fresh(prefix string) string {
	g.n++
	return fmt.Sprintf("%s%d", prefix, g.n)
}

// qual names a package-level name of an imported stub.
func (g *gen) qual(pkg, name string) string {
	g.used[pkg] = true
	var as string
	switch pkg {
	case "sip":
		as = g.sip
	case "status":
		as = g.status
	case "http":
		as = g.http
	case "sipgo":
		as = g.sipgo
	}
	if as == "." {
		return name
	}
	return as + "." + name
}

var codeValues = []int64{486, 200, 100, 180, 183, 202, 302, 303, 400, 401, 404, 409, 416, 480, 487, 499, 500, 503, 603, 0, -1, 99, 700, 1486, 101, 418, 1 << 40}

// literal writes v in one of Go's ways of writing an integer constant.
func (g *gen) literal(v int64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	var s string
	switch g.pick(13) {
	case 0:
		s = strconv.FormatInt(v, 10)
	case 1:
		s = "0x" + strconv.FormatInt(v, 16)
	case 2:
		s = "0X" + strings.ToUpper(strconv.FormatInt(v, 16))
	case 3:
		s = "0o" + strconv.FormatInt(v, 8)
	case 4:
		s = "0" + strconv.FormatInt(v, 8)
	case 5:
		s = "0b" + strconv.FormatInt(v, 2)
	case 6:
		d := strconv.FormatInt(v, 10)
		s = strings.Join(strings.Split(d, ""), "_")
	case 7:
		if v < utf8.MaxRune && utf8.ValidRune(rune(v)) {
			s = strconv.QuoteRune(rune(v))
		} else {
			s = strconv.FormatInt(v, 10)
		}
	case 8:
		s = fmt.Sprintf("%d.0", v)
	case 9:
		s = fmt.Sprintf("%de-2", v*100)
	case 10:
		s = fmt.Sprintf("0x%xp0", v)
	case 11:
		s = fmt.Sprintf("(123456789012345678901234567890 + %d - 123456789012345678901234567890)", v)
	case 12:
		s = fmt.Sprintf("(%d + 0i)", v)
	}
	if neg {
		return "-" + s
	}
	return s
}

// value writes a constant (mostly) expression for a code, in an int
// context or, if typed, in a status.Code one; pre receives statements that
// must come first.
func (g *gen) value(typed bool, pre *[]string) string {
	v := codeValues[g.pick(len(codeValues))]
	e := g.literal(v)
	switch g.pick(16) {
	case 1:
		e = "(" + e + ")"
	case 2:
		if typed {
			e = g.qual("status", "Code") + "(" + e + ")"
		} else {
			e = "int(" + e + ")"
		}
	case 3:
		e = "+" + e
	case 4:
		e = e + " + 0"
	case 5:
		e = "-(-" + e + ")"
	case 6:
		if !typed {
			e = "int(int64(" + e + "))"
		}
	case 7:
		if !typed {
			e = "int(" + g.qual("status", "Code") + "(" + e + "))"
		}
	case 8:
		name := g.fresh("k")
		*pre = append(*pre, fmt.Sprintf("const %s = %s", name, e))
		e = name
	case 9:
		name := g.fresh("v")
		if typed {
			*pre = append(*pre, fmt.Sprintf("var %s %s = %s", name, g.qual("status", "Code"), e))
		} else {
			*pre = append(*pre, fmt.Sprintf("%s := %s", name, e))
		}
		if g.pick(2) == 1 {
			*pre = append(*pre, fmt.Sprintf("%s = %s", name, g.literal(codeValues[g.pick(len(codeValues))])))
		}
		e = name
	case 10:
		if g.sip != "" {
			e = g.qual("sip", []string{"StatusBusyHere", "StatusOK", "StatusRequestedRangeNotSatisfiable", "StatusAccepted"}[g.pick(4)])
		}
	case 11:
		if g.http != "" {
			e = g.qual("http", []string{"StatusUnauthorized", "StatusSwitchingProtocols", "StatusConflict", "StatusNotFound", "StatusTeapot"}[g.pick(5)])
		}
	case 12:
		if g.status != "" && typed {
			e = g.qual("status", []string{"BusyHere", "OK", "Decline"}[g.pick(3)])
		}
	case 13:
		g.declare("func id[T any](x T) T { return x }")
		if typed {
			e = "id[" + g.qual("status", "Code") + "](" + e + ")"
		} else {
			e = "id(" + e + ")"
		}
	case 14:
		e = "(1 << 70 >> 70) * " + e
	}
	return e
}

func (g *gen) declare(decl string) {
	if !slices.Contains(g.decls, decl) {
		g.decls = append(g.decls, decl)
	}
}

var reasons = []string{`""`, `"OK"`, `"Busy Here"`, `"busy here"`, `"Busy Hear"`, `"Unathorized"`, `"Not Found"`,
	`"Temporarly Unavailable"`, "`Decline`", `"Dec" + "line"`, `reason`, `"Ringing"`, `"\u004fK"`, `("OK")`}

func (g *gen) reason() string {
	r := reasons[g.pick(len(reasons))]
	if r == "reason" {
		g.declare(`var reason = "Busy Here"`)
	}
	return r
}

// stmt writes one statement with a code in it.
func (g *gen) stmt(depth int) string {
	var pre []string
	var s string
	sg := func(name string) string { return g.qual("sipgo", name) }
	k := g.pick(22)
	switch {
	case g.sip == "" && (k == 0 || k == 1 || k == 6):
		k = 2 // these need the sip package's name
	case g.status == "" && (k == 12 || k == 16 || k == 17 || k == 18):
		k = 13 // these need the status package's name
	case depth > 2 && (k == 19 || k == 20 || k == 21):
		k = 7
	}
	switch k {
	case 0:
		s = fmt.Sprintf("_ = %s(%s, %s)", g.qual("sip", "NewResponse"), g.value(false, &pre), g.reason())
	case 1:
		s = fmt.Sprintf("_ = %s(%s(), %s, %s, nil)", g.qual("sip", "NewResponseFromRequest"), sg("GetReq"), g.value(false, &pre), g.reason())
	case 2:
		s = fmt.Sprintf("%s().StatusCode = %s", sg("GetRes"), g.value(false, &pre))
	case 3:
		res := g.fresh("res")
		s = fmt.Sprintf("%s := %s()\n\t%s.StatusCode, %s.Reason = %s, %s", res, sg("GetRes"), res, res, g.value(false, &pre), g.reason())
	case 4:
		op := []string{"==", "!="}[g.pick(2)]
		if g.pick(2) == 0 {
			s = fmt.Sprintf("if %s().StatusCode %s %s {\n\t}", sg("GetRes"), op, g.value(false, &pre))
		} else {
			s = fmt.Sprintf("if %s %s %s().StatusCode {\n\t}", g.value(false, &pre), op, sg("GetRes"))
		}
	case 5:
		typed := g.pick(2) == 1
		tag := sg("GetRes") + "().StatusCode"
		if typed {
			tag = sg("GetLast") + "()"
		}
		s = "switch " + tag + " {"
		for range 1 + g.pick(3) {
			s += "\n\tcase " + g.value(typed, &pre)
			if g.pick(2) == 1 {
				s += ", " + g.value(typed, &pre)
			}
			s += ":"
		}
		s += "\n\t}"
	case 6:
		if g.pick(2) == 0 {
			s = fmt.Sprintf("_ = %s{StatusCode: %s, Reason: %s}", g.qual("sip", "Response"), g.value(false, &pre), g.reason())
		} else {
			s = fmt.Sprintf("_ = &%s{%s, %s}", g.qual("sip", "Response"), g.reason(), g.value(false, &pre))
		}
	case 7:
		s = fmt.Sprintf("_ = %s().Respond(%s, %s, nil)", sg("Dialog"), g.value(false, &pre), g.reason())
	case 8:
		s = fmt.Sprintf("_ = (*%s).Respond(%s(), %s, %s, nil)", sg("DialogServerSession"), sg("Dialog"), g.value(false, &pre), g.reason())
	case 9:
		s = fmt.Sprintf("_ = %s().Respond(%s, %s, nil, %s()...)", sg("Dialog"), g.value(false, &pre), g.reason(), sg("Headers"))
	case 10:
		name := g.fresh("reply")
		g.declare(fmt.Sprintf("func %s(code int, why string) {\n\t_ = %s().Respond(code, why, nil)\n}", name, sg("Dialog")))
		s = fmt.Sprintf("%s(%s, %s)", name, g.value(false, &pre), g.reason())
		if g.pick(2) == 1 {
			outer := g.fresh("outer")
			g.declare(fmt.Sprintf("func %s(c int) {\n\t%s(c, \"OK\")\n}", outer, name))
			s += fmt.Sprintf("\n\t%s(%s)", outer, g.value(false, &pre))
		}
	case 11:
		name := g.fresh("greply")
		g.declare(fmt.Sprintf("func %s[T ~int](code T) {\n\t%s().StatusCode = int(code)\n}", name, sg("GetRes")))
		s = fmt.Sprintf("%s(%s)", name, g.value(false, &pre))
	case 12:
		s = fmt.Sprintf("%s(%s, %s)", g.qual("status", "Send"), g.value(true, &pre), g.reason())
	case 13:
		s = fmt.Sprintf("%s().Reply(%s, %s)", sg("GetConn"), g.reason(), g.value(true, &pre))
	case 14:
		s = fmt.Sprintf("%s().Status = %s", sg("GetMsg"), g.value(true, &pre))
	case 15:
		op := []string{"==", "!="}[g.pick(2)]
		if g.pick(2) == 0 {
			s = fmt.Sprintf("if %s() %s %s {\n\t}", sg("GetLast"), op, g.value(true, &pre))
		} else {
			s = fmt.Sprintf("if %s().Last() %s %s {\n\t}", sg("GetConn"), op, g.value(false, &pre))
		}
	case 16:
		switch g.pick(3) {
		case 0:
			v := g.fresh("sc")
			s = fmt.Sprintf("var %s %s = %s\n\t_ = %s", v, g.qual("status", "Code"), g.value(true, &pre), v)
		case 1:
			s = fmt.Sprintf("_ = %s(%s)", g.qual("status", "Code"), g.value(true, &pre))
		case 2:
			s = fmt.Sprintf("_ = %s{Status: %s}", g.qual("status", "Msg"), g.value(true, &pre))
		}
	case 17:
		name := g.fresh("ret")
		var inner []string
		v := g.value(true, &inner)
		body := strings.Join(append(inner, "return "+v), "\n\t")
		g.declare(fmt.Sprintf("func %s() %s {\n\t%s\n}", name, g.qual("status", "Code"), body))
		s = "_ = " + name + "()"
	case 18:
		g.declare("type box[T any] struct{ v T }")
		s = fmt.Sprintf("_ = box[%s]{v: %s}", g.qual("status", "Code"), g.value(true, &pre))
	case 19:
		// A block where a name fixes would write is taken.
		name := []string{"sip", "status", "http", "sipmsg", "st", "StatusBusyHere", "BusyHere", "StatusOK", "OK"}[g.pick(9)]
		s = fmt.Sprintf("{\n\t%s := 1\n\t_ = %s\n\t%s\n\t}", name, name, g.stmt(depth+1))
	case 20:
		s = "func() {\n\t" + g.stmt(depth+1) + "\n\t}()"
	case 21:
		// A package-level name where a fix might add an import.
		g.declare([]string{"var sip = 1", "var status = 2", "const http = 3", "var StatusBusyHere = 4"}[g.pick(4)])
		s = g.stmt(depth + 1)
	}
	return strings.Join(append(pre, s), "\n\t")
}

func generate(data []byte) []byte {
	g := &gen{data: data, used: map[string]bool{}}
	if len(data) > 0 {
		g.pos = 1 // data[0] chooses the cross-package mode
	}
	g.sip = []string{"sip", "", "sipmsg", ".", "sip"}[g.pick(5)]
	if g.sip == "" {
		g.sipBlank = g.pick(2) == 1
	}
	g.status = []string{"status", "", "st", "."}[g.pick(4)]
	g.http = []string{"", "http", "nethttp", "."}[g.pick(4)]
	g.sipgo = []string{"sipgo", "sg", "."}[g.pick(3)]
	var body []string
	for i := 0; i == 0 || i < 12 && g.more(); i++ {
		body = append(body, g.stmt(0))
	}
	var b strings.Builder
	b.WriteString("package p\n\n")
	imports := []struct{ key, name, path string }{
		{"sip", g.sip, "github.com/emiago/sipgo/sip"},
		{"status", g.status, "example.com/status"},
		{"http", g.http, "net/http"},
		{"sipgo", g.sipgo, "github.com/emiago/sipgo"},
	}
	var specs []string
	for _, imp := range imports {
		if imp.name == "" {
			if imp.key == "sip" && g.sipBlank {
				specs = append(specs, `_ "`+imp.path+`"`)
			}
			continue
		}
		if !g.used[imp.key] {
			// Keep the import used, as the compiler demands.
			anchor := map[string]string{"sip": "StatusTrying", "status": "Trying", "http": "StatusOK", "sipgo": "Dialog"}[imp.key]
			g.decls = append(g.decls, "var _ = "+g.qual(imp.key, anchor))
		}
		spec := strconv.Quote(imp.path)
		if imp.name != "sip" && imp.name != "status" && imp.name != "http" && imp.name != "sipgo" {
			spec = imp.name + " " + spec
		}
		specs = append(specs, spec)
	}
	switch {
	case len(specs) == 1:
		b.WriteString("import " + specs[0] + "\n\n")
	case len(specs) > 1:
		b.WriteString("import (\n\t" + strings.Join(specs, "\n\t") + "\n)\n\n")
	}
	for _, d := range g.decls {
		b.WriteString(d + "\n\n")
	}
	b.WriteString("func f() {\n\t" + strings.Join(body, "\n\t") + "\n}\n")
	return []byte(b.String())
}
