package verdict

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/codes"
	"github.com/sipcode/sipcode/internal/finding"
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

// Site judges one code site: what, if anything, is wrong with the value
// used as a code, and with the reason phrase sent with it.
func (j *Judge) Site(s codes.Site) {
	e := s.Expr
	whole := ast.Unparen(e) // sip.StatusCode(486), which a fix may replace
	e = astx.Unwrap(j.info, e)
	tv := j.info.Types[e]
	n, isInt := 0, false
	if tv.Value != nil {
		n, isInt = astx.IntValue(tv.Value)
	}
	v := newCodeValue(n)
	if isInt && v.registered && s.Reason != nil {
		j.checkReason(s.Reason, v.code) // once per reason: a code may be judged first without it
	}
	if s.Declared || tv.Value == nil || j.judged[e] {
		return // judged where it is declared, not a constant, or judged before
	}
	j.judged[e] = true
	if !isInt || s.Compare && n <= 0 {
		return // not an integer, or a "no response yet" sentinel
	}
	k, named := astx.ConstantOf(j.info, e)
	if named && n <= 0 {
		return // a named "no code", such as a protobuf enum's 0 (livekit's SIP_STATUS_UNKNOWN)
	}
	if named && j.sinks.Foreign[k.Pkg().Path()] {
		j.foreignConstant(e, k, v, s)
		return
	}
	j.judgeValue(e, whole, v, s, j.subject(e, v))
}

// judgeValue reports an invalid, unknown or deprecated code, or a literal
// that has a named constant, in that order of precedence. whole is e with
// the conversions around it; subject names the value in messages.
func (j *Judge) judgeValue(e, whole ast.Expr, v codeValue, s codes.Site, subject string) {
	bad := v.n < 100 || v.n > 699 || !j.allow[v.n] && (!v.registered || !v.code.Usable())
	if bad && s.Entry {
		return // a table may list any code; only sending one is wrong
	}
	switch {
	case v.n < 100 || v.n > 699:
		j.add(e, finding.Invalid, fmt.Sprintf("%s is not a SIP response code: codes are three digits, 100 to 699", subject))
		return
	case j.allow[v.n]:
	case !v.registered:
		j.add(e, finding.Unknown, fmt.Sprintf("%s is not a registered SIP response code: a UAC treats it as %s (RFC 3261 section 8.1.3.2)",
			subject, fallbackOf(v.n)))
		return
	case !v.code.Usable():
		// Naming a removed code does not make it right: the fix is another
		// code, which only the author can choose. So no literal finding, even
		// with the deprecated check off.
		j.add(e, finding.Deprecated, deprecationMessage(subject, v.code))
		return
	}
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.INT && v.registered {
		j.suggestConstant(e, whole, v.code, s, lit.Value)
	}
}

// suggestConstant reports a literal that the library has a constant for.
// When whole converts the literal to the constant's own type, the fix
// replaces the conversion too: sip.StatusCode(486) becomes
// sip.StatusBusyHere, not sip.StatusCode(sip.StatusBusyHere).
func (j *Judge) suggestConstant(e, whole ast.Expr, code registry.Code, s codes.Site, written string) {
	k := j.constantFor(s.Lib, code)
	if k == nil || j.dependsOn(k, s.Declaring) {
		return
	}
	if whole != e && !astx.IsUntyped(k.Type()) && types.Identical(k.Type(), j.info.TypeOf(whole)) {
		e = whole
	}
	format := fmt.Sprintf("use %%s instead of %s (%s)", written, code.Reason)
	name := k.Pkg().Name() + "." + k.Name()
	conv := ""
	if !j.keepsType(e, k) {
		// A typed constant where a plain int goes (sipgo v0's
		// sip.StatusCode for a wrapper's int parameter): the advice must
		// compile too.
		if conv = convertTo(j.info.TypeOf(e)); conv != "" {
			name = conv + "(" + name + ")"
		}
	}
	f := j.add(e, finding.Literal, fmt.Sprintf(format, name))
	if j.keepsType(e, k) || conv != "" {
		f.Constant, f.NameFormat, f.Convert = k, format, conv
	}
}

// foreignConstant reports another protocol's constant used as a SIP code.
// http.StatusUnauthorized happens to be 401 in SIP too: a literal finding,
// with SIP's constant as the fix. Otherwise the value decides the category
// as for a literal: http.StatusSwitchingProtocols (101) is an unknown code,
// http.StatusConflict (409) a removed one.
func (j *Judge) foreignConstant(e ast.Expr, k *types.Const, v codeValue, s codes.Site) {
	if !v.registered || !v.code.Usable() {
		j.judgeValue(e, e, v, s, fmt.Sprintf("%s, a %s constant,", j.subject(e, v), k.Pkg().Path()))
		return
	}
	if sip := j.constantFor(s.Lib, v.code); sip != nil && !j.dependsOn(sip, s.Declaring) {
		format := fmt.Sprintf("use %%s instead of %s, a %s constant (%s)", types.ExprString(e), k.Pkg().Path(), v)
		f := j.add(e, finding.Literal, fmt.Sprintf(format, sip.Pkg().Name()+"."+sip.Name()))
		if j.keepsType(e, sip) {
			f.Constant, f.DropsUseOf, f.NameFormat = sip, k.Pkg(), format
		}
		return
	}
	j.add(e, finding.Literal, fmt.Sprintf("%s is a %s constant, not a SIP code: %d in SIP is %s", j.subject(e, v), k.Pkg().Path(), v.n, v.code.Reason))
}

// dependsOn reports whether the constant k is d, or is declared (in this
// package) with a value that refers to d: then writing k in d's
// declaration would make an initialization cycle (StatusOK = StatusOK).
func (j *Judge) dependsOn(k, d *types.Const) bool {
	seen := map[*types.Const]bool{}
	var refers func(k *types.Const) bool
	refers = func(k *types.Const) bool {
		if k == d {
			return true
		}
		if seen[k] || k.Pkg() != d.Pkg() {
			return false
		}
		seen[k] = true
		decl := astx.DeclaredValue(j.files, j.info, k)
		if decl == nil {
			return false
		}
		found := false
		ast.Inspect(decl, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && !found {
				if c, ok := j.info.Uses[id].(*types.Const); ok {
					found = refers(c)
				}
			}
			return !found
		})
		return found
	}
	return d != nil && refers(k)
}

// convertTo returns the name of t when it is a predeclared integer type,
// which a conversion can name anywhere, or "".
func convertTo(t types.Type) string {
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsInteger != 0 && b.Info()&types.IsUntyped == 0 {
		return b.Name()
	}
	return ""
}

// keepsType reports whether replacing e by k keeps the program's types: an
// untyped constant always does, a typed one only where e has its type.
func (j *Judge) keepsType(e ast.Expr, k *types.Const) bool {
	if astx.IsUntyped(k.Type()) {
		return true
	}
	return types.Identical(k.Type(), j.info.TypeOf(e))
}

// subject names the value in a message: "486 Busy Here", "0x1e6 (486 Busy
// Here)", or "sip.StatusConflict (409 Conflict)".
func (j *Judge) subject(e ast.Expr, v codeValue) string {
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

// fallbackOf names what a UAC makes of an unregistered code, "400 Bad
// Request" (registry.TreatedAs).
func fallbackOf(value int) string {
	code := registry.TreatedAs(value)
	return fmt.Sprintf("%d %s", code.Value, code.Reason)
}

// deprecationWords say why each unusable status is wrong on the wire.
var deprecationWords = map[registry.Status]string{
	registry.Removed:  "%s is not a SIP response code: RFC 3261 removed it and IANA never registered it; a UAC treats it as %s",
	registry.Reserved: "%s is reserved: IANA registers it for future use, with no meaning yet; a UAC treats it as %s",
}

func deprecationMessage(subject string, code registry.Code) string {
	return fmt.Sprintf(deprecationWords[code.Status], subject, fallbackOf(code.Value))
}
