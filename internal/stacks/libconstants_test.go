package stacks

import (
	"bytes"
	"flag"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sipcode/sipcode/analyzer/explain"
	"github.com/sipcode/sipcode/registry"
)

var update = flag.Bool("update", false, "rewrite explain/constants.csv from the libraries (TestLibraryConstants)")

// constantSources says where each library of the reference is loaded from:
// the real module where the proxy serves it, else the repository's test
// stub of its published source (GOPATH layout under testdata).
var constantSources = map[string]struct{ dir, stubs string }{
	"sipgo":            {dir: "../../examples/demo"},
	"livekit/protocol": {dir: "../../e2e/testdata/livekit"},
	"sipstatus":        {dir: "../../sipstatus"},
	"livekit/sipgo":    {dir: "../../e2e/testdata/livekitsipgo"},
	"jart/gosip":       {stubs: "../../testdata"},
}

// TestLibraryConstants: explain/constants.csv, the constants docs/checks.md
// and sipcode -explain list for each code, is what indexConstants picks on
// each library's package, less the codes sipcode never suggests a constant
// for (removed and reserved). With -update it rewrites the file (go
// generate ./analyzer/explain runs that).
func TestLibraryConstants(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	libs := explain.Libraries()
	// Every library whose constants a built-in table names is listed.
	for _, tb := range Builtin() {
		if tb.Constants != "" && !slices.ContainsFunc(libs, func(l explain.Library) bool { return l.Package == tb.Constants }) {
			t.Errorf("table %s: constants %s are not in explain's libraries", tb.Name, tb.Constants)
		}
	}
	got := map[string]map[int]string{}
	for _, lib := range libs {
		src, ok := constantSources[lib.Name]
		if !ok {
			t.Fatalf("library %s: no source to load its constants from", lib.Name)
		}
		var pkgs map[string]*types.Package
		if src.stubs != "" {
			pkgs = loadStubs(t, src.stubs, lib.Package)
		} else {
			pkgs = loadReal(t, src.dir, []string{lib.Package})
		}
		var misnamed []string
		if lib.Table != "" {
			i := slices.IndexFunc(Builtin(), func(tb *Table) bool { return tb.Name == lib.Table })
			if i < 0 || Builtin()[i].Constants != lib.Package {
				t.Fatalf("library %s: no built-in table %s with constants %s", lib.Name, lib.Table, lib.Package)
			}
			misnamed = Builtin()[i].Misnamed
		}
		got[lib.Name] = map[int]string{}
		for value, k := range IndexConstants(pkgs[lib.Package], misnamed) {
			if code, _ := registry.Lookup(value); code.Usable() {
				got[lib.Name][value] = k.Pkg().Name() + "." + k.Name()
			}
		}
		if got[lib.Name][486] == "" {
			t.Errorf("library %s: no constant for 486", lib.Name)
		}
	}
	data := explain.FormatConstants(got)
	path := filepath.Join("..", "..", "analyzer", "explain", "constants.csv")
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, data) {
		t.Errorf("%s is not what the libraries offer: run go generate ./analyzer/explain", path)
	}
}

// loadStubs loads a stub package from a GOPATH-layout testdata directory.
func loadStubs(t *testing.T, gopath, path string) map[string]*types.Package {
	t.Helper()
	abs, err := filepath.Abs(gopath)
	if err != nil {
		t.Fatal(err)
	}
	pkgs := loadTypes(t, filepath.Join(abs, "src"), []string{"GOPATH=" + abs, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="}, []string{path})
	if pkgs[path] == nil {
		t.Fatalf("%s: not loaded", path)
	}
	return pkgs
}
