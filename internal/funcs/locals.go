package funcs

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Assignments are the values assigned to each local variable of a function.
type Assignments struct {
	Values  map[*types.Var][]ast.Expr
	Unknown map[*types.Var]bool // assigned something that is not a plain value
	// Results are the assignments of one result of a call returning
	// several (code, reason := pick()); they make the variable Unknown
	// too, and opaque records the variables Unknown for other reasons.
	Results map[*types.Var][]Result
	opaque  map[*types.Var]bool
}

// A Result is result Index of the call Call.
type Result struct {
	Call  *ast.CallExpr
	Index int
}

// FromResults reports whether v is assigned only plain values and results
// of calls, at least one of them a call's.
func (as *Assignments) FromResults(v *types.Var) bool {
	return len(as.Results[v]) > 0 && !as.opaque[v]
}

// Locals collects, once per function and on demand, every assignment to
// its local variables, closures included.
type Locals struct {
	info *types.Info
	in   map[*ast.FuncDecl]*Assignments
}

// NewLocals returns an empty cache.
func NewLocals(info *types.Info) *Locals {
	return &Locals{info: info, in: map[*ast.FuncDecl]*Assignments{}}
}

// In returns the assignments in fd.
func (l *Locals) In(fd *ast.FuncDecl) *Assignments {
	if as, ok := l.in[fd]; ok {
		return as
	}
	as := &Assignments{Values: map[*types.Var][]ast.Expr{}, Unknown: map[*types.Var]bool{},
		Results: map[*types.Var][]Result{}, opaque: map[*types.Var]bool{}}
	opaque := func(v *types.Var) { as.Unknown[v], as.opaque[v] = true, true }
	l.in[fd] = as
	if fd.Body == nil {
		return as
	}
	info := l.info
	varOf := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		if v, ok := info.Defs[id].(*types.Var); ok {
			return v
		}
		v, _ := info.Uses[id].(*types.Var)
		return v
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			plain := n.Tok == token.ASSIGN || n.Tok == token.DEFINE
			paired := len(n.Lhs) == len(n.Rhs) && plain
			call, _ := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
			for i, lhs := range n.Lhs {
				v := varOf(lhs)
				switch {
				case v == nil:
				case paired:
					as.Values[v] = append(as.Values[v], n.Rhs[i])
				case plain && len(n.Rhs) == 1 && call != nil:
					as.Results[v] = append(as.Results[v], Result{call, i})
					as.Unknown[v] = true
				default:
					opaque(v)
				}
			}
		case *ast.ValueSpec:
			call, _ := valueCall(n.Values)
			for i, name := range n.Names {
				v := varOf(name)
				switch {
				case v == nil:
				case len(n.Values) == len(n.Names):
					as.Values[v] = append(as.Values[v], n.Values[i])
				case call != nil:
					as.Results[v] = append(as.Results[v], Result{call, i})
					as.Unknown[v] = true
				case len(n.Values) > 0:
					opaque(v)
				}
			}
		case *ast.IncDecStmt:
			if v := varOf(n.X); v != nil {
				opaque(v)
			}
		case *ast.UnaryExpr:
			if v := varOf(n.X); v != nil && n.Op == token.AND {
				opaque(v)
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if v := varOf(e); v != nil {
					opaque(v)
				}
			}
		}
		return true
	})
	return as
}

// valueCall returns the one call of var a, b = f().
func valueCall(values []ast.Expr) (*ast.CallExpr, bool) {
	if len(values) != 1 {
		return nil, false
	}
	call, ok := ast.Unparen(values[0]).(*ast.CallExpr)
	return call, ok
}
