package codes

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Visit takes one node of the analyzer's single walk of the syntax
// (ast.PreorderStack: building an inspector.Inspector would cost more than
// the whole walk, see docs/performance.md), whose ancestors are stack. It
// reports whether the walk should go into the node's children. Calls go to
// Call instead.
func (f *Finder) Visit(n ast.Node, stack []ast.Node) bool {
	fd := astx.EnclosingFunc(stack)
	switch n := n.(type) {
	case *ast.GenDecl:
		// const busy = 486 names a value; it does not use it. Its
		// uses are judged where it is declared (constdecls.go).
		if n.Tok == token.CONST {
			f.constDecl(n)
			return false
		}
	case *ast.AssignStmt:
		f.assign(fd, n)
	case *ast.ValueSpec:
		f.valueSpec(fd, n)
	case *ast.FuncDecl:
		if fn, ok := f.info.Defs[n.Name].(*types.Func); ok {
			f.decls[fn] = n
		}
	case *ast.CompositeLit:
		f.compositeLit(fd, n)
	case *ast.BinaryExpr:
		f.comparison(fd, n)
	case *ast.SwitchStmt:
		f.switchCases(fd, n)
	case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr:
		if f.leaves { // only status types make constants codes by their type
			f.leaf(fd, n.(ast.Expr), stack)
		}
	}
	return true
}

// comparison checks res.StatusCode == 200 and 404 != res.StatusCode.
func (f *Finder) comparison(fd *ast.FuncDecl, n *ast.BinaryExpr) {
	switch n.Op {
	case token.EQL, token.NEQ:
		f.compared(fd, n.X, n.Y)
	case token.LSS, token.GTR, token.LEQ, token.GEQ:
		f.classBound(fd, n.X, n.Y)
		f.classBound(fd, n.Y, n.X)
	}
}

// classBound checks res.StatusCode() > http.StatusOK: an ordered comparison
// is a class bound, not a code, but another protocol's constant there is
// still not SIP's.
func (f *Finder) classBound(fd *ast.FuncDecl, code, bound ast.Expr) {
	if k, ok := astx.ConstantOf(f.info, f.unwrap(bound)); !ok || !f.sinks.Foreign[k.Pkg().Path()] {
		return
	}
	if lib := f.comparedCode(fd, code); lib != nil {
		f.site(fd, bound, Use{Compare: true, Lib: lib})
	}
}

// positiveInt reports an integer constant above 0.
func positiveInt(v constant.Value) bool {
	n, ok := astx.IntValue(v)
	return ok && n > 0
}

// isIntegerVar reports whether e names a variable of an integer type.
func (f *Finder) isIntegerVar(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := f.info.Uses[id].(*types.Var)
	return ok && astx.IsInteger(v.Type())
}

// compared judges b when a is a code, and a when b is: in a == b, in
// require.Equal(t, a, b).
func (f *Finder) compared(fd *ast.FuncDecl, a, b ast.Expr) {
	// Only a constant, or a local that may hold constants, is judged: most
	// comparisons (err != nil, s == "x") need no closer look.
	for _, pair := range [2][2]ast.Expr{{a, b}, {b, a}} {
		code, value := pair[0], pair[1]
		tv := f.info.Types[f.unwrap(value)]
		if call, ok := f.unwrap(value).(*ast.CallExpr); ok && tv.Value == nil {
			f.comparedCall(fd, code, call)
			continue
		}
		constant := tv.Value != nil
		if constant && !positiveInt(tv.Value) || !constant && !f.isIntegerVar(value) {
			continue // n == 0 and n == -1 are "no code yet" sentinels wherever they stand
		}
		if lib := f.comparedCode(fd, code); lib != nil {
			f.site(fd, value, Use{Compare: true, Lib: lib})
		} else if constant {
			f.deferCompare(fd, code, value)
		}
	}
}

// Call checks the arguments of a call, in the function stack[1], whose
// callee the analyzer resolved (funcs.Calls.Add): a function that takes a
// code, or one of this package's functions and function variables, which
// may turn out to be wrappers.
func (f *Finder) Call(call *ast.CallExpr, callee types.Object, stack []ast.Node) {
	fd := astx.EnclosingFunc(stack)
	switch callee := callee.(type) {
	case *types.Func:
		fn := callee.Origin()
		f.checkCall(fd, call, fn)
		if e, ok := f.sinks.Equals[fn]; ok {
			args := astx.CallArgs(f.info, call)
			if e.A < len(args) && e.B < len(args) && !astx.HasSpread(call) {
				f.compared(fd, args[e.A], args[e.B])
			}
		}
		if format, ok := f.sinks.StatusLines[fn]; ok {
			f.statusLine(fd, call, format)
		}
	case *types.Var:
		if callee.Pkg() == f.pass.Pkg && !callee.IsField() {
			f.checkCall(fd, call, callee)
		}
	}
}

// checkCall checks the code and reason arguments of a call of callee. In
// f(code, reason, hs...) the spread fills only the variadic parameter: the
// arguments before it are in parameter order.
func (f *Finder) checkCall(fd *ast.FuncDecl, call *ast.CallExpr, callee types.Object) {
	params, ok := f.codeParams(callee)
	if !ok {
		return
	}
	args := astx.CallArgs(f.info, call)
	positional := len(args)
	if astx.HasSpread(call) {
		positional--
	}
	if params.Code >= positional {
		return
	}
	u := Use{Lib: params.Lib}
	if params.Reason >= 0 && params.Reason < positional {
		u.Reason = args[params.Reason]
	}
	f.send(fd, args[params.Code], u)
	if u.Reason != nil {
		f.reasonUses = append(f.reasonUses, reasonUse{fd, args[params.Code], u.Reason, u.Lib})
	}
}

// assign checks res.StatusCode = 183.
func (f *Finder) assign(fd *ast.FuncDecl, as *ast.AssignStmt) {
	if (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) || len(as.Lhs) != len(as.Rhs) {
		for _, lhs := range as.Lhs {
			f.noteAssignment(fd, lhs, nil) // f, err := pick(): an assignment all the same
			if len(as.Rhs) == 1 {
				f.noteResult(lhs, as.Rhs[0])
			}
		}
		return
	}
	for i, lhs := range as.Lhs {
		f.noteAssignment(fd, lhs, as.Rhs[i])
		if lib := f.codeExpr(lhs); lib != nil {
			f.send(fd, as.Rhs[i], Use{Lib: lib})
		}
	}
}

// valueSpec notes var reply = func(...) {...}, var code = res.StatusCode
// and var code, reason = pick().
func (f *Finder) valueSpec(fd *ast.FuncDecl, spec *ast.ValueSpec) {
	if len(spec.Values) == 1 && len(spec.Names) > 1 {
		for _, name := range spec.Names {
			f.noteResult(name, spec.Values[0])
		}
	}
	if len(spec.Names) != len(spec.Values) {
		return
	}
	for i, name := range spec.Names {
		f.noteAssignment(fd, name, spec.Values[i])
	}
}

// compositeLit checks sip.Response{StatusCode: 480}.
func (f *Finder) compositeLit(fd *ast.FuncDecl, lit *ast.CompositeLit) {
	tv, ok := f.info.Types[lit]
	if !ok {
		return
	}
	st, ok := tv.Type.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		value, field := elt, (*types.Var)(nil)
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			value = kv.Value
			if key, ok := kv.Key.(*ast.Ident); ok {
				field, _ = f.info.Uses[key].(*types.Var)
			}
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if lib := f.sinks.Fields[field]; field != nil && lib != nil {
			f.send(fd, value, Use{Lib: lib})
		}
	}
}

// switchCases checks switch res.StatusCode { case 480, 503: }.
func (f *Finder) switchCases(fd *ast.FuncDecl, sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	// switch c := res.StatusCode; c {: the walk reaches the statement
	// before its Init.
	if as, ok := sw.Init.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
		for i, lhs := range as.Lhs {
			if id, ok := lhs.(*ast.Ident); ok {
				if v, ok := f.info.Defs[id].(*types.Var); ok {
					f.noteCopy(v, as.Rhs[i])
				}
			}
		}
	}
	lib := f.comparedCode(fd, sw.Tag)
	if lib == nil {
		for _, stmt := range sw.Body.List {
			if cc, ok := stmt.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					f.deferCompare(fd, sw.Tag, e)
				}
			}
		}
		return
	}
	for _, stmt := range sw.Body.List {
		if cc, ok := stmt.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				f.site(fd, e, Use{Compare: true, Lib: lib})
			}
		}
	}
}

// codeExpr returns the library table when e denotes a code: a status field,
// a call of a method returning a code, or a value of a named status type.
func (f *Finder) codeExpr(e ast.Expr) *stacks.Table {
	e = ast.Unparen(e)
	info := f.info
	switch e := e.(type) {
	case *ast.SelectorExpr:
		if s, ok := info.Selections[e]; ok && s.Kind() == types.FieldVal {
			if v, ok := s.Obj().(*types.Var); ok {
				if lib := f.sinks.Fields[v.Origin()]; lib != nil {
					return lib
				}
			}
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			if lib := f.sinks.Results[fn.Origin()]; lib != nil {
				return lib
			}
		}
		if lib := f.returnedCode(e, 0); lib != nil {
			return lib
		}
	case *ast.BinaryExpr, *ast.UnaryExpr:
		// code/100 has the status type too, but it is a class, not a code:
		// in code/100 == 2 the 2 is no code.
		return nil
	}
	return f.sinks.StatusType(info.TypeOf(e))
}

// leaf checks a constant whose type is a named status type, wherever it
// stands: sip.StatusCode(486), return 486, codes := []sip.StatusCode{486}.
// Comparisons and switch cases are left to walk, which knows whether the
// other side is a code (in code/100 == 2 it is not).
func (f *Finder) leaf(fd *ast.FuncDecl, e ast.Expr, stack []ast.Node) {
	if id, ok := e.(*ast.Ident); ok {
		if sel, ok := stack[len(stack)-1].(*ast.SelectorExpr); ok && sel.Sel == id {
			return // judged as the whole selector
		}
	}
	tv, ok := f.info.Types[e]
	if !ok || tv.Value == nil {
		return
	}
	lib := f.sinks.StatusType(tv.Type)
	if lib == nil {
		return
	}
	if value, ok := astx.IntValue(tv.Value); ok && value <= 0 {
		return // the zero value: return 0, err says there is no code
	}
	if outer, ok := leafContext(f.info, e, stack); ok {
		f.site(fd, outer, Use{Lib: lib})
	}
}

// leafContext tells whether the value e, whose ancestors are stack, is used as a code, and
// returns it with the parens and conversions around it, which a fix may
// replace as a whole. Ordered comparisons, arithmetic and negation are
// class bounds and sentinels, not codes; == and switch cases are walk's.
func leafContext(info *types.Info, e ast.Expr, stack []ast.Node) (ast.Expr, bool) {
	for i := len(stack) - 1; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			e = p
			continue
		case *ast.CallExpr:
			if astx.IsConversion(info, p) {
				e = p
				continue
			}
		case *ast.BinaryExpr, *ast.CaseClause, *ast.UnaryExpr, *ast.IncDecStmt, *ast.IndexExpr, *ast.SliceExpr, *ast.ArrayType:
			return nil, false
		case *ast.AssignStmt:
			if p.Tok != token.ASSIGN && p.Tok != token.DEFINE {
				return nil, false // code += 1
			}
		}
		break
	}
	return e, true
}
