// Package registry is the embedded registry of SIP response codes: the
// codes IANA registers in the "Response Codes" sub-registry of the Session
// Initiation Protocol Parameters, plus the codes of RFC 2543 that RFC 3261
// dropped and IANA never registered (303, 409, 411).
//
// The data lives in codes.csv beside this file, embedded at build time and
// parsed on first use. A malformed file fails the package's tests; it never
// reaches a user. codes.csv is generated: go generate ./registry writes it,
// and the constants of the sipstatus module, from IANA's CSV
// (testdata/sip-parameters-7.csv) and sipcode's policy (policy.csv).
package registry

//go:generate go run ./gen

import (
	_ "embed"
	"slices"
	"sync"
)

// Code is one SIP response code.
type Code struct {
	Value     int      // the three-digit code, e.g. 486
	Reason    string   // IANA's description, the canonical reason phrase, e.g. "Busy Here"
	Class     Class    // derived from the first digit
	Status    Status   // whether the code may be used
	Reference string   // the RFC that defines it, e.g. "RFC 3261"
	Variants  []string // older or alternative reason phrases real stacks send
}

// Usable reports whether the code means something on the wire. IANA's one
// deprecated code, 202 Accepted, still does: it is the answer to REFER
// (RFC 3515), and RFC 6665 deprecated it only as the answer to SUBSCRIBE.
// Removed and reserved codes do not: a UAC treats them as the x00 of their
// class.
func (c Code) Usable() bool { return c.Status == Active || c.Status == Deprecated }

//go:embed codes.csv
var data []byte

// load parses the embedded data once. The parse cannot fail for a data file
// that passed TestEmbeddedData, so a failure here is a build defect.
var load = sync.OnceValue(func() []Code {
	codes, err := parse(data)
	if err != nil {
		panic("registry: embedded codes.csv: " + err.Error())
	}
	return codes
})

// Lookup returns the registry entry for value, and whether there is one.
// Codes that are missing (e.g. 499) are unregistered.
func Lookup(value int) (Code, bool) {
	codes := load()
	i, found := slices.BinarySearchFunc(codes, value, func(c Code, v int) int { return c.Value - v })
	if !found {
		return Code{}, false
	}
	return clone(codes[i]), true
}

// All returns every code of the registry, sorted by value.
func All() []Code {
	codes := load()
	out := make([]Code, len(codes))
	for i, c := range codes {
		out[i] = clone(c)
	}
	return out
}

// clone keeps callers from changing the shared Variants slices.
func clone(c Code) Code {
	c.Variants = slices.Clone(c.Variants)
	return c
}

// TreatedAs is what a UAC makes of a code it does not know (RFC 3261
// section 8.1.3.2): an unknown provisional response is 183 Session
// Progress, any other the x00 of its class. value must be in 100..699.
func TreatedAs(value int) Code {
	fallback := value / 100 * 100
	if fallback == 100 {
		fallback = 183
	}
	code, _ := Lookup(fallback)
	return code
}
