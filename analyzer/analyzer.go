package analyzer

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/analyzer/explain"
	"github.com/sipcode/sipcode/internal/codes"
	"github.com/sipcode/sipcode/internal/finding"
	"github.com/sipcode/sipcode/internal/protocol"
)

// Analyzer reports SIP response codes that are bare literals, deprecated,
// unregistered or invalid, and reason phrases that contradict them. Its
// flags set its options; New builds one from a Config instead.
var Analyzer = mustNew()

func mustNew() *analysis.Analyzer {
	a, err := New(Config{})
	if err != nil {
		panic(err) // the zero Config is always valid
	}
	return a
}

// New returns a new sipcode analyzer with the given settings. Each call
// returns an analyzer with its own options, so that, say, two golangci-lint
// runs in one process never share state.
func New(cfg Config) (*analysis.Analyzer, error) {
	o := defaultOptions()
	if err := o.apply(cfg); err != nil {
		return nil, err
	}
	a := &analysis.Analyzer{
		Name: "sipcode",
		Doc:  Doc,
		URL:  explain.DocsURL,
		Run:  func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	}
	a.Flags.Var(checksFlag{o}, "checks", "comma-separated categories to report: "+strings.Join(finding.Categories(), ","))
	a.Flags.Var(allowFlag{o}, "allow", "comma-separated private codes (100..699) never reported as unknown or deprecated")
	a.Flags.Var(configFlag{o}, "config", "file of extra library tables (see docs/libraries.md, Library tables)")
	a.Flags.StringVar(&o.constants, "constants", o.constants, "package path of constants to suggest when the library has none (before github.com/sipcode/sipcode/sipstatus, used when the package depends on it)")
	a.Flags.Var(crossPackageFlag{o, a}, "cross-package", "find wrappers and functions returning a code in other packages (analysis facts; the standalone driver then loads every dependency from source)")
	setCrossPackage(a, o, o.crossPackage)
	return a, nil
}

// setCrossPackage turns wrapper facts on or off. Declaring a fact type is
// what makes drivers analyse dependencies, so it is declared only when the
// cross-package mode is on.
func setCrossPackage(a *analysis.Analyzer, o *options, on bool) {
	o.crossPackage = on
	a.FactTypes = nil
	if on {
		a.FactTypes = slices.Concat(codes.FactTypes(), protocol.FactTypes())
	}
}

type crossPackageFlag struct {
	o *options
	a *analysis.Analyzer
}

func (f crossPackageFlag) IsBoolFlag() bool { return true }

func (f crossPackageFlag) String() string {
	if f.o == nil || !f.o.crossPackage {
		return "false"
	}
	return "true"
}

func (f crossPackageFlag) Set(s string) error {
	switch s {
	case "true", "1":
		setCrossPackage(f.a, f.o, true)
	case "false", "0":
		setCrossPackage(f.a, f.o, false)
	default:
		return fmt.Errorf("want true or false, got %q", s)
	}
	return nil
}
