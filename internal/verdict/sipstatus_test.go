package verdict

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"testing"

	"github.com/sipcode/sipcode/internal/stacks"
	"github.com/sipcode/sipcode/registry"
)

// TestSipstatusConstants: fixes can name every constant of the generated
// sipstatus module (../../sipstatus, a module of its own, read here from
// source): each registered code gets its constant, and the removed ones
// have none. The file is generated, which keeps it from being checked, not
// from being read for fixes.
func TestSipstatusConstants(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join("..", "..", "sipstatus", "sipstatus.go"), nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	if !ast.IsGenerated(f) {
		t.Errorf("sipstatus.go lacks its Code generated header")
	}
	pkg, err := new(types.Config).Check(stacks.SipstatusPath, fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	idx := stacks.IndexConstants(pkg, nil)
	for _, code := range registry.All() {
		k := idx[code.Value]
		switch {
		case code.Status == registry.Removed && k != nil:
			t.Errorf("%d (removed) has the constant %s", code.Value, k.Name())
		case code.Status != registry.Removed && k == nil:
			t.Errorf("%d %s has no constant fixes can use", code.Value, code.Reason)
		}
	}
	for _, tt := range []struct {
		value int
		name  string
	}{{486, "BusyHere"}, {481, "CallTransactionDoesNotExist"}, {200, "OK"}, {414, "RequestURITooLong"}, {504, "ServerTimeout"}, {606, "NotAcceptable606"}, {406, "NotAcceptable"}, {202, "Accepted"}, {402, "PaymentRequired"}} {
		if k := idx[tt.value]; k == nil || k.Name() != tt.name {
			t.Errorf("constant for %d = %v, want %s", tt.value, k, tt.name)
		}
	}
}
