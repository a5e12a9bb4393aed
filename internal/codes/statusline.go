package codes

import (
	"go/ast"
	"go/constant"
	"slices"
	"strings"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/internal/stacks"
)

// Status lines in message bodies. REFER progress is reported in NOTIFY
// requests whose message/sipfrag body is a status line (RFC 3515 section
// 2.4.5), often formatted as
//
//	body := fmt.Sprintf("SIP/2.0 %d %s", code, reason)
//
// The operand of a %d (or %v) right after "SIP/2.0 " in a constant format
// is a code, and the operand of a %s (or %v) one space after it is its
// reason. A parameter flowing there makes a wrapper, as for any code
// position.

// statusLine checks the status lines of a call of a printf-like function
// whose format is the argument at index format.
func (f *Finder) statusLine(fd *ast.FuncDecl, call *ast.CallExpr, format int) {
	args := astx.CallArgs(f.info, call)
	if format >= len(args) || astx.HasSpread(call) {
		return
	}
	tv := f.info.Types[args[format]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return
	}
	operands := args[format+1:]
	for _, line := range statusLineOperands(constant.StringVal(tv.Value)) {
		if line.code >= len(operands) {
			continue
		}
		u := Use{Lib: f.defaultLibrary()}
		if line.reason >= 0 && line.reason < len(operands) {
			u.Reason = operands[line.reason]
		}
		f.send(fd, operands[line.code], u)
		if u.Reason != nil {
			f.reasonUses = append(f.reasonUses, reasonUse{fd, operands[line.code], u.Reason, u.Lib})
		}
	}
}

// A statusLineOperand gives the operand indexes of one status line in a
// format: its code and its reason (or -1).
type statusLineOperand struct{ code, reason int }

// statusLineOperands finds the status lines of a printf format. Formats
// whose operands cannot be counted verb by verb (explicit indexes such as
// %[2]d, or * widths) give none: silence beats a wrong operand.
func statusLineOperands(format string) []statusLineOperand {
	const prefix = "SIP/2.0 "
	var lines []statusLineOperand
	operand := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		verb, end, ok := parseVerb(format, i)
		if !ok {
			return nil
		}
		if verb == '%' {
			i = end - 1
			continue
		}
		if strings.HasSuffix(format[:i], prefix) && (verb == 'd' || verb == 'v') {
			line := statusLineOperand{code: operand, reason: -1}
			if rest := format[end:]; strings.HasPrefix(rest, " %") {
				if rverb, _, ok := parseVerb(rest, 1); ok && (rverb == 's' || rverb == 'v') {
					line.reason = operand + 1
				}
			}
			lines = append(lines, line)
		}
		operand++
		i = end - 1
	}
	return lines
}

// parseVerb reads the verb of the directive at format[i] ('%'): flags and
// a numeric width or precision are skipped; explicit argument indexes and
// * are not supported. It returns the verb and the index after it.
func parseVerb(format string, i int) (verb byte, end int, ok bool) {
	for j := i + 1; j < len(format); j++ {
		switch b := format[j]; {
		case slices.Contains([]byte("+-# 0123456789."), b):
		case b == '[' || b == '*':
			return 0, 0, false
		default:
			return b, j + 1, true
		}
	}
	return 0, 0, false
}

// defaultLibrary is the library whose constants a status line's fix names:
// that of the first table whose constants package this package imports,
// else that of any table whose package it reaches.
func (f *Finder) defaultLibrary() *stacks.Table {
	if f.fallbackLib != nil {
		return f.fallbackLib
	}
	for _, t := range f.tables {
		if t.Constants == "" {
			continue
		}
		for _, imp := range f.pass.Pkg.Imports() {
			if imp.Path() == t.Constants {
				f.fallbackLib = t
				return t
			}
		}
	}
	for _, t := range f.tables {
		if stacks.UsesLibrary([]*stacks.Table{t}, f.sinks.Pkgs) {
			f.fallbackLib = t
			return t
		}
	}
	f.fallbackLib = &stacks.Table{Name: "none"}
	return f.fallbackLib
}
