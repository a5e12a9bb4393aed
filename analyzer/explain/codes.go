package explain

import (
	"fmt"
	"strings"

	"github.com/sipcode/sipcode/registry"
)

// CodeFacts is what the reference says of one value used as a code.
type CodeFacts struct {
	Value      int
	Registered bool
	Code       registry.Code // when registered
	Category   string        // what sipcode reports for the value: literal, deprecated, unknown or invalid
	Why        string        // its status, and why
	Header     []Rule        // the header rules that apply to the code
	Method     []Rule        // the method rules that apply to it
	Constants  []Constant    // one per library, Name "" when it offers none
}

// A Constant is a library's constant for a code.
type Constant struct {
	Library Library
	Name    string // e.g. sip.StatusBusyHere, or "" for none
}

// CodeAnchor is the anchor of a code's row in docs/checks.md.
func CodeAnchor(value int) string { return fmt.Sprintf("code-%d", value) }

// Facts returns the facts of value.
func Facts(value int) CodeFacts {
	f := CodeFacts{Value: value}
	f.Code, f.Registered = registry.Lookup(value)
	switch {
	case value < 100 || value > 699:
		f.Category = "invalid"
		f.Why = fmt.Sprintf("%d is not a SIP response code: codes are three digits, 100 to 699 (RFC 3261 §7.2). "+
			"sipcode reports it as `invalid` wherever it is sent or compared as a code (a 0 or negative sentinel in a comparison excepted).", value)
		if guess, ok := typoOf(value); ok {
			f.Why += fmt.Sprintf(" Did you mean %d %s?", guess.Value, guess.Reason)
		}
		return f
	case !f.Registered:
		f.Category = "unknown"
		f.Why = fmt.Sprintf("%d is not registered by IANA: a UAC treats it as %s (RFC 3261 §8.1.3.2). "+
			"sipcode reports it as `unknown`; `-allow=%d` accepts it as a private code your peers agree on.", value, fallbackOf(value), value)
	default:
		switch f.Code.Status {
		case registry.Active:
			f.Category = "literal"
			f.Why = fmt.Sprintf("%d %s is registered by IANA (%s). Written as a bare number where the library has a named constant, it is a `literal` finding, fixed with the constant below.",
				value, f.Code.Reason, f.Code.Reference)
		case registry.Deprecated:
			// 202 is the one deprecated code; TestDeprecatedIs202 keeps this true.
			f.Category = "literal"
			f.Why = fmt.Sprintf("IANA marks %d %s deprecated: RFC 6665 has notifiers answer SUBSCRIBE with 200 OK. "+
				"It is still the ordinary answer to REFER (RFC 3515), so sipcode treats it as registered (a bare %d is a `literal` finding) "+
				"and reports it only as the answer to SUBSCRIBE (`method-subscribe-202`).", value, f.Code.Reason, value)
		case registry.Reserved:
			f.Category = "deprecated"
			f.Why = fmt.Sprintf("%d %s is reserved: IANA registers it for future use, with no meaning yet, and a UAC treats it as %s. "+
				"sipcode reports it as `deprecated` wherever it is sent or compared as a code, literal or named constant.", value, f.Code.Reason, fallbackOf(value))
		case registry.Removed:
			f.Category = "deprecated"
			f.Why = fmt.Sprintf("%d %s is not a SIP response code: %s defined it, RFC 3261 removed it and IANA never registered it; a UAC treats it as %s. "+
				"sipcode reports it as `deprecated`, literal or named constant, and never suggests a constant for it.", value, f.Code.Reason, f.Code.Reference, fallbackOf(value))
		}
	}
	for _, r := range Rules() {
		if !r.applies(value) {
			continue
		}
		if r.Category == "header" {
			f.Header = append(f.Header, r)
		} else {
			f.Method = append(f.Method, r)
		}
	}
	consts := load().constants
	for _, lib := range libraries {
		f.Constants = append(f.Constants, Constant{Library: lib, Name: consts[lib.Name][value]})
	}
	return f
}

// fallbackOf names what a UAC makes of an unregistered code, "400 Bad
// Request" (registry.TreatedAs).
func fallbackOf(value int) string {
	code := registry.TreatedAs(value)
	return fmt.Sprintf("%d %s", code.Value, code.Reason)
}

// typoOf guesses the registered code an out-of-range value was meant to
// be: one digit too many (1486, 4866) or a trailing zero (4860).
func typoOf(value int) (registry.Code, bool) {
	s := fmt.Sprint(value)
	if len(s) != 4 {
		return registry.Code{}, false
	}
	for _, cand := range []string{s[1:], s[:3]} {
		var n int
		fmt.Sscan(cand, &n)
		if c, ok := registry.Lookup(n); ok && c.Status == registry.Active {
			return c, true
		}
	}
	return registry.Code{}, false
}

// Heading is the first line of a code's explanation.
func (f CodeFacts) Heading() string {
	if f.Registered {
		return fmt.Sprintf("%d %s", f.Value, f.Code.Reason)
	}
	return fmt.Sprint(f.Value)
}

// Class describes the code's class, e.g. "client-failure (4xx)".
func (f CodeFacts) Class() string {
	if f.Value < 100 || f.Value > 699 {
		return "none"
	}
	return fmt.Sprintf("%s (%dxx)", registry.Class(f.Value/100), f.Value/100)
}

// Status is the registry's status of the code, or "unregistered" or "invalid".
func (f CodeFacts) Status() string {
	switch {
	case f.Registered:
		return f.Code.Status.String()
	case f.Category == "invalid":
		return "invalid"
	}
	return "unregistered"
}

// Text is the explanation -explain prints for the code.
func (f CodeFacts) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", f.Heading())
	fmt.Fprintf(&b, "Class: %s. Status: %s.", f.Class(), f.Status())
	if f.Registered {
		fmt.Fprintf(&b, " Reference: %s.", f.Code.Reference)
	}
	b.WriteString("\n")
	if len(f.Code.Variants) > 0 {
		fmt.Fprintf(&b, "Variant phrases the reason check accepts: %s.\n", quoteAll(f.Code.Variants))
	}
	fmt.Fprintf(&b, "\n%s\n", f.Why)
	if f.Category == "invalid" {
		fmt.Fprintf(&b, "\nSee sipcode -explain invalid, %s\n", URL("invalid"))
		return b.String()
	}
	b.WriteString("\nHeader rules:")
	writeRules(&b, f.Header)
	b.WriteString("\nMethod rules:")
	writeRules(&b, f.Method)
	if f.Registered {
		b.WriteString("\nConstants fixes use:\n")
		for _, k := range f.Constants {
			name := k.Name
			if name == "" {
				name = "none"
			}
			fmt.Fprintf(&b, "  %-17s %s\n", k.Library.Name+":", name)
		}
		for _, k := range f.Constants {
			if k.Library.Fallback != "" {
				fmt.Fprintf(&b, "  (%s serves %s)\n", k.Library.Name, k.Library.Fallback)
			}
		}
		fmt.Fprintf(&b, "\n%s\n", URL(CodeAnchor(f.Value)))
	} else {
		fmt.Fprintf(&b, "\nSee sipcode -explain %s, %s\n", f.Category, URL(f.Category))
	}
	return b.String()
}

func writeRules(b *strings.Builder, rules []Rule) {
	if len(rules) == 0 {
		b.WriteString(" none\n")
		return
	}
	b.WriteString("\n")
	for _, r := range rules {
		fmt.Fprintf(b, "  %-25s %s (%s %s)\n", r.ID, r.Summary, r.Reference, r.Word)
	}
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}
