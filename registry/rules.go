package registry

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sipcode/sipcode/registry/internal/csvfile"
	"sync"
)

// Protocol rules: what RFC 3261 and its updates require of a response
// beyond its code. A HeaderRule names header fields a response with some
// codes must carry; a MethodRule names codes a request's method forbids.
// The data lives in rules.csv beside this file.

// A CodeRange is the codes Low..High, both included.
type CodeRange struct{ Low, High int }

// Codes is a set of code ranges.
type Codes []CodeRange

// Contains reports whether code is in one of the ranges.
func (cs Codes) Contains(code int) bool {
	for _, r := range cs {
		if r.Low <= code && code <= r.High {
			return true
		}
	}
	return false
}

func (cs Codes) String() string {
	var parts []string
	for _, r := range cs {
		switch {
		case r.Low == r.High:
			parts = append(parts, strconv.Itoa(r.Low))
		case r.Low%100 == 0 && r.High == r.Low+99:
			parts = append(parts, fmt.Sprintf("%dxx", r.Low/100))
		default:
			parts = append(parts, fmt.Sprintf("%d-%d", r.Low, r.High))
		}
	}
	return strings.Join(parts, ", ")
}

// A Method is the condition a rule puts on the request's method: "" for
// any request, "INVITE" for an INVITE, "!INVITE" for a request known not to
// be an INVITE.
type Method string

// Holds reports whether the condition holds for a request whose method is
// one of methods. An empty methods (unknown) satisfies only the empty
// condition; every method must satisfy it.
func (m Method) Holds(methods []string) bool {
	if m == "" {
		return true
	}
	if len(methods) == 0 {
		return false
	}
	name, negated := strings.CutPrefix(string(m), "!")
	for _, x := range methods {
		if (x == name) == negated || x == "*" {
			return false
		}
	}
	return true
}

// A HeaderRule: a response with one of Codes, to a request satisfying
// Method, must carry a header field of each group of Requires (a group
// lists alternatives). Confused is the header a mistaken response carries
// instead (the other challenge header), or "".
type HeaderRule struct {
	ID        string // also the docs/checks.md anchor, e.g. "header-401"
	Codes     Codes
	Method    Method
	Requires  [][]string
	Confused  string
	Word      string // the RFC 2119 keyword, e.g. "MUST"
	Reference string // e.g. "RFC 3261 §22.2"
	Summary   string // one line, for messages
}

// A MethodRule: a response with one of Codes is forbidden for a request
// satisfying Method.
type MethodRule struct {
	ID        string
	Codes     Codes
	Method    Method
	Word      string
	Reference string
	Summary   string
}

//go:embed rules.csv
var rulesData []byte

// A TransactionRule is a rule about the responses of one server
// transaction: Codes are the responses it is about, Method the requests.
type TransactionRule struct {
	ID        string
	Codes     Codes
	Method    Method
	Word      string
	Reference string
	Summary   string
}

type rules struct {
	header []HeaderRule
	method []MethodRule
	tx     []TransactionRule
}

var loadRules = sync.OnceValue(func() rules {
	r, err := parseRules(rulesData)
	if err != nil {
		panic("registry: embedded rules.csv: " + err.Error())
	}
	return r
})

// HeaderRules returns the header rules, in the order of the data file.
func HeaderRules() []HeaderRule {
	out := slices.Clone(loadRules().header)
	for i := range out {
		out[i].Codes = slices.Clone(out[i].Codes)
		out[i].Requires = slices.Clone(out[i].Requires)
		for j := range out[i].Requires {
			out[i].Requires[j] = slices.Clone(out[i].Requires[j])
		}
	}
	return out
}

// TransactionRules returns the transaction rules, in the order of the data
// file.
func TransactionRules() []TransactionRule {
	out := slices.Clone(loadRules().tx)
	for i := range out {
		out[i].Codes = slices.Clone(out[i].Codes)
	}
	return out
}

// MethodRules returns the method rules, in the order of the data file.
func MethodRules() []MethodRule {
	out := slices.Clone(loadRules().method)
	for i := range out {
		out[i].Codes = slices.Clone(out[i].Codes)
	}
	return out
}

var rulesHeader = []string{"id", "category", "codes", "method", "requires", "confused", "word", "reference", "summary"}

func parseRules(data []byte) (rules, error) {
	var out rules
	ids := map[string]bool{}
	if err := csvfile.Read(data, rulesHeader, 0, func(_ int, rec []string) error { return out.add(rec, ids) }); err != nil {
		return out, err
	}
	if len(out.header) == 0 && len(out.method) == 0 {
		return out, errors.New("no rules")
	}
	return out, nil
}

func (out *rules) add(rec []string, ids map[string]bool) error {
	id, category, codes, method, requires, confused, word, ref, summary := rec[0], rec[1], rec[2], rec[3], rec[4], rec[5], rec[6], rec[7], rec[8]
	if !strings.HasPrefix(id, category+"-") || strings.ContainsAny(id, " \t#") {
		return fmt.Errorf("id %q: want %s-NAME without spaces", id, category)
	}
	if ids[id] {
		return fmt.Errorf("id %q repeated", id)
	}
	ids[id] = true
	cs, err := parseCodes(codes)
	if err != nil {
		return fmt.Errorf("%s: %w", id, err)
	}
	if strings.TrimPrefix(method, "!") != strings.ToUpper(strings.TrimPrefix(method, "!")) || strings.ContainsAny(method, " |") {
		return fmt.Errorf("%s: method %q: want METHOD, !METHOD or nothing", id, method)
	}
	if word == "" || ref == "" || summary == "" {
		return fmt.Errorf("%s: word, reference and summary must be set", id)
	}
	switch category {
	case "header":
		groups, err := parseRequires(requires)
		if err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		out.header = append(out.header, HeaderRule{ID: id, Codes: cs, Method: Method(method), Requires: groups, Confused: confused, Word: word, Reference: ref, Summary: summary})
	case "method":
		if requires != "" || confused != "" || method == "" {
			return fmt.Errorf("%s: a method rule has a method and no headers", id)
		}
		out.method = append(out.method, MethodRule{ID: id, Codes: cs, Method: Method(method), Word: word, Reference: ref, Summary: summary})
	case "transaction":
		if requires != "" || confused != "" {
			return fmt.Errorf("%s: a transaction rule has no headers", id)
		}
		out.tx = append(out.tx, TransactionRule{ID: id, Codes: cs, Method: Method(method), Word: word, Reference: ref, Summary: summary})
	default:
		return fmt.Errorf("%s: category %q, want header, method or transaction", id, category)
	}
	return nil
}

// parseCodes reads "401", "200-299" and "401|407".
func parseCodes(s string) (Codes, error) {
	var cs Codes
	for _, part := range strings.Split(s, "|") {
		lo, hi, isRange := strings.Cut(part, "-")
		if !isRange {
			hi = lo
		}
		l, err1 := strconv.Atoi(lo)
		h, err2 := strconv.Atoi(hi)
		if err1 != nil || err2 != nil || l < 100 || h > 699 || l > h {
			return nil, fmt.Errorf("codes %q: want CODE, LOW-HIGH or a|b within 100..699", s)
		}
		cs = append(cs, CodeRange{l, h})
	}
	return cs, nil
}

// parseRequires reads "A+B" (both) and "A|B" (either).
func parseRequires(s string) ([][]string, error) {
	var groups [][]string
	for _, g := range strings.Split(s, "+") {
		alts := strings.Split(g, "|")
		for _, a := range alts {
			if a == "" || strings.ContainsAny(a, " \t:") {
				return nil, fmt.Errorf("requires %q: want Header, A|B or A+B", s)
			}
		}
		groups = append(groups, alts)
	}
	return groups, nil
}
