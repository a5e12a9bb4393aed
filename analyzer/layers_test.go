package analyzer

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// layers says which of the project's packages each layer may import: data
// flows one way, from the library tables to the diagnostics, and no layer
// reaches back up. A new import between the project's packages is a design
// decision: make it here.
var layers = map[string][]string{
	"internal/astx":    {},
	"internal/finding": {},
	"internal/stacks":  {"internal/astx", "registry", "analyzer/explain"}, // its test writes explain's constants.csv
	"internal/funcs":   {},
	"internal/codes":   {"internal/astx", "internal/funcs", "internal/stacks"},
	"internal/verdict": {"internal/astx", "internal/codes", "internal/finding", "internal/stacks", "registry", "analyzer/explain"},
	"internal/protocol": {"internal/astx", "internal/finding", "internal/funcs", "internal/stacks", "registry",
		"analyzer/explain"},
	"internal/report": {"internal/finding"},
	// A driver's output format: it reads diagnostics and the explain text,
	// never the layers that make them.
	"internal/sarif": {"analyzer/explain", "registry"},
}

const module = "github.com/sipcode/sipcode/"

// TestLayers fails on an import between the project's packages that the
// layering does not allow, tests included, and on an internal package
// that the table does not place.
func TestLayers(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "internal", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		pkg := "internal/" + filepath.Base(dir)
		allowed, ok := layers[pkg]
		if !ok {
			t.Errorf("%s is in no layer: add it to layers", pkg)
			continue
		}
		for _, imp := range projectImports(t, dir) {
			if imp != pkg && !slices.Contains(allowed, imp) {
				t.Errorf("%s imports %s, which its layer may not", pkg, imp)
			}
		}
	}
}

// projectImports returns the project's packages that the Go files of dir
// import.
func projectImports(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	fset := token.NewFileSet()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, spec := range f.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			if rest, ok := strings.CutPrefix(path, module); ok && !slices.Contains(out, rest) {
				out = append(out, rest)
			}
		}
	}
	return out
}
