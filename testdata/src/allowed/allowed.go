package allowed

import "github.com/emiago/sipgo/sip"

// Run with -allow=499,202.
func send() {
	_ = sip.NewResponse(499, "Client Closed Request")
	_ = sip.NewResponse(202, "Accepted") // want `use sip.StatusAccepted instead of 202 \(Accepted\)`
	_ = sip.NewResponse(498, "Custom")   // want `498 is not a registered SIP response code`
	_ = sip.NewResponse(1499, "Custom")  // want `1499 is not a SIP response code`
}
