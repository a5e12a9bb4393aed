package protocol

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Dialog sessions. In a sipgo INVITE handler
//
//	dlg, err := dialogs.ReadInvite(req, tx)
//	if err != nil {
//		return // unanswered: ReadInvite sends nothing
//	}
//	defer dlg.Close()
//	dlg.Respond(sip.StatusRinging, "Ringing", nil)
//	dlg.RespondSDP(answer)
//
// the session answers on tx: its sends are sends on the transaction, and
// it is followed as the transaction is. A session assigned once from a
// table's dialog function (stacks.TxSinks.Dialogs) with the handler's
// transaction counts; one used in any other way than its own method calls
// (passed on, stored, captured) is an escape, as the transaction would be.

// dialogsOf returns the dialog sessions of f's transaction, and the calls
// that make them.
func (pc *Checker) dialogsOf(f *txFunc) (map[*types.Var]bool, map[*ast.CallExpr]bool) {
	if len(pc.tx.sinks.Dialogs) == 0 {
		return nil, nil
	}
	vars, calls := map[*types.Var]bool{}, map[*ast.CallExpr]bool{}
	as := pc.locals.In(f.decl)
	ast.Inspect(f.body, func(n ast.Node) bool {
		var lhs []ast.Expr
		var rhs ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 {
				lhs, rhs = n.Lhs, n.Rhs[0]
			}
		case *ast.ValueSpec:
			if len(n.Values) == 1 {
				for _, name := range n.Names {
					lhs = append(lhs, name)
				}
				rhs = n.Values[0]
			}
		}
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok || len(lhs) == 0 || !pc.readsDialog(f, call) {
			return true
		}
		id, ok := lhs[0].(*ast.Ident)
		if !ok {
			return true
		}
		v, _ := pc.info.ObjectOf(id).(*types.Var)
		// Assigned once, from this call.
		if v != nil && len(as.Values[v])+len(as.Results[v]) == 1 && (!as.Unknown[v] || as.FromResults(v)) {
			vars[v], calls[call] = true, true
		}
		return true
	})
	return vars, calls
}

// readsDialog reports whether call is a table's dialog function given f's
// transaction.
func (pc *Checker) readsDialog(f *txFunc, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(pc.info, call).(*types.Func)
	if !ok {
		return false
	}
	i, ok := pc.tx.sinks.Dialogs[fn.Origin()]
	if !ok || i >= len(call.Args) {
		return false
	}
	id, ok := ast.Unparen(call.Args[i]).(*ast.Ident)
	return ok && pc.info.Uses[id] == f.tx
}

// isTx reports whether id names f's transaction or one of its dialog
// sessions.
func (pc *Checker) isTx(f *txFunc, id *ast.Ident) bool {
	v, ok := pc.info.Uses[id].(*types.Var)
	return ok && (v == f.tx || f.dialogs[v])
}

// touchesTx reports whether n refers to f's transaction or one of its
// dialog sessions.
func (pc *Checker) touchesTx(f *txFunc, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && pc.isTx(f, id) {
			found = true
		}
		return !found
	})
	return found
}
