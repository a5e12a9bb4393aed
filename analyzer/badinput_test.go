package analyzer

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// checkSource type-checks src as package "app" against the sipgo stub in
// testdata, ignoring type errors the way a driver that runs despite errors
// would, runs the analyzer and returns its diagnostics.
func checkSource(t *testing.T, src string) []analysis.Diagnostic {
	t.Helper()
	fset := token.NewFileSet()
	imp := &stubImporter{fset: fset, pkgs: map[string]*types.Package{}, fallback: importer.Default()}
	file, err := parser.ParseFile(fset, "app.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if file == nil {
		t.Fatalf("parse: %v", err)
	}
	info := newTypesInfo()
	conf := types.Config{Importer: imp, Error: func(error) {}}
	pkg, _ := conf.Check("app", fset, []*ast.File{file}, info)
	var diags []analysis.Diagnostic
	pass := newPass(fset, []*ast.File{file}, pkg, info, func(d analysis.Diagnostic) { diags = append(diags, d) })
	if _, err := run(pass, defaultOptions()); err != nil {
		t.Fatal(err)
	}
	return diags
}

// stubImporter imports the GOPATH stubs of testdata/src from source.
type stubImporter struct {
	fset     *token.FileSet
	pkgs     map[string]*types.Package
	fallback types.Importer
}

func (imp *stubImporter) Import(path string) (*types.Package, error) {
	if p, ok := imp.pkgs[path]; ok {
		return p, nil
	}
	dir := filepath.Join("..", "testdata", "src", filepath.FromSlash(path))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return imp.fallback.Import(path)
	}
	var files []*ast.File
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") {
			f, err := parser.ParseFile(imp.fset, filepath.Join(dir, e.Name()), nil, 0)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
	}
	conf := types.Config{Importer: imp}
	p, err := conf.Check(path, imp.fset, files, nil)
	imp.pkgs[path] = p
	return p, err
}

func messages(diags []analysis.Diagnostic) string {
	var out []string
	for _, d := range diags {
		out = append(out, d.Message)
	}
	return strings.Join(out, "\n")
}

// TestBadInput: code that does not type-check, generics and odd constants
// give no panic and no report that is not true.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // substrings, one per expected diagnostic, in order
	}{
		{"undefined callee", `_ = sip.NewResponsee(486, "OK")`, nil},
		{"too few arguments", `_ = sip.NewResponse(486)`, []string{"use sip.StatusBusyHere instead of 486"}},
		{"undefined argument", `_ = sip.NewResponse(undefinedCode, "OK")`, nil},
		{"wrong type argument", `_ = sip.NewResponse("486", "OK")`, nil},
		{"undefined package", `_ = nosuch.NewResponse(486, "OK")`, nil},
		{"float constant", `_ = sip.NewResponse(486.0, "Busy Here")`, nil},
		{"non-integral float", `_ = sip.NewResponse(486.5, "Busy Here")`, nil},
		{"hex", `_ = sip.NewResponse(0x1e6, "Busy Here")`, []string{"use sip.StatusBusyHere instead of 0x1e6 (Busy Here)"}},
		{"octal", `_ = sip.NewResponse(0o746, "Busy Here")`, []string{"use sip.StatusBusyHere instead of 0o746 (Busy Here)"}},
		{"constant expression", `_ = sip.NewResponse(400+86, "Busy Here")`, nil},
		{"constant expression deprecated", `_ = sip.NewResponse(400+9, "Conflict")`, []string{"409 Conflict is not a SIP response code"}},
		{"overflow", `_ = sip.NewResponse(1<<70, "OK")`, nil},
		{"generic wrapper", `reply[int](nil, 486)`, []string{"use sip.StatusBusyHere instead of 486"}},
		{"missing body", `var f func(int); f(486)`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := fmt.Sprintf(`package app

import "github.com/emiago/sipgo/sip"

func reply[T ~int](req *sip.Request, code T) { _ = sip.NewResponseFromRequest(req, int(code), "", nil) }

func f() {
	%s
}
`, tt.body)
			diags := checkSource(t, src)
			if len(diags) != len(tt.want) {
				t.Fatalf("got %d diagnostics, want %d:\n%s", len(diags), len(tt.want), messages(diags))
			}
			for i, want := range tt.want {
				if !strings.Contains(diags[i].Message, want) {
					t.Errorf("diagnostic %d = %q, want %q", i, diags[i].Message, want)
				}
			}
		})
	}
}

// TestHugeFile: a 20,000-call function is analysed without trouble.
func TestHugeFile(t *testing.T) {
	var b strings.Builder
	b.WriteString("package app\n\nimport \"github.com/emiago/sipgo/sip\"\n\nfunc f() {\n")
	for i := range 20000 {
		fmt.Fprintf(&b, "\t_ = sip.NewResponse(486, \"x%d\")\n", i)
	}
	b.WriteString("}\n")
	if diags := checkSource(t, b.String()); len(diags) != 20000 {
		t.Errorf("got %d diagnostics, want one per call (20000)", len(diags))
	}
}

// TestFixMessages pins the fix titles, which goldens do not show: drivers
// and editors list them ("Replace 486 with sip.StatusBusyHere").
func TestFixMessages(t *testing.T) {
	diags := checkSource(t, `package app

import "github.com/emiago/sipgo/sip"

func f() { _ = sip.NewResponse(486, "OK") }
`)
	want := []string{`Replace 486 with sip.StatusBusyHere`, `Replace "OK" with "Busy Here"`}
	if len(diags) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%s", len(diags), len(want), messages(diags))
	}
	for i, d := range diags {
		if len(d.SuggestedFixes) != 1 || d.SuggestedFixes[0].Message != want[i] {
			t.Errorf("diagnostic %q: fixes %+v, want one titled %q", d.Message, d.SuggestedFixes, want[i])
		}
	}
}
