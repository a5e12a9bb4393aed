package plugin

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
)

// settings is what golangci-lint passes: .golangci.yml read by viper, so
// maps of any and lists of any.
func settings(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("sipcode")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatalf("no settings: %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
}

func TestGoodSettings(t *testing.T) {
	p, err := New(settings(
		"checks", []any{"deprecated", "unknown"},
		"allow", []any{599, 498},
		"constants", "example.com/codes",
		"cross-package", true,
	))
	if err != nil {
		t.Fatal(err)
	}
	cfg := p.(*Plugin).cfg
	if strings.Join(cfg.Checks, ",") != "deprecated,unknown" {
		t.Errorf("Checks = %v", cfg.Checks)
	}
	if len(cfg.Allow) != 2 || cfg.Allow[0] != 599 || cfg.Allow[1] != 498 {
		t.Errorf("Allow = %v", cfg.Allow)
	}
	if cfg.Constants != "example.com/codes" || !cfg.CrossPackage {
		t.Errorf("cfg = %+v", cfg)
	}
	as, err := p.BuildAnalyzers()
	if err != nil || len(as) != 1 {
		t.Fatalf("BuildAnalyzers() = %v, %v", as, err)
	}
	a := as[0]
	if a.Name != "sipcode" {
		t.Errorf("analyzer name %q", a.Name)
	}
	if got := a.Flags.Lookup("checks").Value.String(); got != "deprecated,unknown" {
		t.Errorf("analyzer -checks = %q, want deprecated,unknown", got)
	}
	if got := a.Flags.Lookup("allow").Value.String(); got != "498,599" {
		t.Errorf("analyzer -allow = %q, want 498,599", got)
	}
	if len(a.FactTypes) == 0 {
		t.Errorf("cross-package: true gave an analyzer without facts")
	}
}

// TestFreshAnalyzers checks that BuildAnalyzers shares nothing between
// calls: setting a flag on one analyzer leaves the next one alone.
func TestFreshAnalyzers(t *testing.T) {
	p, err := New(settings("checks", []any{"literal"}))
	if err != nil {
		t.Fatal(err)
	}
	first, _ := p.BuildAnalyzers()
	second, _ := p.BuildAnalyzers()
	if first[0] == second[0] {
		t.Fatal("BuildAnalyzers returned the same analyzer twice")
	}
	if err := first[0].Flags.Set("checks", "reason"); err != nil {
		t.Fatal(err)
	}
	if got := second[0].Flags.Lookup("checks").Value.String(); got != "literal" {
		t.Errorf("second analyzer -checks = %q after setting the first's, want literal", got)
	}
	other, err := New(settings("checks", []any{"invalid"}))
	if err != nil {
		t.Fatal(err)
	}
	third, _ := other.BuildAnalyzers()
	if got := third[0].Flags.Lookup("checks").Value.String(); got != "invalid" {
		t.Errorf("a second plugin's analyzer -checks = %q, want invalid", got)
	}
	if got := second[0].Flags.Lookup("checks").Value.String(); got != "literal" {
		t.Errorf("a second plugin changed the first's analyzer: -checks = %q", got)
	}
}

func TestEmptySettings(t *testing.T) {
	for name, s := range map[string]any{"nil": nil, "empty map": map[string]any{}, "empty checks": settings("checks", []any{})} {
		p, err := New(s)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		as, err := p.BuildAnalyzers()
		if err != nil {
			t.Fatal(err)
		}
		if got := as[0].Flags.Lookup("checks").Value.String(); got != "literal,deprecated,unknown,invalid,reason,header,method,transaction" {
			t.Errorf("%s: -checks = %q, want every category", name, got)
		}
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{"unknown key", settings("checks", []any{"literal"}, "chekcs", []any{"literal"}), []string{`unknown setting "chekcs"`, "known: checks, allow, config, constants, cross-package"}},
		{"two unknown keys", settings("allowed", []any{599}, "crosspackage", true), []string{`unknown settings "allowed", "crosspackage"`}},
		{"bad check", settings("checks", []any{"literal", "deprecate"}), []string{`unknown check "deprecate"`}},
		{"allow out of range", settings("allow", []any{700}), []string{"allowed code 700 is outside 100..699"}},
		{"allow not a number", settings("allow", []any{"599"}), []string{"sipcode settings", "allow"}},
		{"checks not a list", settings("checks", "literal"), []string{"sipcode settings", "checks"}},
		{"missing config file", settings("config", "/nonexistent/sipcode.tables"), []string{"/nonexistent/sipcode.tables"}},
		{"not a map", []any{"literal"}, []string{"want a map of settings"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(tc.settings)
			if err == nil {
				t.Fatalf("New(%v) = %v, want an error", tc.settings, p)
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
}

// TestProtocolChecks: the header and method categories are selectable
// through the plugin's checks setting.
func TestProtocolChecks(t *testing.T) {
	p, err := New(settings("checks", []any{"header", "method"}))
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if got := as[0].Flags.Lookup("checks").Value.String(); got != "header,method" {
		t.Errorf("-checks = %q, want header,method", got)
	}
}
