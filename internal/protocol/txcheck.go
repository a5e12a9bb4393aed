package protocol

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/analyzer/explain"
	"github.com/sipcode/sipcode/internal/finding"
	"github.com/sipcode/sipcode/internal/funcs"
	"github.com/sipcode/sipcode/internal/stacks"
)

// The transaction checks (category transaction): every request a handler
// receives gets one final response, on every path, before the handler
// returns (transaction-unanswered), no second final response
// (transaction-twice), no provisional response after a final one
// (transaction-after-final), and no response from a goroutine the handler
// does not wait for (transaction-late). The graph of a function is built
// only for the functions that receive a server transaction (txpaths.go);
// whether the library ends the transaction when the handler returns is a
// table fact (stacks.TxSinks.Ends).

// The rules' ids: anchors of docs/checks.md and rows of registry/rules.csv.
const (
	ruleUnanswered = "transaction-unanswered"
	ruleTwice      = "transaction-twice"
	ruleAfterFinal = "transaction-after-final"
	ruleLate       = "transaction-late"
)

// txState is the transaction checks' state for one pass.
type txState struct {
	pass    *analysis.Pass
	sinks   *stacks.TxSinks
	funcs   []*txFunc
	byNode  map[ast.Node]*txFunc
	byObj   map[*types.Func]*txFunc
	store   *funcs.Store[TxSummary]
	busy    map[*txFunc]bool
	done    map[*txFunc]bool
	mayAns  map[*types.Func]int8 // 1 may answer, -1 never, 2 being computed
	seen    map[token.Pos]bool   // findings already made, by position and rule
	refined map[*ast.CallExpr]refinedMethods
	decls   map[*types.Func]*ast.FuncDecl
}

// A txFunc is a function that receives a server transaction.
type txFunc struct {
	node ast.Node // *ast.FuncDecl or *ast.FuncLit
	body *ast.BlockStmt
	decl *ast.FuncDecl // the declaration it is in (itself for a FuncDecl)
	obj  *types.Func   // nil for a literal
	tx   *types.Var
	txAt int
	req  *types.Var
	ends string // the library that ends the transaction at its return, or ""
	// dialogs are the dialog sessions of tx (txdialog.go), and dialogCalls
	// the calls that read them: set when the function is analysed.
	dialogs     map[*types.Var]bool
	dialogCalls map[*ast.CallExpr]bool
	stableVars  map[*types.Var]bool // variables that keep one value in the function (txconds.go)
	method      []string            // the request's methods, when registered; nil: unknown
}

// EnableTransactions turns the transaction checks on for this pass. With
// cross, function summaries travel as facts (TxFact).
func (pc *Checker) EnableTransactions(pass *analysis.Pass, sinks *stacks.TxSinks, cross bool) {
	if len(sinks.Transactions) == 0 {
		return
	}
	var codec funcs.Codec[TxSummary]
	if cross {
		codec = txCodec{}
	}
	pc.tx = &txState{pass: pass, sinks: sinks, byNode: map[ast.Node]*txFunc{}, byObj: map[*types.Func]*txFunc{},
		store: funcs.NewStore(pass, codec), busy: map[*txFunc]bool{}, done: map[*txFunc]bool{},
		mayAns: map[*types.Func]int8{}, seen: map[token.Pos]bool{}, refined: map[*ast.CallExpr]refinedMethods{}, decls: map[*types.Func]*ast.FuncDecl{}}
}

// Func takes a function of the analyzer's single walk, with its
// ancestors: one that receives a server transaction is kept for the
// transaction checks.
func (pc *Checker) Func(n ast.Node, stack []ast.Node) {
	if pc.tx == nil {
		return
	}
	var sig *types.Signature
	var body *ast.BlockStmt
	var obj *types.Func
	decl, _ := n.(*ast.FuncDecl)
	switch n := n.(type) {
	case *ast.FuncDecl:
		obj, _ = pc.info.Defs[n.Name].(*types.Func)
		if obj == nil {
			return
		}
		sig, body = obj.Signature(), n.Body
		pc.tx.decls[obj] = n
	case *ast.FuncLit:
		sig, _ = pc.info.TypeOf(n).(*types.Signature)
		body = n.Body
		for i := len(stack) - 1; i >= 0 && decl == nil; i-- {
			decl, _ = stack[i].(*ast.FuncDecl)
		}
	}
	if sig == nil || body == nil || decl == nil {
		return
	}
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); pc.tx.sinks.IsTransaction(p.Type()) {
			req, _ := pc.requestParam(sig)
			f := &txFunc{node: n, body: body, decl: decl, obj: obj, tx: p, txAt: i, req: req}
			pc.tx.funcs = append(pc.tx.funcs, f)
			pc.tx.byNode[n] = f
			if obj != nil {
				pc.tx.byObj[obj] = f
			}
			return
		}
	}
}

// txFindings runs the transaction checks, once the handler methods are
// known; header and method checks run after it, to use the methods it
// learns from switch and if statements on the request's method.
func (pc *Checker) txFindings() {
	if pc.tx == nil {
		return
	}
	pc.bindRegistrations()
	for _, f := range pc.tx.funcs {
		pc.analyze(f)
	}
}

// bindRegistrations marks the functions registered directly, with a
// library that ends the transaction at their return, as handlers whose
// return ends it; and gives every registered one its methods.
func (pc *Checker) bindRegistrations() {
	libs := map[*txFunc][]string{}
	other := map[*txFunc]bool{}
	for _, r := range pc.regs {
		var f *txFunc
		if r.target.lit != nil {
			f = pc.tx.byNode[r.target.lit]
		} else if r.target.fn != nil {
			f = pc.tx.byObj[r.target.fn]
		}
		if f == nil {
			continue
		}
		if r.target.wrapped || !pc.tx.sinks.Ends[r.lib] {
			other[f] = true
			continue
		}
		libs[f] = append(libs[f], r.lib)
	}
	for f, ls := range libs {
		if other[f] || slices.ContainsFunc(ls, func(l string) bool { return l != ls[0] }) {
			continue
		}
		// A function also used elsewhere (called, or passed on) may run
		// where its return ends nothing.
		if f.obj != nil && pc.uses != nil && pc.uses[f.obj] > len(ls) || f.obj != nil && len(pc.calls.Of(f.obj)) > 0 {
			continue
		}
		f.ends = ls[0]
	}
	for _, f := range pc.tx.funcs {
		if f.req != nil {
			f.method = pc.methods[f.req]
		}
	}
}

// addTx records a transaction finding once per position and rule.
func (pc *Checker) addTx(node ast.Node, rule, msg string) {
	key := node.Pos()*4 + token.Pos(slices.Index([]string{ruleUnanswered, ruleTwice, ruleAfterFinal, ruleLate}, rule))
	if pc.tx.seen[key] {
		return
	}
	pc.tx.seen[key] = true
	pc.add(node, finding.Transaction, msg).URL = explain.URL(rule)
}

func (pc *Checker) reportUnanswered(f *txFunc, at ast.Node, methods []string) {
	timer := "F"
	if slices.Contains(methods, "INVITE") {
		timer = "B"
		if len(methods) > 1 {
			timer = "B or F"
		}
	}
	msg := fmt.Sprintf("%s handler returns here without a final response: %s ends the transaction when the handler returns, so nothing is sent and the client times out (Timer %s, 32 s) (RFC 3261 §8.2.6, §17.2)",
		strings.Join(methods, "/"), libName(f.ends), timer)
	pc.addTx(at, ruleUnanswered, msg)
}

func (pc *Checker) reportTwice(at ast.Node) {
	pc.addTx(at, ruleTwice, "second final response on this transaction: a final response was already sent on this path, and the completed transaction discards this one (RFC 3261 §17.2.1, §17.2.2 MUST)")
}

func (pc *Checker) reportAfterFinal(at ast.Node) {
	pc.addTx(at, ruleAfterFinal, "provisional response after a final one on this path: the transaction is completed and takes no more provisional responses (RFC 3261 §17.2.1, §17.2.2)")
}

func (pc *Checker) reportLate(f *txFunc, at ast.Node) {
	msg := fmt.Sprintf("response from a goroutine the handler does not wait for: %s ends the transaction when the handler returns, so this goes to a terminated transaction, is never sent, and each retransmission of the request runs the handler again",
		libName(f.ends))
	pc.addTx(at, ruleLate, msg)
}

// libName is a table's library as users name it.
func libName(table string) string {
	if table == "livekit-sipgo" {
		return "livekit/sipgo"
	}
	return table
}

// posNode is a position a finding sits at when no node does: the closing
// brace of a body that ends without a return.
type posNode token.Pos

func (p posNode) Pos() token.Pos { return token.Pos(p) }
func (p posNode) End() token.Pos { return token.Pos(p) + 1 }
