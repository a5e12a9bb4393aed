package protocol

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// Conditions a path has taken. In
//
//	if err != nil {
//		tx.Respond(res500)
//	}
//	if err == nil {
//		tx.Respond(res200)
//	}
//
// no path sends both: the second condition is the opposite of the first.
// The walk remembers the conditions it took on a variable whose value
// cannot change in the function (a parameter never assigned, or a local
// assigned once, where it is declared), and does not take a branch that
// contradicts one: err != nil, err == nil, ok, !ok. Anything else is not
// remembered, and both branches are walked.

// takeCond returns the conditions of a path that takes the then (or else)
// branch of cond, and false when the path already took the opposite.
func (pc *Checker) takeCond(f *txFunc, cond ast.Node, then bool, conds string) (string, bool) {
	key, truth, ok := pc.condFact(f, cond, then)
	if !ok {
		return conds, true
	}
	facts := strings.Split(conds, ";")
	if slices.Contains(facts, key+"="+boolString(!truth)) {
		return conds, false
	}
	fact := key + "=" + boolString(truth)
	if slices.Contains(facts, fact) {
		return conds, true
	}
	facts = slices.DeleteFunc(append(facts, fact), func(s string) bool { return s == "" })
	slices.Sort(facts)
	return strings.Join(facts, ";"), true
}

func boolString(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// condFact reads cond, taken as then says, as a fact about a stable
// variable: its key (err == nil, ok; by varKey) and truth.
func (pc *Checker) condFact(f *txFunc, cond ast.Node, then bool) (string, bool, bool) {
	e, ok := cond.(ast.Expr)
	if !ok {
		return "", false, false
	}
	truth := then
	for {
		u, ok := ast.Unparen(e).(*ast.UnaryExpr)
		if !ok || u.Op != token.NOT {
			break
		}
		e, truth = u.X, !truth
	}
	e = ast.Unparen(e)
	if b, ok := e.(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
		id, ok := ast.Unparen(b.X).(*ast.Ident)
		if !ok || !pc.info.Types[b.Y].IsNil() {
			return "", false, false
		}
		if b.Op == token.NEQ {
			truth = !truth
		}
		v, ok := pc.info.Uses[id].(*types.Var)
		if !ok || !pc.stable(f, v) {
			return "", false, false
		}
		return varKey(v) + "==nil", truth, true
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return "", false, false
	}
	v, ok := pc.info.Uses[id].(*types.Var)
	if !ok || !pc.stable(f, v) {
		return "", false, false
	}
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return "", false, false
	}
	return varKey(v), truth, true
}

// varKey names v in a path's conditions: by where it is declared, since
// two variables may share a name (err shadowed in an if).
func varKey(v *types.Var) string { return strconv.Itoa(int(v.Pos())) }

// stable reports whether v keeps one value in f: a parameter of f never
// assigned, or a local assigned once, by the statement that declares it.
// The walk asks at every branch of every path: the answer is kept.
func (pc *Checker) stable(f *txFunc, v *types.Var) bool {
	if s, ok := f.stableVars[v]; ok {
		return s
	}
	if f.stableVars == nil {
		f.stableVars = map[*types.Var]bool{}
	}
	s := pc.isStable(f, v)
	f.stableVars[v] = s
	return s
}

func (pc *Checker) isStable(f *txFunc, v *types.Var) bool {
	if v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	as := pc.locals.In(f.decl)
	n := len(as.Values[v]) + len(as.Results[v])
	if as.Unknown[v] && !as.FromResults(v) {
		return false
	}
	if n == 0 {
		return f.node.Pos() <= v.Pos() && v.Pos() < f.body.Pos() // a parameter
	}
	if n != 1 {
		return false
	}
	// The one assignment declares it: v := x, var v = x.
	declared := false
	ast.Inspect(f.body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.AssignStmt:
			if x.Tok == token.DEFINE {
				for _, l := range x.Lhs {
					if id, ok := l.(*ast.Ident); ok && pc.info.Defs[id] == v {
						declared = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, name := range x.Names {
				if pc.info.Defs[name] == v && len(x.Values) > 0 {
					declared = true
				}
			}
		}
		return !declared
	})
	return declared
}
