package fallback

import (
	"github.com/emiago/sipgo/sip"

	_ "example.com/sipstatus"
)

// Run with -constants=example.com/sipstatus: codes sipgo has no (good)
// constant for come from there; sipgo's own constants still come first.
func send() {
	_ = sip.NewResponse(422, "Session Interval Too Small") // want `use sipstatus.SessionIntervalTooSmall instead of 422 \(Session Interval Too Small\)`
	_ = sip.NewResponse(416, "Unsupported URI Scheme")     // want `use sipstatus.UnsupportedURIScheme instead of 416 \(Unsupported URI Scheme\)`
	_ = sip.NewResponse(486, "Busy Here")                  // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
}
