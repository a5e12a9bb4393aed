package stacks

import (
	"fmt"
	"go/types"
)

// The transaction directives of a table: what a server transaction is,
// whether the library ends it when the handler returns, and how a
// request's method is read. They feed the transaction checks (package
// protocol, transaction*.go); README ("Library tables") documents them.
//
//	transaction github.com/emiago/sipgo/sip.ServerTransaction
//	ends (*github.com/emiago/sipgo/sip.ServerTx).TerminateGracefully
//	reqmethod github.com/emiago/sipgo/sip.Request.Method
//
// transaction names a server transaction type: a function parameter of it
// is a transaction the function answers on. ends names the method the
// library's server calls on the handler's transaction once the handler
// returns (sipgo's handleRequest): a table with an ends line ends the
// transaction of its handlers at their return. reqmethod names the field,
// or the method, that holds a request's method.
type txTable struct {
	transactions []objRef
	ends         []objRef
	reqMethods   []objRef
	dialogs      []dialogLine
}

// A dialogLine is a function that reads a request and its transaction
// into a dialog session that answers on that transaction: sipgo's
// (*DialogServerCache).ReadInvite(req, tx). The session's senders (the
// table's sender lines and calls that send, on its type) are then sends on
// the transaction.
//
//	dialog (*github.com/emiago/sipgo.DialogServerCache).ReadInvite tx=1
type dialogLine struct {
	fn objRef
	tx int // parameter index of the transaction
}

// addTx parses a transaction directive; ok is false for other directives.
func (t *Table) addTx(directive string, args []string) (ok bool, err error) {
	x := &t.tx
	switch directive {
	case "transaction":
		if len(args) != 1 {
			return true, fmt.Errorf("want pkg/path.Type")
		}
		ref, err := parseObjRef(args[0], false)
		if err != nil || ref.recv != "" {
			return true, fmt.Errorf("%q: want pkg/path.Type", args[0])
		}
		x.transactions = append(x.transactions, ref)
	case "ends":
		if len(args) != 1 {
			return true, fmt.Errorf("want (pkg/path.Type).Method")
		}
		ref, err := parseObjRef(args[0], true)
		if err != nil || ref.recv == "" {
			return true, fmt.Errorf("%q: want (pkg/path.Type).Method", args[0])
		}
		x.ends = append(x.ends, ref)
	case "reqmethod":
		if len(args) != 1 {
			return true, fmt.Errorf("want pkg/path.Type.Field or (pkg/path.Type).Method")
		}
		ref, err := parseObjRef(args[0], args[0] != "" && args[0][0] == '(')
		if err != nil || ref.recv == "" {
			return true, fmt.Errorf("%q: want pkg/path.Type.Field or (pkg/path.Type).Method", args[0])
		}
		x.reqMethods = append(x.reqMethods, ref)
	case "dialog":
		fn, idx, err := parseIndexed(args, []string{"tx"}, nil)
		if err != nil {
			return true, err
		}
		x.dialogs = append(x.dialogs, dialogLine{fn: fn, tx: idx["tx"]})
	default:
		return false, nil
	}
	return true, nil
}

// TxSinks are the transaction directives resolved to the objects of a
// pass.
type TxSinks struct {
	Transactions []types.Type          // server transaction types
	Ends         map[string]bool       // libraries (table names) whose handlers' transactions end at return
	ReqMethods   map[types.Object]bool // request fields (*types.Var) or methods (*types.Func) holding the method
	Dialogs      map[*types.Func]int   // functions returning a dialog session that answers on their transaction, by its parameter index
}

// IsTransaction reports whether t is, through a pointer, a server
// transaction type.
func (s *TxSinks) IsTransaction(t types.Type) bool {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	for _, x := range s.Transactions {
		if types.Identical(t, x) {
			return true
		}
	}
	return false
}

// ResolveTx resolves the tables' transaction directives to the objects of
// pkgs (stacks.Reachable).
func ResolveTx(tables []*Table, pkgs map[string]*types.Package) *TxSinks {
	s := &TxSinks{Ends: map[string]bool{}, ReqMethods: map[types.Object]bool{}, Dialogs: map[*types.Func]int{}}
	for _, t := range tables {
		for _, r := range t.tx.transactions {
			if tn, ok := lookup(pkgs, r).(*types.TypeName); ok {
				s.Transactions = append(s.Transactions, types.Unalias(tn.Type()))
			}
		}
		for _, r := range t.tx.ends {
			if f, ok := lookup(pkgs, r).(*types.Func); ok && f.Signature().Recv() != nil {
				s.Ends[t.Name] = true
			}
		}
		for _, d := range t.tx.dialogs {
			if f, ok := lookup(pkgs, d.fn).(*types.Func); ok && d.tx < f.Signature().Params().Len() {
				s.Dialogs[f] = d.tx
			}
		}
		for _, r := range t.tx.reqMethods {
			switch obj := lookup(pkgs, r).(type) {
			case *types.Var:
				if obj.IsField() {
					s.ReqMethods[obj] = true
				}
			case *types.Func:
				s.ReqMethods[obj] = true
			}
		}
	}
	return s
}
