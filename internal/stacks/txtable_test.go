package stacks

import (
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"
)

// txEntries are the transaction directives of a table (txtable.go), with
// the checks TestTablesOnRealModules applies to them.
func txEntries(tb *Table) []tableEntry {
	var entries []tableEntry
	for _, r := range tb.tx.transactions {
		entries = append(entries, tableEntry{"transaction " + r.source, func(pkgs map[string]*types.Package) string {
			if problem := definedType(pkgs, r); problem != "" {
				return problem
			}
			// A transaction is answered through a sender of the table.
			t := lookup(pkgs, r).Type()
			for _, s := range tb.proto.senders {
				if fn, ok := lookup(pkgs, s.fn).(*types.Func); ok && fn.Signature().Recv() != nil {
					recv := types.Unalias(fn.Signature().Recv().Type())
					if p, ok := recv.(*types.Pointer); ok {
						recv = types.Unalias(p.Elem())
					}
					if types.Identical(recv, types.Unalias(t)) {
						return ""
					}
				}
			}
			return "no sender line's method is declared on it"
		}})
	}
	for _, r := range tb.tx.ends {
		entries = append(entries, tableEntry{"ends " + r.source, func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, r).(*types.Func)
			if !ok || fn.Signature().Recv() == nil {
				return "no such method"
			}
			if fn.Signature().Params().Len() != 0 {
				return fmt.Sprintf("%s takes arguments", fn.Signature())
			}
			return ""
		}})
	}
	for _, d := range tb.tx.dialogs {
		entries = append(entries, tableEntry{"dialog " + d.fn.source, func(pkgs map[string]*types.Package) string {
			fn, ok := lookup(pkgs, d.fn).(*types.Func)
			if !ok {
				return "no such function"
			}
			sig := fn.Signature()
			if d.tx >= sig.Params().Len() || sig.Results().Len() == 0 {
				return fmt.Sprintf("tx=%d: %s has no such parameter, or no result", d.tx, sig)
			}
			// The parameter is one of the table's transaction types.
			for _, r := range tb.tx.transactions {
				if tn, ok := lookup(pkgs, r).(*types.TypeName); ok && types.Identical(types.Unalias(tn.Type()), types.Unalias(sig.Params().At(d.tx).Type())) {
					return ""
				}
			}
			return fmt.Sprintf("tx=%d: parameter %d of %s is not a transaction line's type", d.tx, d.tx, sig)
		}})
	}
	for _, r := range tb.tx.reqMethods {
		entries = append(entries, tableEntry{"reqmethod " + r.source, func(pkgs map[string]*types.Package) string {
			var t types.Type
			switch obj := lookup(pkgs, r).(type) {
			case *types.Var:
				t = obj.Type()
			case *types.Func:
				if res := obj.Signature().Results(); obj.Signature().Params().Len() == 0 && res.Len() == 1 {
					t = res.At(0).Type()
				}
			}
			if t == nil {
				return "no such field, or method of no argument and one result"
			}
			if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
				return fmt.Sprintf("%s is not a string type", t)
			}
			return ""
		}})
	}
	return entries
}

// TestHandlersEnd checks the fact behind a table's ends lines on the real
// source: some function of the package that registers the handlers calls
// the handler, then, after it, one of the ends methods. A table without
// ends lines keeps its handlers' transactions alive after they return.
func TestHandlersEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from the module cache or the module proxy")
	}
	for _, m := range realModules {
		var tb *Table
		for _, b := range Builtin() {
			if len(b.tx.ends) > 0 && slices.Contains(loadedIn[b.Name], m.name) {
				tb = b
			}
		}
		if tb == nil {
			continue
		}
		pkgPath := tb.proto.handlers[0].fn.pkg
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedSyntax | packages.NeedImports | packages.NeedDeps,
			Dir:  filepath.FromSlash(m.dir),
			Env:  append(os.Environ(), "GOFLAGS=-mod=mod"),
		}
		roots, err := packages.Load(cfg, pkgPath)
		if err != nil || len(roots) != 1 || roots[0].TypesInfo == nil {
			t.Fatalf("%s: loading %s: %v", m.name, pkgPath, err)
		}
		root := roots[0]
		pkgs := map[string]*types.Package{}
		packages.Visit(roots, nil, func(p *packages.Package) { pkgs[p.PkgPath] = p.Types })
		ends := map[*types.Func]bool{}
		for _, r := range tb.tx.ends {
			if fn, ok := lookup(pkgs, r).(*types.Func); ok {
				ends[fn] = true
			}
		}
		handlerTypes := map[string]bool{}
		for _, h := range tb.proto.handlers {
			if fn, ok := lookup(pkgs, h.fn).(*types.Func); ok && h.Arg < fn.Signature().Params().Len() {
				handlerTypes[types.TypeString(fn.Signature().Params().At(h.Arg).Type(), nil)] = true
			}
		}
		found := ""
		for _, f := range root.Syntax {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				called := false
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok {
						return true
					}
					if tv, ok := root.TypesInfo.Types[call.Fun]; ok && handlerTypes[types.TypeString(tv.Type, nil)] {
						called = true
					}
					if fn, ok := typeutil.Callee(root.TypesInfo, call).(*types.Func); ok && called && ends[fn.Origin()] {
						found = fd.Name.Name
					}
					return true
				})
			}
		}
		if found == "" {
			t.Errorf("%s (%s): no function of %s calls a handler and then an ends method", m.name, tb.Name, pkgPath)
		} else {
			t.Logf("%s: %s calls the handler, then ends its transaction", m.name, found)
		}
	}
}

func TestTxDirectives(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"library a\ntransaction example.com/p.T", ""},
		{"library a\nends (*example.com/p.T).End", ""},
		{"library a\nreqmethod example.com/p.R.Method", ""},
		{"library a\nreqmethod (example.com/p.R).Method", ""},
		{"library a\ntransaction (example.com/p.T).M", "want pkg/path.Type"},
		{"library a\nends example.com/p.F", "want (pkg/path.Type).Method"},
		{"library a\nreqmethod example.com/p.F", "want pkg/path.Type.Field"},
		{"library a\ndialog (*example.com/p.Cache).ReadInvite tx=1", ""},
		{"library a\ndialog (*example.com/p.Cache).ReadInvite", "want FUNC tx=N"},
		{"library a\ndialog (*example.com/p.Cache).ReadInvite tx=x", "is not a parameter index"},
	} {
		_, err := Parse("t.stack", []byte(tt.src))
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("%q: error %v, want %q", tt.src, err, tt.want)
		}
	}
}
