// Package spread: calls whose last argument is spread into the variadic
// parameter. The arguments before it are in parameter order.
package spread

import (
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

func progress(d *sipgo.DialogServerSession, body []byte, headers []sip.Header) {
	d.Respond(183, "Session Progress", body, headers...) // want `use sip.StatusSessionInProgress instead of 183 \(Session Progress\)`
	d.Respond(sip.StatusSessionInProgress, "Session in Progress", body, headers...)
	d.Respond(603, "Busy Here", body, headers...) // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)` `reason phrase "Busy Here" is that of 486; 603 is "Decline"`
	respondWith(d, 480, headers...)               // want `use sip.StatusTemporarilyUnavailable instead of 480 \(Temporarily Unavailable\)`
}

// respondWith is a wrapper that passes its own headers on.
func respondWith(d *sipgo.DialogServerSession, code int, hs ...sip.Header) {
	d.Respond(code, "", nil, hs...)
}

// A variadic list of ints is no code position, spread or not.
func codes(d *sipgo.DialogServerSession, xs ...int) {
	for _, x := range xs {
		_ = x
	}
}

func useCodes(d *sipgo.DialogServerSession) {
	codes(d, []int{486, 603}...)
	codes(d, 486, 603)
}
