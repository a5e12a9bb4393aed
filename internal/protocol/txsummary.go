package protocol

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Function summaries for the transaction checks: a function that receives
// the transaction and answers on it on every path counts as an answer at
// its calls; one that never touches it counts as nothing; any other is an
// escape. A summary is computed once per function, by the walk that judges
// it (analyze), and in the cross-package mode travels as a TxFact.

// TxSummary is what a function does with the transaction it receives.
type TxSummary struct {
	Param  int  // the transaction's parameter index
	Always bool // every path that returns sends a response on it
	Final  bool // every path that returns sends a final response with a constant code
	Never  bool // no path sends anything on it, and none lets it escape
}

// TxFact tells other packages a function's TxSummary. It is exported only
// in the cross-package mode.
type TxFact struct{ TxSummary }

func (*TxFact) AFact() {}

func (f *TxFact) String() string {
	return fmt.Sprintf("sipcode transaction(param=%d always=%t final=%t never=%t)", f.Param, f.Always, f.Final, f.Never)
}

// FactTypes are the facts this layer reads and writes in the
// cross-package mode.
func FactTypes() []analysis.Fact { return []analysis.Fact{new(TxFact)} }

type txCodec struct{}

func (txCodec) NewFact() analysis.Fact                   { return new(TxFact) }
func (txCodec) Encode(s TxSummary) analysis.Fact         { return &TxFact{s} }
func (txCodec) Decode(f analysis.Fact) (TxSummary, bool) { return f.(*TxFact).TxSummary, true }

// summaryOf returns fn's summary: from the store (a fact, for another
// package's function), or by walking this package's function once.
func (pc *Checker) summaryOf(fn *types.Func) (TxSummary, bool) {
	st := pc.tx
	if s, ok := st.store.Of(fn); ok {
		return s, true
	}
	f := st.byObj[fn]
	if f == nil || st.done[f] {
		return TxSummary{}, false
	}
	pc.analyze(f)
	return st.store.Of(fn)
}

// summarize records the summary of a declared function from its walk.
func (pc *Checker) summarize(f *txFunc, r txResult) {
	if f.obj == nil || r.escaped {
		return
	}
	s := TxSummary{Param: f.txAt}
	switch {
	case !r.sends:
		s.Never = true
	case r.returns > 0 && r.answered == r.returns:
		s.Always, s.Final = true, r.final == r.returns
	default:
		return
	}
	pc.tx.store.Set(f.obj, s)
}

// mayAnswer reports whether a function of this package may send a
// response itself or through another of its functions: a sender, a
// constructor that sends.
func (pc *Checker) mayAnswer(fn *types.Func) bool {
	st := pc.tx
	switch st.mayAns[fn] {
	case 1, 2:
		return true // being computed: assume the worst
	case -1:
		return false
	}
	fd := st.decls[fn]
	if fd == nil || fd.Body == nil {
		return false
	}
	st.mayAns[fn] = 2
	found := pc.bodyMayAnswer(fd.Body)
	st.mayAns[fn] = -1
	if found {
		st.mayAns[fn] = 1
	}
	return found
}

// bodyMayAnswer reports whether n sends a response, or calls a function
// of this package that may.
func (pc *Checker) bodyMayAnswer(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn, ok := typeutil.Callee(pc.info, call).(*types.Func)
		if !ok {
			return true
		}
		fn = fn.Origin()
		_, sender := pc.ps.Senders[fn]
		a, anchor := pc.ps.Anchors[fn]
		found = sender || anchor && a.Proto.Sends || fn.Pkg() == pc.pkg && pc.mayAnswer(fn)
		return !found
	})
	return found
}

// litTouches reports whether a function literal uses the transaction or
// may send a response: if it is not a handler of its own, it is an escape.
func (pc *Checker) litTouches(f *txFunc, lit *ast.FuncLit) bool {
	return pc.touchesTx(f, lit) || pc.bodyMayAnswer(lit.Body)
}

// callTouches: the same for the call of a go or defer statement.
func (pc *Checker) callTouches(f *txFunc, call *ast.CallExpr) bool {
	return pc.touchesTx(f, call) || pc.bodyMayAnswer(call)
}
