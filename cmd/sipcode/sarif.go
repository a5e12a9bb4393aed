package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sipcode/sipcode/analyzer"
	"github.com/sipcode/sipcode/internal/sarif"
)

// runSARIF is sipcode -sarif=FILE [flags] [packages]: the standalone
// driver, writing its findings as SARIF. It returns the exit status: 0
// once the file is written, 1 when a package does not load or an analysis
// fails (the file is written all the same, its invocation marked
// unsuccessful), 2 for a bad flag.
//
// Why a driver of its own: singlechecker prints text or JSON only, and
// has no hook for another format; its JSON leaves out a diagnostic's URL,
// which is where a header or method finding names its rule (header-401),
// so a converter of that JSON could not name the rule. The driver is
// golang.org/x/tools/go/analysis/checker, the package singlechecker itself
// runs, with the same loading: go/packages in LoadSyntax mode, every
// dependency from source when the analyzer declares facts
// (-cross-package), test variants unless -test=false, build flags from
// GOFLAGS (where -tags goes, see main). The analyzer's flags are
// registered with the very flag.Value objects singlechecker uses, so
// -checks, -allow, -config, -constants and -cross-package mean the same.
func runSARIF(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("sipcode", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("sarif", "", `write SARIF 2.1.0 to this file ("-": standard output)`)
	tests := fs.Bool("test", true, "indicates whether test files should be analyzed, too")
	fs.String("tags", "", tagsUsage)
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	for _, name := range []string{"fix", "diff", "json", "c"} {
		fs.Var(refused(name), name, "not with -sarif")
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: sipcode -sarif=FILE [-flag] [package]\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *out == "" || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "sipcode: -sarif needs a file name and packages: sipcode -sarif=sipcode.sarif ./...")
		return 2
	}
	root, err := repositoryRoot()
	if err != nil {
		fmt.Fprintf(stderr, "sipcode: %v\n", err)
		return 1
	}
	report := sarif.New(root, version(), strings.Split(fs.Lookup("checks").Value.String(), ","), os.ReadFile)
	status := analyze(report, fs.Args(), *tests, stderr)

	var buf bytes.Buffer
	if err := report.Write(&buf); err != nil {
		fmt.Fprintf(stderr, "sipcode: %v\n", err)
		return 1
	}
	if *out == "-" {
		_, err = os.Stdout.Write(buf.Bytes())
	} else {
		err = os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "sipcode: %v\n", err)
		return 1
	}
	return status
}

// analyze loads the packages, runs the analyzer, adds its findings to the
// report and prints them as text (the job log's copy). It returns 1 when a
// package does not load or an analysis fails, else 0.
func analyze(report *sarif.Report, patterns []string, tests bool, stderr io.Writer) int {
	analyzers := []*analysis.Analyzer{analyzer.Analyzer}
	mode := packages.LoadSyntax | packages.NeedModule
	if len(analyzer.Analyzer.FactTypes) > 0 {
		mode = packages.LoadAllSyntax | packages.NeedModule
	}
	initial, err := packages.Load(&packages.Config{Mode: mode, Tests: tests}, patterns...)
	if err == nil && len(initial) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if err != nil {
		fmt.Fprintf(stderr, "sipcode: %v\n", err)
		report.Notify(err.Error())
		return 1
	}
	status := 0
	packages.Visit(initial, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			fmt.Fprintln(stderr, e)
			report.Notify(e.Error())
			status = 1
		}
	})
	graph, err := checker.Analyze(analyzers, initial, nil)
	if err != nil {
		fmt.Fprintf(stderr, "sipcode: %v\n", err)
		report.Notify(err.Error())
		return 1
	}
	for act := range graph.All() {
		switch {
		case act.Err != nil:
			report.Notify(fmt.Sprintf("%s: %v", act.Package.PkgPath, act.Err))
			status = 1
		case act.IsRoot:
			for _, d := range act.Diagnostics {
				report.Add(act.Package.Fset, d)
			}
		}
	}
	if err := graph.PrintText(stderr, -1); err != nil {
		return 1
	}
	return status
}

// repositoryRoot is the directory SARIF paths are relative to: the
// enclosing Git repository's top directory (code scanning resolves paths
// against the checkout), else the current directory.
func repositoryRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir, nil
		}
		if filepath.Dir(dir) == dir {
			return wd, nil
		}
	}
}

// version is sipcode's module version, as go install recorded it, without
// its "v": SARIF wants a version that starts with a number. A build in a
// checkout, "(devel)" to Go, is 0.0.0-devel.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && strings.HasPrefix(info.Main.Version, "v") {
		return strings.TrimPrefix(info.Main.Version, "v")
	}
	return "0.0.0-devel"
}

// refused is a flag of the text driver that means nothing with -sarif:
// -fix, -diff, -json, -c. It fails with a message rather than as unknown.
type refused string

func (r refused) String() string   { return "" }
func (r refused) IsBoolFlag() bool { return r != "c" }
func (r refused) Set(string) error {
	return fmt.Errorf("-%s does not go with -sarif: run sipcode -%s separately", string(r), string(r))
}
