package protocol

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// transaction-late: a handler starts a goroutine that responds on the
// handler's transaction, and returns without anything that could wait for
// it. Anything that could (a channel operation, a call not known to
// return at once) keeps the rule silent.

// lateFindings reports the responses of goroutines f does not wait for.
func (pc *Checker) lateFindings(f *txFunc, g *cfg.CFG) {
	if f.ends == "" {
		return
	}
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		for i, n := range b.Nodes {
			gs, ok := n.(*ast.GoStmt)
			if !ok {
				continue
			}
			sends := pc.goroutineSends(f, gs)
			if len(sends) == 0 || pc.mayWaitAfter(g, b, i) {
				continue
			}
			for _, s := range sends {
				pc.reportLate(f, s)
			}
		}
	}
}

// goroutineSends returns the responses a go statement sends on f's
// transaction: sends in its function literal, or the call itself when it
// gives the transaction to a function that always answers on it.
func (pc *Checker) goroutineSends(f *txFunc, gs *ast.GoStmt) []ast.Node {
	var out []ast.Node
	if lit, ok := ast.Unparen(gs.Call.Fun).(*ast.FuncLit); ok {
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if fn, ok := typeutil.Callee(pc.info, call).(*types.Func); ok {
				if _, sender := pc.ps.Senders[fn.Origin()]; sender {
					if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
						if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && pc.info.Uses[id] == f.tx {
							out = append(out, call)
						}
					}
				}
			}
			return true
		})
		return out
	}
	fn, ok := typeutil.Callee(pc.info, gs.Call).(*types.Func)
	if !ok {
		return nil
	}
	for i, arg := range gs.Call.Args {
		if id, ok := ast.Unparen(arg).(*ast.Ident); ok && pc.info.Uses[id] == f.tx {
			if s, ok := pc.summaryOf(fn.Origin()); ok && s.Always && s.Param == i {
				return []ast.Node{gs.Call}
			}
		}
	}
	return nil
}

// mayWaitAfter reports whether anything after node i of block b, on any
// path, could wait for a goroutine.
func (pc *Checker) mayWaitAfter(g *cfg.CFG, b *cfg.Block, i int) bool {
	seen := map[*cfg.Block]bool{}
	var visit func(b *cfg.Block, from int) bool
	visit = func(b *cfg.Block, from int) bool {
		if rs, ok := b.Stmt.(*ast.RangeStmt); ok && b.Kind == cfg.KindRangeLoop {
			if _, ok := pc.info.TypeOf(rs.X).Underlying().(*types.Chan); ok {
				return true
			}
		}
		for _, n := range b.Nodes[from:] {
			if pc.mayWait(n) {
				return true
			}
		}
		for _, s := range b.Succs {
			if !seen[s] {
				seen[s] = true
				if visit(s, 0) {
					return true
				}
			}
		}
		return false
	}
	return visit(b, i+1)
}

// mayWait reports whether running n could wait for another goroutine.
func (pc *Checker) mayWait(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			return false
		case *ast.UnaryExpr:
			found = found || x.Op == token.ARROW
		case *ast.SendStmt:
			found = true
		case *ast.CallExpr:
			found = found || !pc.returnsAtOnce(x)
		}
		return !found
	})
	return found
}

// quickPackage reports whether path is a standard package whose
// functions never wait for a goroutine (time's Sleep, After and Tick
// excepted).
func quickPackage(path string) bool {
	switch path {
	case "fmt", "log", "log/slog", "strings", "strconv", "errors", "bytes", "sort", "slices", "maps", "unicode/utf8", "math", "time":
		return true
	}
	return false
}

// returnsAtOnce reports whether a call is known not to wait for a
// goroutine: a builtin, a conversion, a quick standard function, or a
// function of the tables.
func (pc *Checker) returnsAtOnce(call *ast.CallExpr) bool {
	if tv, ok := pc.info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	switch fn := typeutil.Callee(pc.info, call).(type) {
	case *types.Builtin:
		return true
	case *types.Func:
		fn = fn.Origin()
		if fn.Pkg() == nil {
			return false
		}
		if quickPackage(fn.Pkg().Path()) {
			return fn.Pkg().Path() != "time" || fn.Name() != "Sleep" && fn.Name() != "After" && fn.Name() != "Tick"
		}
		_, anchor := pc.ps.Anchors[fn]
		_, sender := pc.ps.Senders[fn]
		_, ctor := pc.ps.HeaderCtors[fn]
		return anchor || sender || ctor || pc.ps.Methods[fn] != 0
	}
	return false
}
