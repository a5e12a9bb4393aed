package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/sipcode/sipcode/analyzer/explain"
	"github.com/sipcode/sipcode/registry"
)

// The protocol checks: a response must carry the header fields its code
// requires (category header), and must be one the request's method allows
// (category method). The rules are registry.HeaderRules and
// registry.MethodRules; the library facts are the tables' protocol
// directives (prototable.go). A response is followed within its function
// (response.go) and, when it is returned, to its callers in the package;
// the request's method comes from handler registrations (handlers.go).
// Whenever a step cannot be decided the response is left alone: silence
// beats a false alarm.

// protoSinks are the protocol directives resolved to the objects of a pass.
type protoSinks struct {
	anchors      map[*types.Func]anchorParams
	senders      map[*types.Func]senderLine
	methods      map[*types.Func]methodKind // adder, replacer and reader methods
	headerCtors  map[*types.Func]int
	headerTypes  map[*types.TypeName]string
	headerNames  map[*types.Var]bool
	headerFields map[*types.Var]string
	handlers     map[*types.Func]handlerLine
	requests     []types.Type
}

// methodKind is what a method called on a response does to it.
type methodKind int

const (
	unlisted methodKind = iota // in no table: the tracker cannot follow it
	adder                      // adds the header it is given
	replacer                   // replaces a header already present
	reader                     // changes neither headers nor code
)

// anchorParams is a call that builds a response with a code.
type anchorParams struct {
	code   int // parameter index of the code, or -1 for a constructor
	status int // a constructor's fixed code, or 0
	proto  callProto
}

func resolveProto(tables []*table, pkgs map[string]*types.Package) *protoSinks {
	s := &protoSinks{
		anchors: map[*types.Func]anchorParams{}, senders: map[*types.Func]senderLine{},
		methods: map[*types.Func]methodKind{}, headerCtors: map[*types.Func]int{},
		headerTypes: map[*types.TypeName]string{}, headerNames: map[*types.Var]bool{},
		headerFields: map[*types.Var]string{}, handlers: map[*types.Func]handlerLine{},
	}
	fn := func(ref objRef) *types.Func {
		f, _ := lookup(pkgs, ref).(*types.Func)
		return f
	}
	field := func(ref objRef) *types.Var {
		v, _ := lookup(pkgs, ref).(*types.Var)
		if v == nil || !v.IsField() {
			return nil
		}
		return v
	}
	for _, t := range tables {
		for _, c := range t.calls {
			if f := fn(c.fn); f != nil && c.proto.builds {
				s.anchors[f] = anchorParams{code: c.code, proto: c.proto}
			}
		}
		p := &t.proto
		for _, l := range p.constructors {
			if f := fn(l.fn); f != nil {
				s.anchors[f] = anchorParams{code: -1, status: l.status, proto: l.proto}
			}
		}
		for _, l := range p.senders {
			if f := fn(l.fn); f != nil {
				s.senders[f] = l
			}
		}
		for kind, refs := range [...][]objRef{adder: p.adders, replacer: p.replacers, reader: p.readers} {
			for _, r := range refs {
				if f := fn(r); f != nil && f.Signature().Recv() != nil {
					s.methods[f] = methodKind(kind)
				}
			}
		}
		for _, l := range p.headerCtors {
			if f := fn(l.fn); f != nil {
				s.headerCtors[f] = l.name
			}
		}
		for _, l := range p.headerTypes {
			if tn, ok := lookup(pkgs, l.ref).(*types.TypeName); ok {
				if named, ok := types.Unalias(tn.Type()).(*types.Named); ok {
					s.headerTypes[named.Obj()] = l.name
				}
			}
		}
		for _, r := range p.headerNames {
			if v := field(r); v != nil {
				s.headerNames[v] = true
			}
		}
		for _, l := range p.headerFields {
			if v := field(l.ref); v != nil {
				s.headerFields[v] = l.name
			}
		}
		for _, l := range p.handlers {
			if f := fn(l.fn); f != nil {
				s.handlers[f] = l
			}
		}
		for _, r := range p.requests {
			if tn, ok := lookup(pkgs, r).(*types.TypeName); ok {
				s.requests = append(s.requests, tn.Type())
			}
		}
	}
	return s
}

// protoChecker is the state of the protocol checks for one pass.
type protoChecker struct {
	c       *checker
	ps      *protoSinks
	anchors []*anchor
	regs    []registration
	uses    map[*types.Func]int // uses of this package's functions other than calls
	methods map[*types.Var][]string
	hrules  []registry.HeaderRule // read once per pass
	mrules  []registry.MethodRule
}

// An anchor is a call that builds a response with a constant code.
type anchor struct {
	call     *ast.CallExpr
	params   anchorParams
	fn       *types.Func
	code     int
	codeExpr ast.Expr
	parent   ast.Node
	fd       *ast.FuncDecl
	inner    ast.Node // the innermost function: *ast.FuncDecl or *ast.FuncLit
}

// newProtocol prepares the header and method checks, or returns nil when
// they are off or the package's libraries build no response.
func (c *checker) newProtocol(tables []*table) *protoChecker {
	if !c.opts.checks[categoryHeader] && !c.opts.checks[categoryMethod] {
		return nil
	}
	ps := resolveProto(tables, c.sinks.pkgs)
	if len(ps.anchors) == 0 {
		return nil
	}
	return &protoChecker{c: c, ps: ps, hrules: registry.HeaderRules(), mrules: registry.MethodRules()}
}

// protoCall is called by the analyzer's single syntax walk (positions.go)
// for every call: it collects the anchors and the handler registrations.
func (c *checker) protoCall(call *ast.CallExpr, stack []ast.Node) {
	pc := c.proto
	if pc == nil {
		return
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return
	}
	fn = fn.Origin()
	if p, ok := pc.ps.anchors[fn]; ok {
		pc.addAnchor(call, fn, p, stack)
	}
	if h, ok := pc.ps.handlers[fn]; ok {
		pc.register(call, h)
	}
}

// protocol applies the rules to the anchors the walk found.
func (c *checker) protocol() {
	pc := c.proto
	if pc == nil || len(pc.anchors) == 0 {
		return
	}
	pc.inferMethods()
	for _, a := range pc.anchors {
		pc.check(a)
	}
}

// valueUses counts, for each function of the package, its uses other than
// as the callee of a call: every use the type checker recorded, less the
// calls the walk collected.
func (pc *protoChecker) valueUses() map[*types.Func]int {
	uses := map[*types.Func]int{}
	for _, obj := range pc.c.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() == pc.c.pass.Pkg {
			uses[fn.Origin()]++
		}
	}
	for callee, sites := range pc.c.localCalls {
		if fn, ok := callee.(*types.Func); ok {
			uses[fn] -= len(sites)
		}
	}
	return uses
}

func (pc *protoChecker) addAnchor(call *ast.CallExpr, fn *types.Func, p anchorParams, stack []ast.Node) {
	if len(stack) == 0 {
		return
	}
	// A constructor's code is its own: the diagnostic sits on its name.
	code, codeExpr := int64(p.status), call.Fun
	if p.status == 0 {
		args := callArgs(pc.c.pass.TypesInfo, call)
		if p.code >= len(args) || call.Ellipsis.IsValid() && p.code >= len(args)-1 {
			return
		}
		tv := pc.c.pass.TypesInfo.Types[args[p.code]]
		if tv.Value == nil {
			return
		}
		var ok bool
		code, ok = constant.Int64Val(constant.ToInt(tv.Value))
		if !ok || code < 100 || code > 699 {
			return
		}
		codeExpr = args[p.code]
	}
	a := &anchor{call: call, params: p, fn: fn, code: int(code), codeExpr: codeExpr, parent: stack[len(stack)-1], fd: enclosingFunc(stack)}
	for i := len(stack) - 1; i >= 0; i-- {
		if _, ok := stack[i].(*ast.FuncLit); ok {
			a.inner = stack[i]
			break
		}
		if _, ok := stack[i].(*ast.FuncDecl); ok {
			a.inner = stack[i]
			break
		}
	}
	pc.anchors = append(pc.anchors, a)
}

// check follows an anchor's response and applies the rules.
func (pc *protoChecker) check(a *anchor) {
	o := pc.follow(a)
	if o.escaped || !o.sent {
		return
	}
	methods := pc.boundMethods(a)
	method := pc.methodFindings(a, methods)
	if method == "ack" {
		return // ACK takes no response at all: nothing else to say
	}
	replaced := pc.replaceFindings(o)
	if o.unknown {
		return
	}
	for _, r := range pc.hrules {
		if !r.Codes.Contains(a.code) || !r.Method.Holds(methods) {
			continue
		}
		var missing []string
		for _, group := range r.Requires {
			if o.anyOf(group) || o.maybeAny(group, methods) || slices.ContainsFunc(group, func(h string) bool { return replaced[canonicalHeader(h)] }) {
				continue
			}
			missing = append(missing, strings.Join(group, " or "))
		}
		if len(missing) == 0 {
			continue
		}
		what := fmt.Sprintf("%d response", a.code)
		if r.Method != "" {
			what = fmt.Sprintf("%d response to %s", a.code, methods[0])
		}
		var msg string
		if r.Confused != "" && o.have[canonicalHeader(r.Confused)] {
			other := map[int]string{401: "407 for a proxy challenge", 407: "401 for a UAS challenge"}[a.code]
			msg = fmt.Sprintf("%s carries %s but no %s: %s (%s %s); use %s", what, r.Confused, strings.Join(missing, ", "), r.Summary, r.Reference, r.Word, other)
		} else {
			msg = fmt.Sprintf("%s without %s: %s (%s %s)", what, strings.Join(missing, ", "), r.Summary, r.Reference, r.Word)
			if a.code == 401 && pc.rejectsCredentials(a) {
				msg += "; when the credentials were rejected, re-challenge or answer 403 (RFC 3261 §22.1)"
			}
		}
		if f := pc.c.add(a.codeExpr, categoryHeader, msg); f != nil {
			f.url = explain.URL(r.ID)
		}
	}
}

// methodFindings applies the method rules; it returns "ack" when the
// response answers an ACK.
func (pc *protoChecker) methodFindings(a *anchor, methods []string) string {
	if len(methods) == 0 {
		return ""
	}
	for _, r := range pc.mrules {
		if !r.Codes.Contains(a.code) || !r.Method.Holds(methods) {
			continue
		}
		msg := fmt.Sprintf("%d response to %s: %s (%s %s)", a.code, strings.Join(methods, "/"), r.Summary, r.Reference, r.Word)
		if f := pc.c.add(a.codeExpr, categoryMethod, msg); f != nil {
			f.url = explain.URL(r.ID)
		}
		if r.ID == "method-ack" {
			return "ack"
		}
	}
	return ""
}

// replaceFindings reports the replacers that replace a header the response
// cannot have yet, and returns the names they were meant to add.
func (pc *protoChecker) replaceFindings(o *outcome) map[string]bool {
	replaced := map[string]bool{}
	if o.unknown {
		return replaced
	}
	for _, r := range o.replaces {
		if slices.ContainsFunc(r.names, func(n string) bool { return o.built[n] || o.maybe[n] }) {
			continue
		}
		for _, n := range r.names {
			replaced[n] = true
		}
		name := r.sel.Sel.Name
		msg := fmt.Sprintf("%s does not add a missing %s: the response has none yet, so nothing is replaced; use AppendHeader", name, strings.Join(r.display, ", "))
		f := pc.c.add(r.sel.Sel, categoryHeader, msg)
		if f == nil {
			continue
		}
		f.url = explain.URL(explain.ReplaceRule)
		f.text = pc.adderFor(r.sel)
	}
	return replaced
}

// adderFor returns the name of the adder a replacer call can be renamed to:
// the one adder in the receiver's method set whose signature is the
// replacer's (sipgo's AppendHeader for ReplaceHeader), or "" (gosip's
// ReplaceHeaders(name, hs) has none).
func (pc *protoChecker) adderFor(sel *ast.SelectorExpr) string {
	s := pc.c.pass.TypesInfo.Selections[sel]
	if s == nil {
		return ""
	}
	rep, ok := s.Obj().(*types.Func)
	if !ok {
		return ""
	}
	found := ""
	for fn, kind := range pc.ps.methods {
		if kind != adder {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(s.Recv(), true, fn.Pkg(), fn.Name())
		if m, ok := obj.(*types.Func); ok && m.Origin() == fn && types.Identical(m.Signature(), rep.Signature()) {
			if found != "" {
				return "" // two candidates: no fix
			}
			found = fn.Name()
		}
	}
	return found
}

// rejectsCredentials reports whether the function building a 401 reads the
// request's credentials: then the 401 may answer rejected ones.
func (pc *protoChecker) rejectsCredentials(a *anchor) bool {
	if a.fd == nil {
		return false
	}
	found := false
	ast.Inspect(a.fd, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && !found {
			if tv := pc.c.pass.TypesInfo.Types[lit]; tv.Value != nil && tv.Value.Kind() == constant.String {
				s := constant.StringVal(tv.Value)
				found = strings.EqualFold(s, "Authorization") || strings.EqualFold(s, "Proxy-Authorization")
			}
		}
		return !found
	})
	return found
}
