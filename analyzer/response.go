package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// The response tracker: from the call that builds a response, follow the
// value to where it is sent, collecting the header names attached on the
// way. Any step it cannot follow makes the outcome escaped, and any header
// expression it cannot name makes it unknown: both keep the checks silent.

// outcome is what happened to one response.
type outcome struct {
	sent     bool                // it reaches a sender (or its constructor sends it)
	escaped  bool                // it went where the tracker cannot follow
	unknown  bool                // a header on it could not be named
	built    map[string]bool     // header names it gets before it is sent
	have     map[string]bool     // built, plus what the sender adds
	maybe    map[string]bool     // names the library adds to some responses only
	maybeFor map[string][]string // of those, the ones added to responses to these methods only
	replaces []replaceUse
}

// replaceUse is a replacer call on the response.
type replaceUse struct {
	call    *ast.CallExpr
	sel     *ast.SelectorExpr
	names   []string // canonical
	display []string // as written
}

func newOutcome() *outcome {
	return &outcome{built: map[string]bool{}, have: map[string]bool{}, maybe: map[string]bool{}, maybeFor: map[string][]string{}}
}

func (o *outcome) anyOf(group []string) bool {
	for _, h := range group {
		if o.have[canonicalHeader(h)] {
			return true
		}
	}
	return false
}

// maybeAny reports whether the library may add a header of group to a
// response to a request whose method is one of methods (nil: unknown). A
// header it adds only for other methods is no evidence once the method is
// known.
func (o *outcome) maybeAny(group, methods []string) bool {
	for _, h := range group {
		h = canonicalHeader(h)
		if !o.maybe[h] {
			continue
		}
		only, ok := o.maybeFor[h]
		if !ok || len(methods) == 0 || slices.Contains(methods, "*") || slices.ContainsFunc(methods, func(m string) bool { return slices.Contains(only, m) }) {
			return true
		}
	}
	return false
}

func (o *outcome) addBuilt(names ...string) {
	for _, n := range names {
		o.built[n], o.have[n] = true, true
	}
}

// addMaybe notes headers the library may add, for the methods in only (nil:
// for any).
func (o *outcome) addMaybe(only map[string][]string, names ...string) {
	for _, n := range names {
		methods, restricted := only[n]
		_, wasRestricted := o.maybeFor[n]
		switch {
		case !o.maybe[n]:
			o.maybe[n] = true
			if restricted {
				o.maybeFor[n] = methods
			}
		case !wasRestricted:
			// already added for any method
		case !restricted:
			delete(o.maybeFor, n) // now added for any method
		default:
			o.maybeFor[n] = append(slices.Clip(o.maybeFor[n]), methods...)
		}
	}
}

// follow tracks an anchor's response.
func (pc *protoChecker) follow(a *anchor) *outcome {
	o := newOutcome()
	p := a.params.proto
	o.addBuilt(p.adds...)
	o.addMaybe(p.mayFor, p.mayAdd...)
	if p.headers >= 0 {
		pc.anchorHeaders(a, o)
	}
	if p.sends {
		o.sent = true
		return o
	}
	pc.flow(a.call, a.parent, a.fd, a.inner, 0, 0, o)
	return o
}

// anchorHeaders collects the headers a constructor is given.
func (pc *protoChecker) anchorHeaders(a *anchor, o *outcome) {
	info := pc.c.pass.TypesInfo
	args := callArgs(info, a.call)
	i := a.params.proto.headers
	if i >= len(args) {
		return // no variadic headers given
	}
	sig, _ := a.fn.Type().(*types.Signature)
	variadic := sig != nil && sig.Variadic() && i == sig.Params().Len()-1
	switch {
	case a.call.Ellipsis.IsValid() && i == len(args)-1, !variadic:
		pc.sliceHeaders(args[i], a.fd, o, 0)
	default:
		for _, arg := range args[i:] {
			pc.headerNames(arg, a.fd, o, 0)
		}
	}
}

// flow classifies the use of value e (a response, or result k of a call
// returning one) by its parent node.
func (pc *protoChecker) flow(e ast.Expr, parent ast.Node, fd *ast.FuncDecl, inner ast.Node, k, depth int, o *outcome) {
	info := pc.c.pass.TypesInfo
	switch p := parent.(type) {
	case *ast.CallExpr:
		if p.Fun == e {
			o.escaped = true
			return
		}
		pc.argumentOf(p, o)
	case *ast.AssignStmt:
		var lhs ast.Expr
		switch {
		case len(p.Lhs) == len(p.Rhs):
			for i, r := range p.Rhs {
				if r == e {
					lhs = p.Lhs[i]
				}
			}
		case len(p.Rhs) == 1 && k < len(p.Lhs):
			lhs = p.Lhs[k]
		}
		id, ok := lhs.(*ast.Ident)
		if !ok || (p.Tok != token.DEFINE && p.Tok != token.ASSIGN) {
			o.escaped = true
			return
		}
		if id.Name == "_" {
			return // discarded: never sent
		}
		v, _ := info.Defs[id].(*types.Var)
		if v == nil {
			v, _ = info.Uses[id].(*types.Var)
		}
		pc.trackVar(v, p, fd, inner, depth, o)
	case *ast.ValueSpec:
		var v *types.Var
		for i, val := range p.Values {
			if val == e && i < len(p.Names) {
				v, _ = info.Defs[p.Names[i]].(*types.Var)
			}
		}
		if len(p.Values) == 1 && len(p.Names) > 1 && k < len(p.Names) {
			v, _ = info.Defs[p.Names[k]].(*types.Var)
		}
		pc.trackVar(v, p, fd, inner, depth, o)
	case *ast.ReturnStmt:
		pc.returned(e, p, fd, inner, depth, o)
	case *ast.ExprStmt:
		// discarded: never sent
	default:
		o.escaped = true
	}
}

// argumentOf: the response is an argument of call.
func (pc *protoChecker) argumentOf(call *ast.CallExpr, o *outcome) {
	fn, ok := typeutil.Callee(pc.c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		o.escaped = true
		return
	}
	s, ok := pc.ps.senders[fn.Origin()]
	if !ok {
		o.escaped = true
		return
	}
	o.sent = true
	for _, n := range s.adds {
		o.have[n] = true
	}
	o.addMaybe(s.mayFor, s.mayAdd...)
}

// trackVar follows a local variable holding the response through every
// use in its function, closures included.
func (pc *protoChecker) trackVar(v *types.Var, def ast.Node, fd *ast.FuncDecl, inner ast.Node, depth int, o *outcome) {
	if v == nil || fd == nil || fd.Body == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		o.escaped = true
		return
	}
	info := pc.c.pass.TypesInfo
	ast.PreorderStack(fd.Body, nil, func(n ast.Node, stack []ast.Node) bool {
		if o.escaped {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok || info.Uses[id] != v || len(stack) == 0 {
			return true
		}
		parent := stack[len(stack)-1]
		var grand ast.Node
		if len(stack) > 1 {
			grand = stack[len(stack)-2]
		}
		switch p := parent.(type) {
		case *ast.SelectorExpr:
			pc.selectorUse(p, grand, fd, o)
		case *ast.CallExpr:
			if p.Fun == id {
				o.escaped = true
			} else {
				pc.argumentOf(p, o)
			}
		case *ast.ReturnStmt:
			if p == def {
				return true
			}
			pc.returned(id, p, fd, innermost(stack, fd), depth, o)
		case *ast.AssignStmt:
			if p == def {
				return true
			}
			o.escaped = true // reassigned, or copied to another variable
		case *ast.BinaryExpr:
			if p.Op != token.EQL && p.Op != token.NEQ {
				o.escaped = true
			}
		default:
			o.escaped = true
		}
		return true
	})
}

// innermost returns the innermost function of a stack inside fd.
func innermost(stack []ast.Node, fd *ast.FuncDecl) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		if lit, ok := stack[i].(*ast.FuncLit); ok {
			return lit
		}
	}
	return fd
}

// selectorUse: v.M(...) or v.F.
func (pc *protoChecker) selectorUse(sel *ast.SelectorExpr, grand ast.Node, fd *ast.FuncDecl, o *outcome) {
	info := pc.c.pass.TypesInfo
	s, ok := info.Selections[sel]
	if !ok {
		o.escaped = true
		return
	}
	switch s.Kind() {
	case types.MethodVal:
		call, ok := grand.(*ast.CallExpr)
		fn, _ := s.Obj().(*types.Func)
		if !ok || call.Fun != sel || fn == nil {
			o.escaped = true
			return
		}
		// A promoted method (sipgo's Response.AppendHeader, declared on the
		// embedded headers) selects the declaring type's method object.
		switch pc.ps.methods[fn.Origin()] {
		case adder:
			pc.adderArgs(call, fd, o)
		case replacer:
			pc.replacer(call, sel, fd, o)
		case reader:
		default:
			o.escaped = true
		}
	case types.FieldVal:
		field, _ := s.Obj().(*types.Var)
		if field == nil {
			o.escaped = true
			return
		}
		written := false
		switch g := grand.(type) {
		case *ast.AssignStmt:
			for _, l := range g.Lhs {
				written = written || l == sel
			}
		case *ast.IncDecStmt:
			written = true
		case *ast.UnaryExpr:
			written = g.Op == token.AND
		}
		if !written {
			return
		}
		switch {
		case pc.ps.headerFields[field.Origin()] != "":
			o.addBuilt(pc.ps.headerFields[field.Origin()])
		case pc.c.sinks.fields[field.Origin()] != nil:
			o.escaped = true // the code changed
		}
	default:
		o.escaped = true
	}
}

// adderArgs names the headers an adder call adds.
func (pc *protoChecker) adderArgs(call *ast.CallExpr, fd *ast.FuncDecl, o *outcome) {
	info := pc.c.pass.TypesInfo
	for i, arg := range call.Args {
		if isStringType(info.TypeOf(arg)) {
			continue // AppendHeaderAfter's name of the header to follow
		}
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			pc.sliceHeaders(arg, fd, o, 0)
		} else {
			pc.headerNames(arg, fd, o, 0)
		}
	}
}

// replacer records a replacer call and the names it replaces.
func (pc *protoChecker) replacer(call *ast.CallExpr, sel *ast.SelectorExpr, fd *ast.FuncDecl, o *outcome) {
	info := pc.c.pass.TypesInfo
	r := replaceUse{call: call, sel: sel}
	for _, arg := range call.Args {
		if tv := info.Types[arg]; tv.Value != nil && tv.Value.Kind() == constant.String {
			name := constant.StringVal(tv.Value)
			r.names, r.display = append(r.names, canonicalHeader(name)), append(r.display, name)
			continue
		}
		if isStringType(info.TypeOf(arg)) {
			return
		}
		if len(call.Args) == 1 {
			h := newOutcome()
			pc.headerNames(arg, fd, h, 0)
			if h.unknown || len(h.built) != 1 {
				return
			}
			for n := range h.built {
				r.names, r.display = append(r.names, n), append(r.display, displayHeader(n))
			}
		}
	}
	if len(r.names) > 0 {
		o.replaces = append(o.replaces, r)
	}
}

// displayHeader writes a canonical name the way RFC 3261 does.
func displayHeader(n string) string {
	switch n {
	case "www-authenticate":
		return "WWW-Authenticate"
	case "call-id":
		return "Call-ID"
	case "cseq":
		return "CSeq"
	case "min-se":
		return "Min-SE"
	case "sip-etag":
		return "SIP-ETag"
	}
	b := []byte(n)
	up := true
	for i, c := range b {
		if up && 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '-'
	}
	return string(b)
}

func isStringType(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// headerNames names the header an expression stands for, into o.built, or
// marks o unknown.
func (pc *protoChecker) headerNames(e ast.Expr, fd *ast.FuncDecl, o *outcome, depth int) {
	info := pc.c.pass.TypesInfo
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if name := pc.typedHeader(info.TypeOf(e)); name != "" {
		o.addBuilt(name)
		return
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			if i, ok := pc.ps.headerCtors[fn.Origin()]; ok && i < len(e.Args) {
				if tv := info.Types[e.Args[i]]; tv.Value != nil && tv.Value.Kind() == constant.String {
					o.addBuilt(canonicalHeader(constant.StringVal(tv.Value)))
					return
				}
			}
		}
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			if v, ok := info.Uses[key].(*types.Var); ok && pc.ps.headerNames[v.Origin()] {
				if tv := info.Types[kv.Value]; tv.Value != nil && tv.Value.Kind() == constant.String {
					o.addBuilt(canonicalHeader(constant.StringVal(tv.Value)))
					return
				}
			}
		}
	case *ast.Ident:
		if val, ok := pc.singleValue(e, fd); ok && depth < 4 {
			pc.headerNames(val, fd, o, depth+1)
			return
		}
	}
	o.unknown = true
}

// typedHeader returns the header name of a typed header type (through
// pointers), or "".
func (pc *protoChecker) typedHeader(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return ""
	}
	return pc.ps.headerTypes[named.Origin().Obj()]
}

// sliceHeaders names each header of a slice of headers: a composite
// literal, an append, nil, or a local with one such value.
func (pc *protoChecker) sliceHeaders(e ast.Expr, fd *ast.FuncDecl, o *outcome, depth int) {
	info := pc.c.pass.TypesInfo
	e = ast.Unparen(e)
	if tv := info.Types[e]; tv.IsNil() {
		return
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			pc.headerNames(elt, fd, o, depth)
		}
		return
	case *ast.CallExpr:
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && len(e.Args) > 0 {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
				pc.sliceHeaders(e.Args[0], fd, o, depth+1)
				for i, arg := range e.Args[1:] {
					if e.Ellipsis.IsValid() && i == len(e.Args)-2 {
						pc.sliceHeaders(arg, fd, o, depth+1)
					} else {
						pc.headerNames(arg, fd, o, depth+1)
					}
				}
				return
			}
		}
	case *ast.Ident:
		if val, ok := pc.singleValue(e, fd); ok && depth < 4 {
			pc.sliceHeaders(val, fd, o, depth+1)
			return
		}
	}
	o.unknown = true
}

// singleValue returns the one value a local variable of fd is ever
// assigned, if it has exactly one.
func (pc *protoChecker) singleValue(id *ast.Ident, fd *ast.FuncDecl) (ast.Expr, bool) {
	v, ok := pc.c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || fd == nil || v.IsField() || isParamOrResult(pc.c.pass.TypesInfo, fd, v) || v.Parent() == v.Pkg().Scope() {
		return nil, false
	}
	as := pc.c.assignmentsIn(fd)
	if as.unknown[v] || len(as.values[v]) != 1 {
		return nil, false
	}
	return as.values[v][0], true
}
