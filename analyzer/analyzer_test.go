package analyzer_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sipcode/sipcode/analyzer"
	"github.com/sipcode/sipcode/analyzer/explain"
	"github.com/sipcode/sipcode/internal/finding"
	"github.com/sipcode/sipcode/registry"
)

// testdata is the repository's testdata directory, in GOPATH layout.
var testdata, _ = filepath.Abs(filepath.Join("..", "testdata"))

func TestLiteral(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, analyzer.Analyzer, "literal")
}

func TestChecks(t *testing.T) {
	for _, pkg := range []string{"deprecated", "unknown", "invalid", "reason"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, testdata, analyzer.Analyzer, pkg)
		})
	}
}

func TestFixes(t *testing.T) {
	for _, pkg := range []string{"imports", "collision", "foreign", "diagocase", "wrappers", "locals", "nolint", "generated"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, testdata, analyzer.Analyzer, pkg)
		})
	}
}

func TestOptions(t *testing.T) {
	tests := []struct {
		pkg string
		cfg analyzer.Config
	}{
		{"allowed", analyzer.Config{Allow: []int{499, 202}}},
		{"onlyliteral", analyzer.Config{Checks: []string{"literal"}}},
		{"fallback", analyzer.Config{Constants: "example.com/sipstatus"}},
	}
	for _, tt := range tests {
		t.Run(tt.pkg, func(t *testing.T) {
			a, err := analyzer.New(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			analysistest.RunWithSuggestedFixes(t, testdata, a, tt.pkg)
		})
	}
}

func TestFlags(t *testing.T) {
	a, err := analyzer.New(analyzer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	// Drivers own these names: go vet and singlechecker define them.
	for _, name := range []string{"test", "fix", "json", "c", "v", "diff", "flags", "V"} {
		if a.Flags.Lookup(name) != nil {
			t.Errorf("analyzer flag -%s collides with a driver flag", name)
		}
	}
	for _, tt := range []struct{ flag, value, wantErr string }{
		{"checks", "literal,reason", ""},
		{"checks", "literal,typo", `unknown check "typo"`},
		{"allow", "499,487", ""},
		{"allow", "49x", `allowed code "49x" is not a number`},
		{"allow", "1499", "outside 100..699"},
		{"config", "/nonexistent/sipcode.stack", "no such file"},
		{"cross-package", "maybe", "want true or false"},
	} {
		err := a.Flags.Set(tt.flag, tt.value)
		if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("-%s=%s: error %v, want %q", tt.flag, tt.value, err, tt.wantErr)
		}
	}
	if got := a.Flags.Lookup("checks").Value.String(); got != "literal,reason" {
		t.Errorf("-checks reads back as %q", got)
	}
	if got := a.Flags.Lookup("allow").Value.String(); got != "487,499" {
		t.Errorf("-allow reads back as %q", got)
	}
	if _, err := analyzer.New(analyzer.Config{Checks: []string{"literals"}}); err == nil {
		t.Errorf("New accepted an unknown check")
	}
}

// TestCrossPackageFlag: facts are declared only in the cross-package mode,
// since declaring them makes drivers analyse every dependency.
func TestCrossPackageFlag(t *testing.T) {
	a, _ := analyzer.New(analyzer.Config{})
	if len(a.FactTypes) != 0 {
		t.Fatalf("default analyzer declares facts")
	}
	if err := a.Flags.Set("cross-package", "true"); err != nil || len(a.FactTypes) == 0 {
		t.Fatalf("-cross-package: err %v, %d fact types", err, len(a.FactTypes))
	}
	b, _ := analyzer.New(analyzer.Config{CrossPackage: true})
	if len(b.FactTypes) == 0 || len(analyzer.Analyzer.FactTypes) != 0 {
		t.Fatalf("Config.CrossPackage: %d fact types; package Analyzer: %d", len(b.FactTypes), len(analyzer.Analyzer.FactTypes))
	}
}

// responseChecks is an analyzer without the transaction category: the
// header and method suites list many responses in one handler, each its
// own case, which the transaction checks would read as one path.
func responseChecks(t *testing.T) *analysis.Analyzer {
	t.Helper()
	a, err := analyzer.New(analyzer.Config{Checks: slices.DeleteFunc(finding.Categories(), func(c string) bool { return c == finding.Transaction })})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestProtocol: the header and method categories, each rule with its
// positive and negative cases side by side.
func TestProtocol(t *testing.T) {
	a := responseChecks(t)
	for _, pkg := range []string{"headercases", "methodcases", "gosipproto", "livekitproto", "summaries", "wrapperheaders", "branchresponses"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, testdata, a, pkg)
		})
	}
}

// TestRuleAnchors: every category and rule (registry.HeaderRules,
// registry.MethodRules, header-replace) has its anchor in docs/checks.md,
// and every diagnostic's URL is an anchor there: its category's, or, for
// header and method findings, that of a rule of its category.
func TestRuleAnchors(t *testing.T) {
	docs, err := os.ReadFile(filepath.Join("..", "docs", "checks.md"))
	if err != nil {
		t.Fatal(err)
	}
	ids := slices.Concat([]string{"literal", "deprecated", "unknown", "invalid", "reason", "header", "method", "transaction"}, []string{explain.ReplaceRule})
	for _, r := range registry.HeaderRules() {
		ids = append(ids, r.ID)
	}
	for _, r := range registry.MethodRules() {
		ids = append(ids, r.ID)
	}
	for _, r := range registry.TransactionRules() {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids[:8], explain.Categories()) {
		t.Errorf("explain's categories are %v", explain.Categories())
	}
	for _, id := range ids {
		if !strings.Contains(string(docs), `<a id="`+id+`"></a>`) {
			t.Errorf("docs/checks.md has no anchor %q", id)
		}
	}
	if analyzer.Analyzer.URL != explain.DocsURL {
		t.Errorf("Analyzer.URL is %q", analyzer.Analyzer.URL)
	}
	// The diagnostics point at those anchors.
	results := slices.Concat(analysistest.Run(t, testdata, analyzer.Analyzer, "literal", "deprecated", "unknown", "invalid", "reason", "foreign"),
		analysistest.Run(t, testdata, responseChecks(t), "methodcases", "headercases"),
		analysistest.Run(t, testdata, transactionChecks(t), "txcases"))
	seen := map[string]bool{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			seen[d.Category] = true
			id, ok := strings.CutPrefix(d.URL, explain.DocsURL+"#")
			switch {
			case !ok || !slices.Contains(ids, id):
				t.Errorf("%q: URL %q is not an anchor of docs/checks.md", d.Message, d.URL)
			case d.Category == "header" || d.Category == "method" || d.Category == "transaction":
				if !strings.HasPrefix(id, d.Category+"-") {
					t.Errorf("%q: URL %q is not a %s rule", d.Message, d.URL, d.Category)
				}
			case id != d.Category:
				t.Errorf("%q: URL %q, want the %s anchor", d.Message, d.URL, d.Category)
			}
			if d.Message == "" {
				t.Errorf("empty message at %v", d.Pos)
			}
			if d.Category == "header" && strings.HasPrefix(d.Message, "ReplaceHeader") && id != explain.ReplaceRule {
				t.Errorf("%q: URL %q, want %s", d.Message, d.URL, explain.ReplaceRule)
			}
		}
	}
	for _, c := range explain.Categories() {
		if !seen[c] {
			t.Errorf("no %s diagnostic among the packages run", c)
		}
	}
}

// TestTransaction: the transaction category, each rule with its positive
// and negative cases side by side (with the method rules, which learn the
// method from a switch on it).
func TestTransaction(t *testing.T) {
	a := transactionChecks(t)
	for _, pkg := range []string{"txcases", "txgosip", "txlivekit", "txdialogs"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, testdata, a, pkg)
		})
	}
}

func transactionChecks(t *testing.T) *analysis.Analyzer {
	t.Helper()
	a, err := analyzer.New(analyzer.Config{Checks: []string{"transaction", "method"}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}
