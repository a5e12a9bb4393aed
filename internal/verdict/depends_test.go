package verdict

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestDependsOn: a fix in the declaration of a constant never names that
// constant, nor one whose declared value refers to it, directly or not:
// either would be an initialization cycle (StatusOK = StatusOK).
func TestDependsOn(t *testing.T) {
	const src = `package p

const (
	busy    = 486
	alias   = busy
	chained = alias + 0
	other   = 200
	typed   int = 486
)
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	j := New(&analysis.Pass{Files: []*ast.File{f}, TypesInfo: info}, nil, Options{})
	k := func(name string) *types.Const { return pkg.Scope().Lookup(name).(*types.Const) }
	for _, tt := range []struct {
		k, d string
		want bool
	}{
		{"busy", "busy", true},
		{"alias", "busy", true},
		{"chained", "busy", true},
		{"other", "busy", false},
		{"typed", "busy", false},
		{"busy", "alias", false},
	} {
		if got := j.dependsOn(k(tt.k), k(tt.d)); got != tt.want {
			t.Errorf("dependsOn(%s, %s) = %v, want %v", tt.k, tt.d, got, tt.want)
		}
	}
	if j.dependsOn(k("busy"), nil) {
		t.Error("dependsOn(busy, nil): a site in no declaration depends on nothing")
	}
}
