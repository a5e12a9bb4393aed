package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// use is how a value is used as a code: sent (an argument, an assignment)
// or compared (==, !=, a switch case).
type use struct {
	compare bool
	lib     *table   // whose constants a fix suggests
	reason  ast.Expr // the reason phrase sent with the code, or nil
}

// walk finds every value in a code position and judges it. It walks the
// syntax once with ast.PreorderStack: building an inspector.Inspector would
// cost more than the whole walk (see README, Performance).
func (c *checker) walk(files []*ast.File) {
	leaves := len(c.sinks.types) > 0 || len(c.sinks.aliases) > 0 // only status types make constants codes by their type
	for _, file := range files {
		ast.PreorderStack(file, nil, func(n ast.Node, stack []ast.Node) bool {
			fd := enclosingFunc(stack)
			switch n := n.(type) {
			case *ast.GenDecl:
				// const busy = 486 names a value; it does not use it. Its
				// uses are judged where it is declared (constdecls.go).
				if n.Tok == token.CONST {
					c.constDecl(n)
					return false
				}
			case *ast.CallExpr:
				c.call(fd, n)
				c.protoCall(n, stack) // anchors and handler registrations (protocol.go)
			case *ast.AssignStmt:
				c.assign(fd, n)
			case *ast.ValueSpec:
				c.valueSpec(n)
			case *ast.CompositeLit:
				c.compositeLit(fd, n)
			case *ast.BinaryExpr:
				c.comparison(fd, n)
			case *ast.SwitchStmt:
				c.switchCases(fd, n)
			case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr:
				if leaves {
					c.leaf(fd, n.(ast.Expr), stack)
				}
			}
			return true
		})
	}
}

// enclosingFunc returns the function declaration a node is in, or nil: the
// second entry of the stack, after the file.
func enclosingFunc(stack []ast.Node) *ast.FuncDecl {
	if len(stack) < 2 {
		return nil
	}
	fd, _ := stack[1].(*ast.FuncDecl)
	return fd
}

// comparison checks res.StatusCode == 200 and 404 != res.StatusCode.
func (c *checker) comparison(fd *ast.FuncDecl, n *ast.BinaryExpr) {
	switch n.Op {
	case token.EQL, token.NEQ:
		c.compared(fd, n.X, n.Y)
	case token.LSS, token.GTR, token.LEQ, token.GEQ:
		c.classBound(fd, n.X, n.Y)
		c.classBound(fd, n.Y, n.X)
	}
}

// classBound checks res.StatusCode() > http.StatusOK: an ordered comparison
// is a class bound, not a code, but another protocol's constant there is
// still not SIP's.
func (c *checker) classBound(fd *ast.FuncDecl, code, bound ast.Expr) {
	if k, ok := c.constantOf(c.unwrap(bound)); !ok || !c.sinks.foreign[k.Pkg().Path()] {
		return
	}
	if lib := c.comparedCode(fd, code); lib != nil {
		c.judge(fd, bound, use{compare: true, lib: lib})
	}
}

// positiveInt reports an integer constant above 0.
func positiveInt(v constant.Value) bool {
	n, ok := intValue(v)
	return ok && n > 0
}

// isIntegerVar reports whether e names a variable of an integer type.
func (c *checker) isIntegerVar(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && isInteger(v.Type())
}

// compared judges b when a is a code, and a when b is: in a == b, in
// require.Equal(t, a, b).
func (c *checker) compared(fd *ast.FuncDecl, a, b ast.Expr) {
	// Only a constant, or a local that may hold constants, is judged: most
	// comparisons (err != nil, s == "x") need no closer look.
	for _, pair := range [2][2]ast.Expr{{a, b}, {b, a}} {
		code, value := pair[0], pair[1]
		tv := c.pass.TypesInfo.Types[c.unwrap(value)]
		constant := tv.Value != nil
		if constant && !positiveInt(tv.Value) || !constant && !c.isIntegerVar(value) {
			continue // n == 0 and n == -1 are "no code yet" sentinels wherever they stand
		}
		if lib := c.comparedCode(fd, code); lib != nil {
			c.judge(fd, value, use{compare: true, lib: lib})
		} else if constant {
			c.maybeParamCompared(fd, code, value)
		}
	}
}

// call checks the arguments of a function that takes a code, and keeps the
// calls of this package's functions and function variables, which may turn
// out to be wrappers.
func (c *checker) call(fd *ast.FuncDecl, call *ast.CallExpr) {
	switch callee := typeutil.Callee(c.pass.TypesInfo, call).(type) {
	case *types.Func:
		fn := callee.Origin()
		if fn.Pkg() == c.pass.Pkg {
			c.localCalls[fn] = append(c.localCalls[fn], callSiteOf{fd, call})
		}
		c.checkCall(fd, call, fn)
		if e, ok := c.sinks.equals[fn]; ok {
			args := callArgs(c.pass.TypesInfo, call)
			if e.a < len(args) && e.b < len(args) && !hasSpread(call) {
				c.compared(fd, args[e.a], args[e.b])
			}
		}
		if format, ok := c.sinks.statusLines[fn]; ok {
			c.statusLine(fd, call, format)
		}
	case *types.Var:
		if callee.Pkg() == c.pass.Pkg && !callee.IsField() {
			c.localCalls[callee] = append(c.localCalls[callee], callSiteOf{fd, call})
			c.checkCall(fd, call, callee)
		}
	}
}

// checkCall checks the code and reason arguments of a call of callee. In
// f(code, reason, hs...) the spread fills only the variadic parameter: the
// arguments before it are in parameter order.
func (c *checker) checkCall(fd *ast.FuncDecl, call *ast.CallExpr, callee types.Object) {
	params, ok := c.codeParams(callee)
	if !ok {
		return
	}
	args := callArgs(c.pass.TypesInfo, call)
	positional := len(args)
	if hasSpread(call) {
		positional--
	}
	if params.code >= positional {
		return
	}
	u := use{lib: params.lib}
	if params.reason >= 0 && params.reason < positional {
		u.reason = args[params.reason]
	}
	c.send(fd, args[params.code], u)
}

// callArgs returns the arguments in parameter order: a method expression
// call T.M(x, a) passes the receiver first.
func callArgs(info *types.Info, call *ast.CallExpr) []ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr && len(call.Args) > 0 {
			return call.Args[1:]
		}
	}
	return call.Args
}

// hasSpread reports f(a, xs...), whose last argument fills the variadic
// parameter.
func hasSpread(call *ast.CallExpr) bool { return call.Ellipsis.IsValid() }

// assign checks res.StatusCode = 183.
func (c *checker) assign(fd *ast.FuncDecl, as *ast.AssignStmt) {
	if (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) || len(as.Lhs) != len(as.Rhs) {
		for _, lhs := range as.Lhs {
			c.noteAssignment(lhs, nil) // f, err := pick(): an assignment all the same
		}
		return
	}
	for i, lhs := range as.Lhs {
		c.noteAssignment(lhs, as.Rhs[i])
		if lib := c.codeExpr(lhs); lib != nil {
			c.send(fd, as.Rhs[i], use{lib: lib})
		}
	}
}

// valueSpec notes var reply = func(...) {...} and var code = res.StatusCode.
func (c *checker) valueSpec(spec *ast.ValueSpec) {
	if len(spec.Names) != len(spec.Values) {
		return
	}
	for i, name := range spec.Names {
		c.noteAssignment(name, spec.Values[i])
	}
}

// compositeLit checks sip.Response{StatusCode: 480}.
func (c *checker) compositeLit(fd *ast.FuncDecl, lit *ast.CompositeLit) {
	tv, ok := c.pass.TypesInfo.Types[lit]
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
				field, _ = c.pass.TypesInfo.Uses[key].(*types.Var)
			}
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if lib := c.sinks.fields[field]; field != nil && lib != nil {
			c.send(fd, value, use{lib: lib})
		}
	}
}

// switchCases checks switch res.StatusCode { case 480, 503: }.
func (c *checker) switchCases(fd *ast.FuncDecl, sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	// switch c := res.StatusCode; c {: the walk reaches the statement
	// before its Init.
	if as, ok := sw.Init.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
		for i, lhs := range as.Lhs {
			if id, ok := lhs.(*ast.Ident); ok {
				if v, ok := c.pass.TypesInfo.Defs[id].(*types.Var); ok {
					c.noteCopy(v, as.Rhs[i])
				}
			}
		}
	}
	lib := c.comparedCode(fd, sw.Tag)
	if lib == nil {
		for _, stmt := range sw.Body.List {
			if cc, ok := stmt.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					c.maybeParamCompared(fd, sw.Tag, e)
				}
			}
		}
		return
	}
	for _, stmt := range sw.Body.List {
		if cc, ok := stmt.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				c.judge(fd, e, use{compare: true, lib: lib})
			}
		}
	}
}

// codeExpr returns the library table when e denotes a code: a status field,
// a call of a method returning a code, or a value of a named status type.
func (c *checker) codeExpr(e ast.Expr) *table {
	e = ast.Unparen(e)
	info := c.pass.TypesInfo
	switch e := e.(type) {
	case *ast.SelectorExpr:
		if s, ok := info.Selections[e]; ok && s.Kind() == types.FieldVal {
			if v, ok := s.Obj().(*types.Var); ok {
				if lib := c.sinks.fields[v.Origin()]; lib != nil {
					return lib
				}
			}
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			if lib := c.sinks.results[fn.Origin()]; lib != nil {
				return lib
			}
		}
	case *ast.BinaryExpr, *ast.UnaryExpr:
		// code/100 has the status type too, but it is a class, not a code:
		// in code/100 == 2 the 2 is no code.
		return nil
	}
	return c.sinks.statusType(info.TypeOf(e))
}

// leaf checks a constant whose type is a named status type, wherever it
// stands: sip.StatusCode(486), return 486, codes := []sip.StatusCode{486}.
// Comparisons and switch cases are left to walk, which knows whether the
// other side is a code (in code/100 == 2 it is not).
func (c *checker) leaf(fd *ast.FuncDecl, e ast.Expr, stack []ast.Node) {
	if id, ok := e.(*ast.Ident); ok {
		if sel, ok := stack[len(stack)-1].(*ast.SelectorExpr); ok && sel.Sel == id {
			return // judged as the whole selector
		}
	}
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return
	}
	lib := c.sinks.statusType(tv.Type)
	if lib == nil {
		return
	}
	if value, ok := intValue(tv.Value); ok && value <= 0 {
		return // the zero value: return 0, err says there is no code
	}
	if outer, ok := leafContext(c.pass.TypesInfo, e, stack); ok {
		c.judge(fd, outer, use{lib: lib})
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
			if isConversion(info, p) {
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

func isConversion(info *types.Info, call *ast.CallExpr) bool {
	tv, ok := info.Types[call.Fun]
	return ok && tv.IsType() && len(call.Args) == 1
}
