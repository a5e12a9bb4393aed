package analyzer

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/sipcode/sipcode/internal/finding"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Config holds the settings of an analyzer: what the command-line flags and
// the golangci-lint plugin's settings set.
type Config struct {
	// Checks lists the categories to report; empty means all of them.
	Checks []string
	// Allow lists private codes (100..699) never reported as unknown or
	// deprecated.
	Allow []int
	// Config is the path of a file of extra library tables.
	Config string
	// Constants is the path of a package whose constants fixes use when the
	// library has no constant for a code, before
	// github.com/sipcode/sipcode/sipstatus (used when the checked package
	// depends on it).
	Constants string
	// CrossPackage finds wrappers and functions returning a code in other
	// packages, through analysis facts.
	// It makes the standalone driver load every dependency from source.
	CrossPackage bool
}

// options is a Config checked and parsed: what the analysis reads.
type options struct {
	checks       map[string]bool
	allow        map[int]bool
	extra        []*stacks.Table // from Config.Config
	configFile   string
	constants    string
	crossPackage bool
}

func defaultOptions() *options {
	o := &options{checks: map[string]bool{}, allow: map[int]bool{}}
	for _, c := range finding.Categories() {
		o.checks[c] = true
	}
	return o
}

func (o *options) apply(cfg Config) error {
	if cfg.Checks != nil {
		if err := o.setChecks(cfg.Checks); err != nil {
			return err
		}
	}
	for _, code := range cfg.Allow {
		if err := o.addAllowed(code); err != nil {
			return err
		}
	}
	if cfg.Config != "" {
		if err := o.loadConfig(cfg.Config); err != nil {
			return err
		}
	}
	o.constants = cfg.Constants
	o.crossPackage = cfg.CrossPackage
	return nil
}

func (o *options) setChecks(names []string) error {
	checks := map[string]bool{}
	for _, name := range names {
		name = strings.TrimSpace(name)
		if !slices.Contains(finding.Categories(), name) {
			return fmt.Errorf("unknown check %q (want some of %s)", name, strings.Join(finding.Categories(), ","))
		}
		checks[name] = true
	}
	o.checks = checks
	return nil
}

func (o *options) addAllowed(code int) error {
	if code < 100 || code > 699 {
		return fmt.Errorf("allowed code %d is outside 100..699", code)
	}
	o.allow[code] = true
	return nil
}

func (o *options) loadConfig(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	tables, err := stacks.Parse(path, data)
	if err != nil {
		return err
	}
	o.extra, o.configFile = tables, path
	return nil
}

// Flag values: each parses and checks its argument when the flag is set, so
// a bad value stops the command before any package is loaded.

type checksFlag struct{ o *options }

func (f checksFlag) String() string {
	if f.o == nil {
		return ""
	}
	var names []string
	for _, c := range finding.Categories() {
		if f.o.checks[c] {
			names = append(names, c)
		}
	}
	return strings.Join(names, ",")
}

func (f checksFlag) Set(s string) error { return f.o.setChecks(strings.Split(s, ",")) }

type allowFlag struct{ o *options }

func (f allowFlag) String() string {
	if f.o == nil {
		return ""
	}
	var codes []string
	for code := range f.o.allow {
		codes = append(codes, strconv.Itoa(code))
	}
	slices.Sort(codes)
	return strings.Join(codes, ",")
}

func (f allowFlag) Set(s string) error {
	for _, field := range strings.Split(s, ",") {
		code, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil {
			return fmt.Errorf("allowed code %q is not a number", field)
		}
		if err := f.o.addAllowed(code); err != nil {
			return err
		}
	}
	return nil
}

type configFlag struct{ o *options }

func (f configFlag) String() string {
	if f.o == nil {
		return ""
	}
	return f.o.configFile
}

func (f configFlag) Set(path string) error { return f.o.loadConfig(path) }
