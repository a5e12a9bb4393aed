package protocol

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// The paths of a function that receives a server transaction: its graph
// (golang.org/x/tools/go/cfg), each block's events in source order, and a
// walk from the entry that carries what was sent so far on the path and
// which methods the request can still have. An escape ends the walk of
// its path: what follows is not judged.

type evKind int8

const (
	evFinal  evKind = iota // a final response with a constant code, on the transaction
	evProv                 // a provisional response with a constant code, on the transaction
	evAnswer               // a response whose code is not known, or one on another transaction
	evEscape               // the transaction went where the walk cannot follow
)

type event struct {
	kind evKind
	node ast.Node
}

// pathState is what a path carries.
type pathState struct {
	answered bool   // some response that may be final was sent
	final    bool   // a final response with a constant code was sent
	methods  string // the request's possible methods, joined by "/"; "*" for any
	conds    string // the branch conditions taken on the path (txconds.go)
}

// txResult is what the walk of one function found.
type txResult struct {
	escaped  bool // some path escaped
	returns  int  // returns reached
	answered int  // of those, answered
	final    int  // of those, with a constant final response
	sends    bool // some event answered
}

// analyze walks f once, reporting its findings, and returns its result.
func (pc *Checker) analyze(f *txFunc) txResult {
	st := pc.tx
	if st.done[f] || st.busy[f] {
		return txResult{escaped: true}
	}
	st.busy[f] = true
	defer func() { st.busy[f], st.done[f] = false, true }()
	g := cfg.New(f.body, func(call *ast.CallExpr) bool { return !pc.noReturn(call) })
	f.dialogs, f.dialogCalls = pc.dialogsOf(f)
	cases := pc.caseTags(f)
	// A select's communications are all nodes of the block before it
	// (cfg evaluates them first); each belongs to its case instead.
	comms := map[ast.Node]bool{}
	ast.Inspect(f.body, func(n ast.Node) bool {
		if cc, ok := n.(*ast.CommClause); ok && cc.Comm != nil {
			comms[cc.Comm] = true
		}
		return true
	})
	evs := make([][]event, len(g.Blocks))
	for i, b := range g.Blocks {
		if cc, ok := b.Stmt.(*ast.CommClause); ok && b.Kind == cfg.KindSelectCaseBody && cc.Comm != nil {
			evs[i] = pc.events(f, cc.Comm)
		}
		for _, n := range b.Nodes {
			if !comms[n] {
				evs[i] = append(evs[i], pc.events(f, n)...)
			}
		}
	}
	start := "*"
	if len(f.method) > 0 && !slices.Contains(f.method, "*") {
		start = strings.Join(f.method, "/")
	}
	var res txResult
	type key struct {
		b int32
		s pathState
	}
	seen := map[key]bool{}
	blockMethods := map[int32][]string{}
	var walk func(b *cfg.Block, s pathState)
	walk = func(b *cfg.Block, s pathState) {
		k := key{b.Index, s}
		if seen[k] || !b.Live {
			return
		}
		seen[k] = true
		blockMethods[b.Index] = unionMethods(blockMethods[b.Index], s.methods)
		for _, e := range evs[b.Index] {
			switch e.kind {
			case evEscape:
				res.escaped = true
				return
			case evFinal:
				res.sends = true
				if s.final {
					pc.reportTwice(e.node)
				}
				s.answered, s.final = true, true
			case evProv:
				res.sends = true
				if s.final {
					pc.reportAfterFinal(e.node)
				}
			case evAnswer:
				res.sends = true
				s.answered = true
			}
		}
		if ret := b.Return(); ret != nil {
			res.returns++
			if s.answered {
				res.answered++
			}
			if s.final {
				res.final++
			}
			if !s.answered && f.ends != "" && s.methods != "*" && !slices.Contains(strings.Split(s.methods, "/"), "ACK") {
				var at ast.Node = ret
				if ret.Return == f.body.Rbrace {
					at = posNode(f.body.Rbrace)
				}
				pc.reportUnanswered(f, at, strings.Split(s.methods, "/"))
			}
			return
		}
		for i, succ := range b.Succs {
			next := s
			if len(b.Succs) == 2 && len(b.Nodes) > 0 {
				m, ok := pc.refine(f, cases, b.Nodes[len(b.Nodes)-1], s.methods, i == 0)
				if !ok {
					continue // the request cannot have a method that takes this branch
				}
				next.methods = m
				if next.conds, ok = pc.takeCond(f, b.Nodes[len(b.Nodes)-1], i == 0, s.conds); !ok {
					continue // the opposite of a condition the path already took
				}
			}
			walk(succ, next)
		}
	}
	if len(g.Blocks) > 0 {
		walk(g.Blocks[0], pathState{methods: start})
	}
	pc.recordRefined(f, g, blockMethods)
	pc.lateFindings(f, g)
	pc.summarize(f, res)
	return res
}

// unionMethods adds the methods of s to ms.
func unionMethods(ms []string, s string) []string {
	for _, m := range strings.Split(s, "/") {
		ms = addMethod(ms, m)
	}
	return ms
}

// noReturn reports whether a call ends its path without returning: panic,
// os.Exit, log.Fatal*, runtime.Goexit, and testing's Fatal, FailNow and
// Skip families.
func (pc *Checker) noReturn(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(pc.info, call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		name := fn.Origin().FullName()
		if strings.HasPrefix(name, "(*testing.common).") {
			switch fn.Name() {
			case "Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow":
				return true
			}
			return false
		}
		switch name {
		case "os.Exit", "runtime.Goexit", "log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln",
			"(*log.Logger).Fatal", "(*log.Logger).Fatalf", "(*log.Logger).Fatalln", "(*log.Logger).Panic", "(*log.Logger).Panicf", "(*log.Logger).Panicln":
			return true
		}
	}
	return false
}

// events returns the events of one node of a block, in source order.
func (pc *Checker) events(f *txFunc, n ast.Node) []event {
	var out []event
	handled := map[*ast.Ident]bool{}
	ast.PreorderStack(n, nil, func(x ast.Node, stack []ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			if pc.litTouches(f, x) {
				out = append(out, event{evEscape, x})
			}
			return false
		case *ast.GoStmt, *ast.DeferStmt:
			var call *ast.CallExpr
			if g, ok := x.(*ast.GoStmt); ok {
				call = g.Call
			} else {
				call = x.(*ast.DeferStmt).Call
			}
			if pc.callTouches(f, call) {
				out = append(out, event{evEscape, x})
			}
			return false
		case *ast.UnaryExpr:
			// <-tx.Done(): the transaction may be over; what follows is
			// not judged.
			if x.Op == token.ARROW && pc.touchesTx(f, x.X) {
				out = append(out, event{evEscape, x})
				return false
			}
		case *ast.CallExpr:
			out = append(out, pc.callEvents(f, x, handled)...)
		case *ast.Ident:
			if handled[x] || !pc.isTx(f, x) {
				return true
			}
			parent := stack[len(stack)-1]
			switch p := parent.(type) {
			case *ast.AssignStmt:
				if v, _ := pc.info.Uses[x].(*types.Var); f.dialogs[v] && slices.Contains(p.Lhs, ast.Expr(x)) {
					return true // the one assignment that makes the session
				}
			case *ast.BinaryExpr:
				if p.Op == token.EQL || p.Op == token.NEQ {
					return true
				}
			case *ast.SelectorExpr:
				if len(stack) > 1 {
					if c, ok := stack[len(stack)-2].(*ast.CallExpr); ok && c.Fun == p {
						return true // a method of the transaction that sends nothing
					}
				}
			}
			out = append(out, event{evEscape, x})
		}
		return true
	})
	return out
}

// callEvents classifies a call: a send on the transaction or elsewhere, a
// call given the transaction, a call that may answer.
func (pc *Checker) callEvents(f *txFunc, call *ast.CallExpr, handled map[*ast.Ident]bool) []event {
	fn, _ := typeutil.Callee(pc.info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	if _, ok := pc.ps.Senders[fn]; ok {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && pc.isTx(f, id) {
				handled[id] = true
				if len(call.Args) == 1 {
					return []event{{pc.responseKind(f, call.Args[0]), call}}
				}
				return []event{{evAnswer, call}}
			}
		}
		return []event{{evAnswer, call}}
	}
	if a, ok := pc.ps.Anchors[fn]; ok && a.Proto.Sends {
		// A session's own send (dlg.Respond(486, ...)) is one on the
		// transaction, with the code it is given.
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && pc.isTx(f, id) && pc.info.Uses[id] != f.tx {
				handled[id] = true
				return []event{{pc.sentKind(call, a.Code, a.Status), call}}
			}
		}
		return []event{{evAnswer, call}}
	}
	if f.dialogCalls[call] {
		for _, arg := range call.Args {
			if id, ok := ast.Unparen(arg).(*ast.Ident); ok && pc.info.Uses[id] == f.tx {
				handled[id] = true
			}
		}
		return nil // reads the session: neither an answer nor an escape
	}
	for i, arg := range call.Args {
		id, ok := ast.Unparen(arg).(*ast.Ident)
		if !ok || pc.info.Uses[id] != f.tx {
			continue
		}
		handled[id] = true
		sum, ok := pc.summaryOf(fn)
		switch {
		case !ok || sum.Param != i:
			return []event{{evEscape, call}}
		case sum.Final:
			return []event{{evFinal, call}}
		case sum.Always:
			return []event{{evAnswer, call}}
		case sum.Never:
			return nil
		}
		return []event{{evEscape, call}}
	}
	if fn.Pkg() == pc.pkg && pc.mayAnswer(fn) {
		return []event{{evEscape, call}}
	}
	return nil
}
