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
	as := &Assignments{Values: map[*types.Var][]ast.Expr{}, Unknown: map[*types.Var]bool{}}
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
			paired := len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE)
			for i, lhs := range n.Lhs {
				if v := varOf(lhs); v != nil {
					if paired {
						as.Values[v] = append(as.Values[v], n.Rhs[i])
					} else {
						as.Unknown[v] = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if v := varOf(name); v != nil && len(n.Values) == len(n.Names) {
					as.Values[v] = append(as.Values[v], n.Values[i])
				} else if v != nil && len(n.Values) > 0 {
					as.Unknown[v] = true
				}
			}
		case *ast.IncDecStmt:
			if v := varOf(n.X); v != nil {
				as.Unknown[v] = true
			}
		case *ast.UnaryExpr:
			if v := varOf(n.X); v != nil && n.Op == token.AND {
				as.Unknown[v] = true
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if v := varOf(e); v != nil {
					as.Unknown[v] = true
				}
			}
		}
		return true
	})
	return as
}
