package reason

import "github.com/emiago/sipgo/sip"

// Regressions from real code: free text that was called a misspelling, and
// punctuation or HTTP wording that was called wrong.
func freeText(req *sip.Request) {
	// Shorter texts than the 31-character phrase of 481 were "misspellings"
	// of it, because "too far" and the limit were both 4.
	_ = sip.NewResponse(sip.StatusCallTransactionDoesNotExists, "Call does not exist")
	_ = sip.NewResponse(sip.StatusCallTransactionDoesNotExists, "Transaction Does Not Exist")
	_ = sip.NewResponse(sip.StatusCallTransactionDoesNotExists, "Hello")
	_ = sip.NewResponse(sip.StatusCallTransactionDoesNotExists, "Call/Transaction Does Not Exits") // want `reason phrase "Call/Transaction Does Not Exits" misspells "Call/Transaction Does Not Exist" \(481\)`
	// Case, spaces, hyphens and punctuation are not typos.
	_ = sip.NewResponse(sip.StatusGatewayTimeout, "Server Timeout")
	_ = sip.NewResponse(sip.StatusGatewayTimeout, "Server time out")
	_ = sip.NewResponse(sip.StatusRequestURITooLong, "Request URI too long")
	_ = sip.NewResponse(sip.StatusNotFound, "Not found.")
	_ = sip.NewResponse(sip.StatusBusyHere, "BUSY_HERE")
	// A code's HTTP phrase, where it means the same thing.
	_ = sip.NewResponse(sip.StatusGatewayTimeout, "Gateway Timeout")
	_ = sip.NewResponse(sip.StatusInternalServerError, "Internal Server Error")
	_ = sip.NewResponse(sip.StatusRequestEntityTooLarge, "Payload Too Large")
	_ = sip.NewResponse(sip.StatusMovedTemporarily, "Found")
	// ...but not where it means something else: 416 is no range error in SIP.
	_ = sip.NewResponse(416, "Range Not Satisfiable")
	// A letter-level typo of the code's own phrase is still one.
	_ = sip.NewResponse(sip.StatusTemporarilyUnavailable, "Temporarly unavailable") // want `reason phrase "Temporarly unavailable" misspells "Temporarily Unavailable" \(480\)`
	// Another code's phrase is found through the same normalisation.
	_ = sip.NewResponse(sip.StatusForbidden, "not-found") // want `reason phrase "not-found" is that of 404; 403 is "Forbidden"`
	// Words added or dropped are the author's text, not a typo.
	_ = sip.NewResponse(sip.StatusTemporarilyUnavailable, "Temporarily Unavailable Now")
	_ = sip.NewResponse(sip.StatusBusyHere, "Busy Now")
}
