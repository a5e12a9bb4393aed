package analyzer

// Benchmarks of the analyzer on real packages and of its hot paths.
//
//	go test ./analyzer -run '^$' -bench . -benchmem
//
// BenchmarkAnalyzer runs the analyzer's Run on packages of the real sipgo
// and diago, loaded once through the demo module; BenchmarkTypeCheck type
// checks the same files with the same imports. Their ratio is what the
// analyzer costs on top of type checking alone, which is only a part of
// what any driver does (go list, parsing, export data), so the ratio
// overstates the analyzer's share. Compare ratios from one run: the
// absolute figures vary with the machine and its load.

import (
	"go/types"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/sipcode/sipcode/internal/stacks"
	"github.com/sipcode/sipcode/registry"
)

// benchPackages are loaded from the demo module, whose go.mod pins sipgo
// v1.7.2 and diago v0.42.1: the demo itself, a SIP-heavy package of each
// library, and a large package that imports no SIP library.
var benchPackages = []struct{ name, path string }{
	{"demo", "example.com/demo"},
	{"sipgo", "github.com/emiago/sipgo"},
	{"sipgo-sip", "github.com/emiago/sipgo/sip"},
	{"diago", "github.com/emiago/diago"},
	{"encoding-json", "encoding/json"}, // the fast path
}

var (
	benchOnce   sync.Once
	benchLoaded map[string]*packages.Package
	benchErr    error
)

// benchPackage returns a loaded package, or skips the benchmark when the
// modules cannot be loaded (no module cache and no network).
func benchPackage(b *testing.B, path string) *packages.Package {
	b.Helper()
	benchOnce.Do(func() {
		dir, err := filepath.Abs(filepath.Join("..", "examples", "demo"))
		if err != nil {
			benchErr = err
			return
		}
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes |
				packages.NeedTypesInfo | packages.NeedTypesSizes | packages.NeedImports,
			Dir:   dir,
			Env:   append(os.Environ(), "GOFLAGS=-mod=mod"),
			Tests: false,
		}
		var paths []string
		for _, p := range benchPackages {
			paths = append(paths, p.path)
		}
		pkgs, err := packages.Load(cfg, paths...)
		if err != nil {
			benchErr = err
			return
		}
		benchLoaded = map[string]*packages.Package{}
		for _, p := range pkgs {
			if len(p.Errors) > 0 {
				benchErr = p.Errors[0]
				return
			}
			benchLoaded[p.PkgPath] = p
		}
	})
	if benchErr != nil {
		b.Skipf("cannot load the benchmark packages from examples/demo: %v", benchErr)
	}
	p := benchLoaded[path]
	if p == nil {
		b.Skipf("package %s was not loaded", path)
	}
	return p
}

// benchPass builds by hand the pass a driver would give the analyzer.
func benchPass(p *packages.Package, report func(analysis.Diagnostic)) *analysis.Pass {
	pass := newPass(p.Fset, p.Syntax, p.Types, p.TypesInfo, report)
	pass.OtherFiles, pass.IgnoredFiles = p.OtherFiles, p.IgnoredFiles
	pass.TypesSizes, pass.TypeErrors = p.TypesSizes, p.TypeErrors
	return pass
}

func BenchmarkAnalyzer(b *testing.B) {
	for _, bp := range benchPackages {
		b.Run(bp.name, func(b *testing.B) {
			p := benchPackage(b, bp.path)
			var diags int
			pass := benchPass(p, func(analysis.Diagnostic) { diags++ })
			b.ReportAllocs()
			for b.Loop() {
				diags = 0
				if _, err := Analyzer.Run(pass); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(diags), "diags/op")
		})
	}
}

// BenchmarkTypeCheck type checks the files BenchmarkAnalyzer analyses,
// recording everything go/packages records, with the same imports.
func BenchmarkTypeCheck(b *testing.B) {
	for _, bp := range benchPackages {
		b.Run(bp.name, func(b *testing.B) {
			p := benchPackage(b, bp.path)
			imports := stacks.Reachable(p.Types)
			conf := types.Config{
				Importer: importerFunc(func(path string) (*types.Package, error) {
					if pkg := imports[path]; pkg != nil {
						return pkg, nil
					}
					return nil, os.ErrNotExist
				}),
				Sizes:     p.TypesSizes,
				GoVersion: p.TypesInfo.FileVersions[p.Syntax[0]],
				Error:     func(error) {},
			}
			b.ReportAllocs()
			for b.Loop() {
				info := newTypesInfo()
				if _, err := conf.Check(p.PkgPath, p.Fset, p.Syntax, info); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFastPath is what a package that imports no SIP library costs:
// the import graph walk and the table check, no syntax.
func BenchmarkFastPath(b *testing.B) {
	p := benchPackage(b, "encoding/json")
	pass := benchPass(p, func(analysis.Diagnostic) { b.Fatal("a diagnostic in encoding/json") })
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyzer.Run(pass); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReachable(b *testing.B) {
	for _, path := range []string{"encoding/json", "github.com/emiago/diago"} {
		b.Run(filepath.Base(path), func(b *testing.B) {
			p := benchPackage(b, path)
			b.ReportAllocs()
			for b.Loop() {
				stacks.Reachable(p.Types)
			}
		})
	}
}

func BenchmarkUsesLibrary(b *testing.B) {
	tables := stacks.Builtin()
	for _, path := range []string{"encoding/json", "github.com/emiago/diago"} {
		b.Run(filepath.Base(path), func(b *testing.B) {
			pkgs := stacks.Reachable(benchPackage(b, path).Types)
			b.ReportAllocs()
			for b.Loop() {
				stacks.UsesLibrary(tables, pkgs)
			}
		})
	}
}

func BenchmarkRegistryLookup(b *testing.B) {
	for _, tt := range []struct {
		name  string
		value int
	}{{"registered", 486}, {"variants", 480}, {"unregistered", 499}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				registry.Lookup(tt.value)
			}
		})
	}
}
