package analyzer_test

import (
	"encoding/json"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/sipcode/sipcode/analyzer"
)

// Bazel's nogo (rules_go) links analyzer packages into a generated program:
// each package in the nogo target's deps must declare a package-level
// variable named Analyzer of type *analysis.Analyzer, and the program sets
// the options of nogo_config.json's "analyzer_flags" with
// Analyzer.Flags.Lookup and Analyzer.Flags.Set, before it registers the
// analyzer's fact types. These tests use the analyzer that way.

// TestNogoAnalyzerVar: the analyzer package declares a variable (not a
// function or a constant) named Analyzer, of type *analysis.Analyzer,
// which analysis.Validate accepts.
func TestNogoAnalyzerVar(t *testing.T) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: ".."}
	pkgs, err := packages.Load(cfg, "github.com/sipcode/sipcode/analyzer")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 1 || len(pkgs[0].Errors) > 0 || pkgs[0].Types == nil {
		t.Fatalf("loading the analyzer package: %v", pkgs)
	}
	obj := pkgs[0].Types.Scope().Lookup("Analyzer")
	v, ok := obj.(*types.Var)
	if !ok {
		t.Fatalf("package analyzer: Analyzer is %v, want a package-level variable", obj)
	}
	ptr, ok := v.Type().(*types.Pointer)
	var named *types.Named
	if ok {
		named, _ = types.Unalias(ptr.Elem()).(*types.Named)
	}
	if named == nil || named.Obj().Name() != "Analyzer" || named.Obj().Pkg().Path() != "golang.org/x/tools/go/analysis" {
		t.Fatalf("package analyzer: var Analyzer has type %v, want *golang.org/x/tools/go/analysis.Analyzer", v.Type())
	}
	if err := analysis.Validate([]*analysis.Analyzer{analyzer.Analyzer}); err != nil {
		t.Fatalf("analysis.Validate(Analyzer): %v", err)
	}
	if analyzer.Analyzer.Name != "sipcode" {
		t.Errorf("Analyzer.Name is %q: nogo_config.json keys the analyzer by it, docs/integrations.md says sipcode", analyzer.Analyzer.Name)
	}
}

// setNogoFlags applies analyzer_flags as nogo does: a key must name a flag
// of the analyzer, without a leading "-", and its value must parse.
func setNogoFlags(t *testing.T, a *analysis.Analyzer, flags map[string]string) {
	t.Helper()
	for _, name := range slices.Sorted(maps.Keys(flags)) {
		if strings.HasPrefix(name, "-") {
			t.Fatalf("analyzer_flags: %q begins with '-': nogo rejects it", name)
		}
		if a.Flags.Lookup(name) == nil {
			t.Fatalf("analyzer_flags: sipcode has no flag %q", name)
		}
		if err := a.Flags.Set(name, flags[name]); err != nil {
			t.Fatalf("analyzer_flags: %s=%s: %v", name, flags[name], err)
		}
	}
}

// TestNogoFlags sets each option through Flags.Set on a fresh analyzer, as
// nogo does with analyzer_flags (values are strings: lists comma-separated),
// and runs it on the testdata package that pins the option's effect, the
// same packages the Config options run on in TestOptions, TestConfig and
// TestCrossPackage.
func TestNogoFlags(t *testing.T) {
	for _, tc := range []struct {
		name  string
		flags map[string]string
		pkgs  []string
	}{
		{"checks", map[string]string{"checks": "literal"}, []string{"onlyliteral"}},
		{"allow", map[string]string{"allow": "499,202"}, []string{"allowed"}},
		{"constants", map[string]string{"constants": "example.com/sipstatus"}, []string{"fallback"}},
		{"config", map[string]string{"config": acmeStack}, []string{"acmecases"}},
		{"cross-package", map[string]string{"cross-package": "true"}, []string{"crosspkg/sipx", "crosspkg/sipy", "crosspkg/app"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := analyzer.New(analyzer.Config{})
			if err != nil {
				t.Fatal(err)
			}
			setNogoFlags(t, a, tc.flags)
			if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
				t.Fatalf("analysis.Validate after the flags: %v", err)
			}
			analysistest.RunWithSuggestedFixes(t, testdata, a, tc.pkgs...)
		})
	}
}

// TestNogoConfigReadme: docs/integrations.md's nogo_config.json parses, keys sipcode by
// its analyzer name, and its analyzer_flags, set as nogo sets them, give
// the analyzer the options a Config with the same values gives it.
func TestNogoConfigReadme(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "docs", "integrations.md"))
	if err != nil {
		t.Fatal(err)
	}
	const marker = "`nogo_config.json`:\n\n```json\n"
	_, block, ok := strings.Cut(string(readme), marker)
	if !ok {
		t.Fatalf("docs/integrations.md has no %q block", strings.TrimSpace(marker))
	}
	block, _, _ = strings.Cut(block, "```")
	var config map[string]struct {
		AnalyzerFlags map[string]string `json:"analyzer_flags"`
		ExcludeFiles  map[string]string `json:"exclude_files"`
		OnlyFiles     map[string]string `json:"only_files"`
		Description   string            `json:"description"`
	}
	dec := json.NewDecoder(strings.NewReader(block))
	dec.DisallowUnknownFields() // nogo's keys only
	if err := dec.Decode(&config); err != nil {
		t.Fatalf("docs/integrations.md's nogo_config.json: %v\n%s", err, block)
	}
	entry, ok := config[analyzer.Analyzer.Name]
	if !ok || len(entry.AnalyzerFlags) == 0 {
		t.Fatalf("docs/integrations.md's nogo_config.json has no analyzer_flags under %q:\n%s", analyzer.Analyzer.Name, block)
	}
	viaFlags, err := analyzer.New(analyzer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	setNogoFlags(t, viaFlags, entry.AnalyzerFlags)

	var cfg analyzer.Config
	for name, value := range entry.AnalyzerFlags {
		switch name {
		case "checks":
			cfg.Checks = strings.Split(value, ",")
		case "allow":
			for _, s := range strings.Split(value, ",") {
				n, err := strconv.Atoi(s)
				if err != nil {
					t.Fatalf("allow %q: %v", value, err)
				}
				cfg.Allow = append(cfg.Allow, n)
			}
		case "constants":
			cfg.Constants = value
		case "cross-package":
			cfg.CrossPackage = value == "true"
		default:
			t.Fatalf("docs/integrations.md's nogo_config.json sets %q: add it to this test", name)
		}
	}
	viaConfig, err := analyzer.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"checks", "allow", "config", "constants", "cross-package"} {
		got, want := viaFlags.Flags.Lookup(name).Value.String(), viaConfig.Flags.Lookup(name).Value.String()
		if got != want {
			t.Errorf("-%s: %q through analyzer_flags, %q through Config", name, got, want)
		}
	}
	if len(viaFlags.FactTypes) != len(viaConfig.FactTypes) {
		t.Errorf("fact types: %d through analyzer_flags, %d through Config", len(viaFlags.FactTypes), len(viaConfig.FactTypes))
	}
}
