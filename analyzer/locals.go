package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Local values: in
//
//	code := 404
//	tx.Respond(sip.NewResponseFromRequest(req, code, "Not Found", nil))
//
// code is assigned only constants, so each is a code, reported where it is
// assigned. One assignment of anything else (a call, a parameter, code++,
// &code) and the variable is left alone: that needs data flow, not this.

// assignments are the values assigned to each local variable of a function.
type assignments struct {
	values  map[*types.Var][]ast.Expr
	unknown map[*types.Var]bool // assigned something that is not a plain value
}

func (c *checker) localValue(fd *ast.FuncDecl, id *ast.Ident, u use) {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || fd == nil || v.IsField() || isParamOrResult(c.pass.TypesInfo, fd, v) {
		return // not a local variable: its value comes from elsewhere
	}
	as := c.assignmentsIn(fd)
	values := as.values[v]
	if as.unknown[v] || len(values) == 0 {
		return
	}
	for _, val := range values {
		if c.pass.TypesInfo.Types[val].Value == nil {
			return
		}
	}
	for _, val := range values {
		c.judge(fd, val, use{compare: u.compare, lib: u.lib})
	}
}

// comparedCode returns the library table when e, compared with something,
// is a code: a code expression, or a local copied from one. In
//
//	code := res.StatusCode
//	switch code { case 401, 407: }
//
// code is assigned only code-valued expressions (through integer
// conversions: status := int(st.Code)), so it is a code wherever it is
// compared. One assignment of anything else and it is left alone.
func (c *checker) comparedCode(fd *ast.FuncDecl, e ast.Expr) *table {
	if lib := c.codeExpr(e); lib != nil {
		return lib
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || fd == nil {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !c.codeCopies[v] || isParamOrResult(c.pass.TypesInfo, fd, v) {
		return nil // not copied from a code where the walk has been so far
	}
	as := c.assignmentsIn(fd)
	if as.unknown[v] {
		return nil
	}
	var lib *table
	for _, val := range as.values[v] {
		if lib = c.codeExpr(c.unwrap(val)); lib == nil {
			return nil
		}
	}
	return lib
}

// assignmentsIn collects, once per function, every assignment to its local
// variables, closures included.
func (c *checker) assignmentsIn(fd *ast.FuncDecl) *assignments {
	if as, ok := c.locals[fd]; ok {
		return as
	}
	as := &assignments{values: map[*types.Var][]ast.Expr{}, unknown: map[*types.Var]bool{}}
	c.locals[fd] = as
	if fd.Body == nil {
		return as
	}
	info := c.pass.TypesInfo
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
						as.values[v] = append(as.values[v], n.Rhs[i])
					} else {
						as.unknown[v] = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if v := varOf(name); v != nil && len(n.Values) == len(n.Names) {
					as.values[v] = append(as.values[v], n.Values[i])
				} else if v != nil && len(n.Values) > 0 {
					as.unknown[v] = true
				}
			}
		case *ast.IncDecStmt:
			if v := varOf(n.X); v != nil {
				as.unknown[v] = true
			}
		case *ast.UnaryExpr:
			if v := varOf(n.X); v != nil && n.Op == token.AND {
				as.unknown[v] = true
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if v := varOf(e); v != nil {
					as.unknown[v] = true
				}
			}
		}
		return true
	})
	return as
}

func isParamOrResult(info *types.Info, fd *ast.FuncDecl, v *types.Var) bool {
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok {
		return true // be safe: treat it as coming from elsewhere
	}
	for _, tuple := range []*types.Tuple{fn.Signature().Params(), fn.Signature().Results()} {
		for p := range tuple.Variables() {
			if p == v {
				return true
			}
		}
	}
	return false
}
