// Package livekitcases runs sipcode against livekit/sipgo in the form where
// sip.StatusCode is an alias of int and Response is emiago's (v1.x).
package livekitcases

import "github.com/livekit/sipgo/sip"

func send(tx sip.ServerTransaction, req *sip.Request, res *sip.Response) {
	tx.Respond(sip.NewResponseFromRequest(req, 486, "Busy Here", nil)) // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	_ = sip.NewResponse(180, "Ringing")                                // want `use sip.StatusRinging instead of 180 \(Ringing\)`
	res.StatusCode = 603                                               // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)`
	_ = sip.NewResponse(sip.StatusConflict, "Conflict")                // want `sip.StatusConflict \(409 Conflict\) is not a SIP response code: RFC 3261 removed it`
	_ = sip.NewResponse(202, "Accepted")                               // usable; livekit has no StatusAccepted: no finding
	_ = sip.NewResponse(499, "Busy Here")                              // want `499 is not a registered SIP response code`
	_ = sip.NewResponse(4860, "Busy Here")                             // want `4860 is not a SIP response code`
	_ = sip.NewResponse(sip.StatusBusyHere, "OK")                      // want `reason phrase "OK" is that of 200; 486 is "Busy Here"`
	_ = sip.NewResponse(sip.StatusForbidden, "Forbiden")               // want `reason phrase "Forbiden" misspells "Forbidden" \(403\)`
	if res.StatusCode == 200 {                                         // want `use sip.StatusOK instead of 200 \(OK\)`
	}
	switch res.StatusCode {
	case 487: // want `use sip.StatusRequestTerminated instead of 487 \(Request Terminated\)`
	case sip.StatusOK:
	}
}

// StatusCode is int here. Where the code spells it, the value is a code:
// a conversion, a variable, parameter, result or field declared with it,
// a slice of it, and the constants declared with it.
func spelled(res *sip.Response) (code sip.StatusCode) {
	n := sip.StatusCode(100) // want `use sip.StatusTrying instead of 100 \(Trying\)`
	_ = n
	var busy sip.StatusCode = 486 // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	_ = busy
	codes := []sip.StatusCode{480, sip.StatusBusyHere} // want `use sip.StatusTemporarilyUnavailable instead of 480 \(Temporarily Unavailable\)`
	_ = codes
	_ = sip.StatusConflict  // want `sip.StatusConflict \(409 Conflict\) is not a SIP response code: RFC 3261 removed it`
	_ = sip.StatusCode(499) // want `499 is not a registered SIP response code`
	takesCode(603)          // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)`
	_ = reject{Code: 404}   // want `use sip.StatusNotFound instead of 404 \(Not Found\)`
	code = 200              // want `use sip.StatusOK instead of 200 \(OK\)`
	return
}

func takesCode(c sip.StatusCode) {}

type reject struct{ Code sip.StatusCode }

// ...but an alias of int makes no int a code: these never spell it.
func notCodes(res *sip.Response) int {
	n := 486
	_ = n
	var port int = 5060
	_ = port
	takesInt(486)
	if res.StatusCode >= 300 {
	}
	if sip.StatusCode(res.StatusCode) >= 300 {
	}
	_ = sip.NewResponse(416, "Unsupported URI Scheme") // no constant: livekit's 416 has an HTTP name
	_ = sip.NewResponse(sip.StatusOK, "OK")
	return 409
}

func takesInt(n int) {}

// A zero status is "none yet", not a code.
func none() sip.StatusCode { return 0 }
