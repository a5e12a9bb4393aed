// Package plugin registers sipcode as a golangci-lint v2 module plugin.
//
// Link it into golangci-lint with a blank import (golangci-lint custom does
// that from .custom-gcl.yml), then enable the linter in .golangci.yml:
//
//	linters:
//	  enable:
//	    - sipcode
//	  settings:
//	    custom:
//	      sipcode:
//	        type: module
//	        description: SIP response codes
//	        settings:
//	          checks: [deprecated, unknown, invalid]
//	          allow: [599]
package plugin

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/analyzer"
)

func init() { register.Plugin("sipcode", New) }

// Settings are the plugin's settings in .golangci.yml: the analyzer's
// command-line flags, under the same names.
type Settings struct {
	// Checks lists the categories to report (literal, deprecated, unknown,
	// invalid, reason, header, method); empty means all of them.
	Checks []string `json:"checks"`
	// Allow lists private codes (100..699) never reported as unknown or
	// deprecated.
	Allow []int `json:"allow"`
	// Config is the path of a file of extra library tables.
	Config string `json:"config"`
	// Constants is the package path of constants that fixes use when the
	// library has none, before github.com/sipcode/sipcode/sipstatus (used
	// when the checked package depends on it).
	Constants string `json:"constants"`
	// CrossPackage finds wrappers and functions returning a code in other
	// packages, through analysis facts.
	CrossPackage bool `json:"cross-package"`
}

// Plugin is sipcode as a golangci-lint linter plugin.
type Plugin struct {
	cfg analyzer.Config
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New returns the plugin for the settings golangci-lint passes: the value of
// linters.settings.custom.sipcode.settings. It checks them, so that a typo
// or a bad value stops golangci-lint with an error naming it.
func New(settings any) (register.LinterPlugin, error) {
	if err := checkKeys(settings); err != nil {
		return nil, err
	}
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("sipcode settings: %w", err)
	}
	cfg := analyzer.Config{
		Checks:       s.Checks,
		Allow:        s.Allow,
		Config:       s.Config,
		Constants:    s.Constants,
		CrossPackage: s.CrossPackage,
	}
	if len(cfg.Checks) == 0 {
		cfg.Checks = nil // an empty list means every category, as with no -checks flag
	}
	// Build one analyzer now so that a bad check name, allowed code or
	// config file is reported when golangci-lint starts.
	if _, err := analyzer.New(cfg); err != nil {
		return nil, fmt.Errorf("sipcode settings: %w", err)
	}
	return &Plugin{cfg: cfg}, nil
}

// BuildAnalyzers returns a new analyzer on every call, so that no two runs
// share options.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a, err := analyzer.New(p.cfg)
	if err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{a}, nil
}

// GetLoadMode returns register.LoadModeTypesInfo: sipcode needs types.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// settingNames returns the settings' keys: the json tags of Settings.
func settingNames() []string {
	var names []string
	t := reflect.TypeFor[Settings]()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		names = append(names, name)
	}
	return names
}

// checkKeys reports keys of the raw settings that Settings does not have.
// golangci-lint passes a map (nil when there are no settings).
func checkKeys(settings any) error {
	if settings == nil {
		return nil
	}
	data, err := json.Marshal(settings)
	if err != nil {
		return fmt.Errorf("sipcode settings: %w", err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("sipcode settings: want a map of settings, got %s", data)
	}
	known := settingNames()
	var unknown []string
	for key := range raw {
		if !slices.Contains(known, key) {
			unknown = append(unknown, key)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	for i, key := range unknown {
		unknown[i] = fmt.Sprintf("%q", key)
	}
	what := "setting"
	if len(unknown) > 1 {
		what = "settings"
	}
	return fmt.Errorf("sipcode: unknown %s %s (known: %s)", what, strings.Join(unknown, ", "), strings.Join(known, ", "))
}
