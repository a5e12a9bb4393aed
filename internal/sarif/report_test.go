package sarif

import (
	"bytes"
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/analyzer/explain"
	"github.com/sipcode/sipcode/registry"
)

// source is a file with a non-ASCII comment before a finding on the same
// line, so that byte and UTF-16 columns differ.
const source = `package p

func f() {
	/* é😀 */ respond(486, "Busy Here")
	respond(486, "Busy Here")
}
`

type fixture struct {
	root, file string
	fset       *token.FileSet
	tf         *token.File
	files      map[string][]byte
}

func newFixture(t *testing.T, src string) *fixture {
	root := filepath.Join(t.TempDir(), "repo")
	file := filepath.Join(root, "pkg", "p.go")
	fset := token.NewFileSet()
	tf := fset.AddFile(file, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	return &fixture{root: root, file: file, fset: fset, tf: tf, files: map[string][]byte{file: []byte(src)}}
}

func (f *fixture) readFile(name string) ([]byte, error) {
	if data, ok := f.files[name]; ok {
		return data, nil
	}
	return nil, os.ErrNotExist
}

// pos is the position of the n-th occurrence (from 0) of s in the file.
func (f *fixture) pos(t *testing.T, s string, n int) (token.Pos, token.Pos) {
	src := string(f.files[f.file])
	off := -1
	for i := 0; i <= n; i++ {
		next := strings.Index(src[off+1:], s)
		if next < 0 {
			t.Fatalf("no occurrence %d of %q", n, s)
		}
		off += 1 + next
	}
	return f.tf.Pos(off), f.tf.Pos(off + len(s))
}

func (f *fixture) diagnostics(t *testing.T) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for n := range 2 {
		pos, end := f.pos(t, "486", n)
		out = append(out, analysis.Diagnostic{Pos: pos, End: end, Category: "literal", URL: explain.URL("literal"),
			Message: "use sip.StatusBusyHere instead of 486 (Busy Here)",
			SuggestedFixes: []analysis.SuggestedFix{{Message: "Replace 486 with sip.StatusBusyHere",
				TextEdits: []analysis.TextEdit{{Pos: pos, End: end, NewText: []byte("sip.StatusBusyHere")}}}}})
	}
	pos, end := f.pos(t, `respond(486, "Busy Here")`, 1)
	out = append(out, analysis.Diagnostic{Pos: pos, End: end, Category: "header", URL: explain.URL("header-401"), Message: "401 response without WWW-Authenticate"})
	return out
}

func (f *fixture) write(t *testing.T, diags []analysis.Diagnostic) map[string]any {
	t.Helper()
	r := New(f.root, "1.0.0", explain.Categories(), f.readFile)
	for _, d := range diags {
		r.Add(f.fset, d)
	}
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	var log map[string]any
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatalf("%v\n%s", err, buf.Bytes())
	}
	return log
}

// get walks a decoded JSON value by keys and indexes.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			a, _ := v.([]any)
			if k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

func TestReport(t *testing.T) {
	f := newFixture(t, source)
	diags := f.diagnostics(t)
	log := f.write(t, append(diags, diags[0])) // a duplicate, as from a test variant
	run := get(log, "runs", 0)
	if get(log, "version") != "2.1.0" || get(run, "columnKind") != "utf16CodeUnits" {
		t.Errorf("version %v, columnKind %v", get(log, "version"), get(run, "columnKind"))
	}
	if got, want := get(run, "originalUriBaseIds", SrcRoot, "uri"), "file://"+filepath.ToSlash(f.root)+"/"; got != want {
		t.Errorf("%%SRCROOT%% is %v, want %v", got, want)
	}
	results, _ := get(run, "results").([]any)
	if len(results) != 3 {
		t.Fatalf("%d results, want 3 (the duplicate dropped)", len(results))
	}
	for i, want := range []struct {
		rule, level   string
		line, c1, c2  int
		fixes         int
		deletedColumn int
	}{
		// "\t/* é😀 */ respond(" is 22 bytes, 19 UTF-16 units (é is 2 bytes
		// and 1 unit, 😀 4 bytes and 2 units): 486 is at byte column 23.
		{"literal", "warning", 4, 20, 23, 1, 20},
		{"header-401", "error", 5, 2, 27, 0, 0},
		{"literal", "warning", 5, 10, 13, 1, 10},
	} {
		r := get(results, i)
		region := get(r, "locations", 0, "physicalLocation", "region")
		if get(r, "ruleId") != want.rule || get(r, "level") != want.level {
			t.Errorf("result %d: rule %v level %v, want %s %s", i, get(r, "ruleId"), get(r, "level"), want.rule, want.level)
		}
		if get(region, "startLine") != float64(want.line) || get(region, "startColumn") != float64(want.c1) || get(region, "endColumn") != float64(want.c2) {
			t.Errorf("result %d: region %v, want line %d columns %d-%d", i, region, want.line, want.c1, want.c2)
		}
		rules, _ := get(run, "tool", "driver", "rules").([]any)
		if idx, _ := get(r, "ruleIndex").(float64); get(rules, int(idx), "id") != want.rule {
			t.Errorf("result %d: ruleIndex %v names rule %v", i, idx, get(rules, int(idx), "id"))
		}
		if loc := get(r, "locations", 0, "physicalLocation", "artifactLocation"); get(loc, "uri") != "pkg/p.go" || get(loc, "uriBaseId") != SrcRoot {
			t.Errorf("result %d: artifact %v, want pkg/p.go under %s", i, loc, SrcRoot)
		}
		fixes, _ := get(r, "fixes").([]any)
		if len(fixes) != want.fixes {
			t.Errorf("result %d: %d fixes, want %d", i, len(fixes), want.fixes)
			continue
		}
		if want.fixes > 0 {
			repl := get(fixes, 0, "artifactChanges", 0, "replacements", 0)
			if get(repl, "insertedContent", "text") != "sip.StatusBusyHere" || get(repl, "deletedRegion", "startColumn") != float64(want.deletedColumn) {
				t.Errorf("result %d: replacement %v", i, repl)
			}
		}
	}
	fp := func(i int) string { s, _ := get(results, i, "partialFingerprints", FingerprintKey).(string); return s }
	if fp(0) == "" || fp(0) == fp(2) || fp(1) == fp(2) {
		t.Errorf("fingerprints %q %q %q: want three different ones", fp(0), fp(1), fp(2))
	}
}

// TestFingerprintsStable: added lines above, and re-indenting, leave every
// fingerprint as it was; two findings on identical lines keep theirs apart.
func TestFingerprintsStable(t *testing.T) {
	prints := func(src string) []string {
		f := newFixture(t, src)
		var out []string
		for _, r := range get(f.write(t, f.diagnostics(t)), "runs", 0, "results").([]any) {
			out = append(out, get(r, "partialFingerprints", FingerprintKey).(string))
		}
		return out
	}
	before := prints(source)
	moved := strings.Replace(source, "func f() {\n", "// an unrelated comment\n\nfunc f() {\n\n", 1)
	moved = strings.ReplaceAll(moved, "\trespond", "\t\trespond")
	if after := prints(moved); !slices.Equal(before, after) {
		t.Errorf("fingerprints changed when lines moved:\n before %q\n after  %q", before, after)
	}
	twice := strings.Replace(source, "/* é😀 */ ", "", 1) // now two identical lines
	if p := prints(twice); p[0] == p[2] || strings.Split(p[0], ":")[0] != strings.Split(p[2], ":")[0] {
		t.Errorf("identical lines: %q; want one hash with occurrences 1 and 2", p)
	}
}

// TestRules: one rule per category and per protocol rule of the enabled
// categories, each registry rule included with no list to update, with
// its reference text, its docs anchor and its level.
func TestRules(t *testing.T) {
	all := Rules(explain.Categories())
	ids := map[string]Rule{}
	for _, r := range all {
		if _, dup := ids[r.ID]; dup {
			t.Errorf("rule %s twice", r.ID)
		}
		ids[r.ID] = r
		if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Markdown == "" || r.Name == "" || strings.EqualFold(r.Name, r.ID) {
			t.Errorf("rule %s: %+v", r.ID, r)
		}
		if r.HelpURI != explain.DocsURL+"#"+r.ID {
			t.Errorf("rule %s: helpUri %s", r.ID, r.HelpURI)
		}
	}
	var want []string
	want = append(want, explain.Categories()...)
	for _, r := range registry.HeaderRules() {
		want = append(want, r.ID)
	}
	for _, r := range registry.MethodRules() {
		want = append(want, r.ID)
	}
	for _, r := range registry.TransactionRules() {
		want = append(want, r.ID)
	}
	want = append(want, explain.ReplaceRule)
	for _, id := range want {
		if _, ok := ids[id]; !ok {
			t.Errorf("no SARIF rule %s", id)
		}
	}
	if len(all) != len(want) {
		t.Errorf("%d rules, want %d", len(all), len(want))
	}
	if ids["literal"].DefaultConfiguration.Level != "warning" || ids["header-401"].DefaultConfiguration.Level != "error" {
		t.Errorf("levels: literal %s, header-401 %s", ids["literal"].DefaultConfiguration.Level, ids["header-401"].DefaultConfiguration.Level)
	}
	for _, r := range Rules([]string{"literal", "method"}) {
		if r.ID != "literal" && r.ID != "method" && !strings.HasPrefix(r.ID, "method-") {
			t.Errorf("-checks=literal,method: rule %s", r.ID)
		}
	}
}

func TestRuleID(t *testing.T) {
	for _, tc := range []struct {
		d    analysis.Diagnostic
		want string
	}{
		{analysis.Diagnostic{Category: "header", URL: explain.URL("header-401")}, "header-401"},
		{analysis.Diagnostic{Category: "literal", URL: explain.URL("literal")}, "literal"},
		{analysis.Diagnostic{Category: "literal"}, "literal"},
		{analysis.Diagnostic{Category: "reason", URL: "https://example.com/#x"}, "reason"},
	} {
		if got := RuleID(tc.d); got != tc.want {
			t.Errorf("RuleID(%+v) = %s, want %s", tc.d, got, tc.want)
		}
	}
}

// TestOutsideRoot: a file outside the root (cgo's output in the build
// cache) keeps its absolute URI; a run with errors says it failed.
func TestOutsideRoot(t *testing.T) {
	f := newFixture(t, source)
	r := New(filepath.Join(f.root, "pkg", "sub"), "1.0.0", explain.Categories(), f.readFile)
	r.Add(f.fset, f.diagnostics(t)[0])
	r.Notify("pkg/broken: undefined: x")
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	var log map[string]any
	json.Unmarshal(buf.Bytes(), &log)
	loc := get(log, "runs", 0, "results", 0, "locations", 0, "physicalLocation", "artifactLocation")
	if get(loc, "uri") != "file://"+filepath.ToSlash(f.file) || get(loc, "uriBaseId") != nil {
		t.Errorf("artifact outside the root: %v", loc)
	}
	inv := get(log, "runs", 0, "invocations", 0)
	if get(inv, "executionSuccessful") != false || get(inv, "toolExecutionNotifications", 0, "message", "text") != "pkg/broken: undefined: x" {
		t.Errorf("invocation: %v", inv)
	}
}
