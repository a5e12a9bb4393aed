package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/sipcode/sipcode/registry"
)

// A codeValue is a constant used as a code, looked up in the registry once.
type codeValue struct {
	n          int
	code       registry.Code // the registry entry, when registered
	registered bool
}

func newCodeValue(n int) codeValue {
	code, registered := registry.Lookup(n)
	return codeValue{n: n, code: code, registered: registered}
}

// String describes the value in messages: "486 Busy Here", or "499".
func (v codeValue) String() string {
	if v.registered {
		return fmt.Sprintf("%d %s", v.n, v.code.Reason)
	}
	return fmt.Sprint(v.n)
}

// send judges a value sent as a code, and makes the enclosing function a
// wrapper when the value is one of its parameters.
func (c *checker) send(fd *ast.FuncDecl, e ast.Expr, u use) {
	c.judge(fd, e, u)
	c.noteWrapper(fd, e, u)
}

// judge decides what, if anything, is wrong with the value e used as a code.
func (c *checker) judge(fd *ast.FuncDecl, e ast.Expr, u use) {
	whole := ast.Unparen(e) // sip.StatusCode(486), which a fix may replace
	e = c.unwrap(e)
	tv := c.pass.TypesInfo.Types[e]
	n, isInt := 0, false
	if tv.Value != nil {
		n, isInt = intValue(tv.Value)
	}
	v := newCodeValue(n)
	if isInt && v.registered && u.reason != nil {
		c.checkReason(u.reason, v.code) // once per reason: a code may be judged first without it
	}
	if c.judged[e] {
		return
	}
	c.judged[e] = true
	if tv.Value == nil {
		if id, ok := e.(*ast.Ident); ok {
			c.localValue(fd, id, u)
		}
		return
	}
	if !isInt || u.compare && n <= 0 {
		return // not an integer, or a "no response yet" sentinel
	}
	k, named := c.constantOf(e)
	if named && n <= 0 {
		return // a named "no code", such as a protobuf enum's 0 (livekit's SIP_STATUS_UNKNOWN)
	}
	if named && c.sinks.foreign[k.Pkg().Path()] {
		c.foreignConstant(e, k, v, u)
		return
	}
	if named {
		if decl := c.declaredValue(k); decl != nil {
			c.judge(fd, decl, use{compare: u.compare, lib: u.lib}) // where it is declared (constdecls.go)
			return
		}
	}
	c.judgeValue(e, whole, v, u, c.subject(e, v))
}

// judgeValue reports an invalid, unknown or deprecated code, or a literal
// that has a named constant, in that order of precedence. whole is e with
// the conversions around it; subject names the value in messages.
func (c *checker) judgeValue(e, whole ast.Expr, v codeValue, u use, subject string) {
	switch {
	case v.n < 100 || v.n > 699:
		c.add(e, categoryInvalid, fmt.Sprintf("%s is not a SIP response code: codes are three digits, 100 to 699", subject))
		return
	case c.opts.allow[v.n]:
	case !v.registered:
		c.add(e, categoryUnknown, fmt.Sprintf("%s is not a registered SIP response code: a UAC treats it as %s (RFC 3261 section 8.1.3.2)",
			subject, fallbackOf(v.n)))
		return
	case !usable(v.code):
		// Naming a removed code does not make it right: the fix is another
		// code, which only the author can choose. So no literal finding, even
		// with the deprecated check off.
		c.add(e, categoryDeprecated, deprecationMessage(subject, v.code))
		return
	}
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.INT && v.registered {
		c.suggestConstant(e, whole, v.code, u, lit.Value)
	}
}

// suggestConstant reports a literal that the library has a constant for.
// When whole converts the literal to the constant's own type, the fix
// replaces the conversion too: sip.StatusCode(486) becomes
// sip.StatusBusyHere, not sip.StatusCode(sip.StatusBusyHere).
func (c *checker) suggestConstant(e, whole ast.Expr, code registry.Code, u use, written string) {
	k := c.constantFor(u.lib, code)
	if k == nil {
		return
	}
	if whole != e && !isUntyped(k.Type()) && types.Identical(k.Type(), c.pass.TypesInfo.TypeOf(whole)) {
		e = whole
	}
	format := fmt.Sprintf("use %%s instead of %s (%s)", written, code.Reason)
	f := c.add(e, categoryLiteral, fmt.Sprintf(format, k.Pkg().Name()+"."+k.Name()))
	if f != nil && c.keepsType(e, k) {
		f.constant, f.nameFormat = k, format
	}
}

// foreignConstant reports another protocol's constant used as a SIP code.
// http.StatusUnauthorized happens to be 401 in SIP too: a literal finding,
// with SIP's constant as the fix. Otherwise the value decides the category
// as for a literal: http.StatusSwitchingProtocols (101) is an unknown code,
// http.StatusConflict (409) a removed one.
func (c *checker) foreignConstant(e ast.Expr, k *types.Const, v codeValue, u use) {
	if !v.registered || !usable(v.code) {
		c.judgeValue(e, e, v, u, fmt.Sprintf("%s, a %s constant,", c.subject(e, v), k.Pkg().Path()))
		return
	}
	if sip := c.constantFor(u.lib, v.code); sip != nil {
		format := fmt.Sprintf("use %%s instead of %s, a %s constant (%s)", types.ExprString(e), k.Pkg().Path(), v)
		f := c.add(e, categoryLiteral, fmt.Sprintf(format, sip.Pkg().Name()+"."+sip.Name()))
		if f != nil && c.keepsType(e, sip) {
			f.constant, f.dropsUseOf, f.nameFormat = sip, k.Pkg(), format
		}
		return
	}
	c.add(e, categoryLiteral, fmt.Sprintf("%s is a %s constant, not a SIP code: %d in SIP is %s", c.subject(e, v), k.Pkg().Path(), v.n, v.code.Reason))
}

// keepsType reports whether replacing e by k keeps the program's types: an
// untyped constant always does, a typed one only where e has its type.
func (c *checker) keepsType(e ast.Expr, k *types.Const) bool {
	if isUntyped(k.Type()) {
		return true
	}
	return types.Identical(k.Type(), c.pass.TypesInfo.TypeOf(e))
}

func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// subject names the value in a message: "486 Busy Here", "0x1e6 (486 Busy
// Here)", or "sip.StatusConflict (409 Conflict)".
func (c *checker) subject(e ast.Expr, v codeValue) string {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Value != fmt.Sprint(v.n) {
			return fmt.Sprintf("%s (%s)", e.Value, v)
		}
	case *ast.Ident, *ast.SelectorExpr:
		return fmt.Sprintf("%s (%s)", types.ExprString(e), v)
	}
	return v.String()
}

// unwrap looks through parentheses and integer conversions: in
// sip.StatusCode(486) the code is 486.
func (c *checker) unwrap(e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || !isConversion(c.pass.TypesInfo, call) {
			return e
		}
		if t := c.pass.TypesInfo.TypeOf(call); t == nil || !isInteger(t) {
			return e
		}
		e = call.Args[0]
	}
}

// isInteger reports whether t is an integer type, or a type parameter
// whose every type is one (func reply[T ~int](code T)).
func isInteger(t types.Type) bool {
	return allBasic(t, types.IsInteger)
}

func allBasic(t types.Type, info types.BasicInfo) bool {
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		return allTerms(tp, info)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&info != 0
}

func allTerms(tp *types.TypeParam, info types.BasicInfo) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	found := false
	for i := range iface.NumEmbeddeds() {
		union, ok := iface.EmbeddedType(i).(*types.Union)
		if !ok {
			continue
		}
		for j := range union.Len() {
			if !allBasic(union.Term(j).Type(), info) {
				return false
			}
			found = true
		}
	}
	return found
}

// constantOf returns the named constant e refers to, if it is one.
func (c *checker) constantOf(e ast.Expr) (*types.Const, bool) {
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil, false
	}
	k, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	return k, ok && k.Pkg() != nil
}

// intValue returns v as an int if it is an integer that fits one.
func intValue(v constant.Value) (int, bool) {
	v = constant.ToInt(v)
	if v.Kind() != constant.Int {
		return 0, false
	}
	n, exact := constant.Int64Val(v)
	if !exact || n != int64(int(n)) {
		return 0, false
	}
	return int(n), true
}

// fallbackOf names what a UAC makes of an unregistered code, "400 Bad
// Request" (registry.TreatedAs).
func fallbackOf(value int) string {
	code := registry.TreatedAs(value)
	return fmt.Sprintf("%d %s", code.Value, code.Reason)
}

// usable reports whether a registered code means something on the wire.
// IANA's one deprecated code, 202 Accepted, still does: it is the answer
// to REFER (RFC 3515), and RFC 6665 deprecated it only as the answer to
// SUBSCRIBE, which the method check reports. Removed and reserved codes
// do not: a UAC treats them as the x00 of their class.
func usable(code registry.Code) bool {
	return code.Status == registry.Active || code.Status == registry.Deprecated
}

// deprecationWords say why each unusable status is wrong on the wire.
var deprecationWords = map[registry.Status]string{
	registry.Removed:  "%s is not a SIP response code: RFC 3261 removed it and IANA never registered it; a UAC treats it as %s",
	registry.Reserved: "%s is reserved: IANA registers it for future use, with no meaning yet; a UAC treats it as %s",
}

func deprecationMessage(subject string, code registry.Code) string {
	return fmt.Sprintf(deprecationWords[code.Status], subject, fallbackOf(code.Value))
}
