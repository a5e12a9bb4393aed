package protocol

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"github.com/sipcode/sipcode/analyzer/explain"
	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/finding"
	"github.com/sipcode/sipcode/internal/funcs"
	"github.com/sipcode/sipcode/internal/stacks"
	"github.com/sipcode/sipcode/registry"
)

// The protocol checks: a response must carry the header fields its code
// requires (category header), and must be one the request's method allows
// (category method). The rules are registry.HeaderRules and
// registry.MethodRules; the library facts are the tables' protocol
// directives (package stacks). A response is followed within its function
// (response.go) and, when it is returned, to its callers in the package;
// the request's method comes from handler registrations (handlers.go).
// The transaction checks (category transaction, txcheck.go) follow the
// paths of each function that receives a server transaction.
// Whenever a step cannot be decided the response is left alone: silence
// beats a false alarm.

// Checker is the state of the protocol checks for one pass.
type Checker struct {
	info     *types.Info
	pkg      *types.Package
	sinks    *stacks.Sinks
	ps       *stacks.ProtoSinks
	calls    *funcs.Calls
	locals   *funcs.Locals
	anchors  []*anchor
	regs     []registration
	uses     map[*types.Func]int // uses of this package's functions other than calls
	methods  map[*types.Var][]string
	hrules   []registry.HeaderRule // read once per pass
	mrules   []registry.MethodRule
	findings []*finding.Finding
	tx       *txState // nil when the transaction checks are off
}

// An anchor is a call that builds a response with a constant code.
type anchor struct {
	call     *ast.CallExpr
	params   stacks.AnchorParams
	fn       *types.Func
	code     int
	codeExpr ast.Expr
	parent   ast.Node
	fd       *ast.FuncDecl
	inner    ast.Node      // the innermost function: *ast.FuncDecl or *ast.FuncLit
	param    int           // for a wrapper's anchor, the parameter of fd that is the code; else -1
	site     *ast.CallExpr // for a wrapper's anchor judged at one call of the wrapper, that call
}

// New prepares the header and method checks of a pass, or returns nil
// when the package's libraries build no response. calls and locals are the
// indexes the analyzer shares between layers.
func New(info *types.Info, pkg *types.Package, sinks *stacks.Sinks, ps *stacks.ProtoSinks, calls *funcs.Calls, locals *funcs.Locals) *Checker {
	if len(ps.Anchors) == 0 {
		return nil
	}
	return &Checker{info: info, pkg: pkg, sinks: sinks, ps: ps, calls: calls, locals: locals,
		hrules: registry.HeaderRules(), mrules: registry.MethodRules()}
}

// Call takes a call of the analyzer's single walk, whose ancestors are
// stack and whose callee the analyzer resolved (funcs.Calls.Add): it
// collects the anchors and the handler registrations.
func (pc *Checker) Call(call *ast.CallExpr, callee types.Object, stack []ast.Node) {
	fn, ok := callee.(*types.Func)
	if !ok {
		return
	}
	fn = fn.Origin()
	if p, ok := pc.ps.Anchors[fn]; ok {
		pc.addAnchor(call, fn, p, stack)
	}
	if h, ok := pc.ps.Handlers[fn]; ok {
		pc.register(call, h)
	}
}

// Findings applies the rules to the anchors the walk found, once the walk
// is over.
func (pc *Checker) Findings() []*finding.Finding {
	if len(pc.anchors) == 0 && (pc.tx == nil || len(pc.tx.funcs) == 0) {
		return nil
	}
	pc.inferMethods()
	pc.txFindings()
	for _, a := range pc.anchors {
		if a.param >= 0 {
			pc.checkThrough(a)
		} else {
			pc.check(a)
		}
	}
	return pc.findings
}

// add records a finding.
func (pc *Checker) add(node ast.Node, category, message string) *finding.Finding {
	f := &finding.Finding{Node: node, Category: category, Message: message, URL: explain.URL(category)}
	pc.findings = append(pc.findings, f)
	return f
}

func (pc *Checker) addAnchor(call *ast.CallExpr, fn *types.Func, p stacks.AnchorParams, stack []ast.Node) {
	if len(stack) == 0 {
		return
	}
	// A constructor's code is its own: the diagnostic sits on its name.
	code, codeExpr := int64(p.Status), call.Fun
	if p.Status == 0 {
		args := astx.CallArgs(pc.info, call)
		if p.Code >= len(args) || call.Ellipsis.IsValid() && p.Code >= len(args)-1 {
			return
		}
		tv := pc.info.Types[args[p.Code]]
		if tv.Value == nil {
			pc.addWrapperAnchor(call, fn, p, stack, args[p.Code])
			return
		}
		var ok bool
		code, ok = constant.Int64Val(constant.ToInt(tv.Value))
		if !ok || code < 100 || code > 699 {
			return
		}
		codeExpr = args[p.Code]
	}
	pc.anchors = append(pc.anchors, newAnchor(call, fn, p, stack, int(code), codeExpr))
}

func newAnchor(call *ast.CallExpr, fn *types.Func, p stacks.AnchorParams, stack []ast.Node, code int, codeExpr ast.Expr) *anchor {
	a := &anchor{call: call, params: p, fn: fn, code: code, codeExpr: codeExpr, parent: stack[len(stack)-1], fd: astx.EnclosingFunc(stack), param: -1}
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
	return a
}

// check follows an anchor's response and applies the rules.
func (pc *Checker) check(a *anchor) {
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
			if o.anyOf(group) || o.maybeAny(group, methods) || slices.ContainsFunc(group, func(h string) bool { return replaced[stacks.CanonicalHeader(h)] }) {
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
		if r.Confused != "" && o.have[stacks.CanonicalHeader(r.Confused)] {
			other := map[int]string{401: "407 for a proxy challenge", 407: "401 for a UAS challenge"}[a.code]
			msg = fmt.Sprintf("%s carries %s but no %s: %s (%s %s); use %s", what, r.Confused, strings.Join(missing, ", "), r.Summary, r.Reference, r.Word, other)
		} else {
			msg = fmt.Sprintf("%s without %s: %s (%s %s)", what, strings.Join(missing, ", "), r.Summary, r.Reference, r.Word)
			if a.code == 401 && pc.rejectsCredentials(a) {
				msg += "; when the credentials were rejected, re-challenge or answer 403 (RFC 3261 §22.1)"
			}
		}
		pc.add(a.codeExpr, finding.Header, msg).URL = explain.URL(r.ID)
	}
}

// methodFindings applies the method rules; it returns "ack" when the
// response answers an ACK.
func (pc *Checker) methodFindings(a *anchor, methods []string) string {
	if len(methods) == 0 {
		return ""
	}
	for _, r := range pc.mrules {
		if !r.Codes.Contains(a.code) || !r.Method.Holds(methods) {
			continue
		}
		msg := fmt.Sprintf("%d response to %s: %s (%s %s)", a.code, strings.Join(methods, "/"), r.Summary, r.Reference, r.Word)
		pc.add(a.codeExpr, finding.Method, msg).URL = explain.URL(r.ID)
		if r.ID == "method-ack" {
			return "ack"
		}
	}
	return ""
}

// replaceFindings reports the replacers that replace a header the response
// cannot have yet, and returns the names they were meant to add.
func (pc *Checker) replaceFindings(o *outcome) map[string]bool {
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
		f := pc.add(r.sel.Sel, finding.Header, msg)
		f.URL = explain.URL(explain.ReplaceRule)
		f.Text = pc.adderFor(r.sel)
	}
	return replaced
}

// adderFor returns the name of the adder a replacer call can be renamed to:
// the one adder in the receiver's method set whose signature is the
// replacer's (sipgo's AppendHeader for ReplaceHeader), or "" (gosip's
// ReplaceHeaders(name, hs) has none).
func (pc *Checker) adderFor(sel *ast.SelectorExpr) string {
	s := pc.info.Selections[sel]
	if s == nil {
		return ""
	}
	rep, ok := s.Obj().(*types.Func)
	if !ok {
		return ""
	}
	found := ""
	for fn, kind := range pc.ps.Methods {
		if kind != stacks.Adder {
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
func (pc *Checker) rejectsCredentials(a *anchor) bool {
	if a.fd == nil {
		return false
	}
	found := false
	ast.Inspect(a.fd, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && !found {
			if tv := pc.info.Types[lit]; tv.Value != nil && tv.Value.Kind() == constant.String {
				s := constant.StringVal(tv.Value)
				found = strings.EqualFold(s, "Authorization") || strings.EqualFold(s, "Proxy-Authorization")
			}
		}
		return !found
	})
	return found
}
