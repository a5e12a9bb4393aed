// Package livekitv0cases runs sipcode against livekit/sipgo in the form
// where sip.StatusCode is an alias of emiago's defined type (sipgo v0.24).
// Fixes use livekit's constants, the package the file imports.
package livekitv0cases

import "github.com/livekit/sipgo/sip"

func send(req *sip.Request, res *sip.Response) sip.StatusCode {
	_ = sip.NewResponseFromRequest(req, 486, "Busy Here", nil) // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	res.StatusCode = 183                                       // want `use sip.StatusSessionInProgress instead of 183 \(Session Progress\)`
	if res.StatusCode == 180 { // want `use sip.StatusRinging instead of 180 \(Ringing\)`
	}
	code := sip.StatusCode(480) // want `use sip.StatusTemporarilyUnavailable instead of 480 \(Temporarily Unavailable\)`
	_ = code
	_ = sip.NewResponse(202, "Accepted")                       // usable; livekit has no StatusAccepted: no finding
	_ = sip.NewResponse(sip.StatusCode(499), "Busy Here")      // want `499 is not a registered SIP response code`
	_ = sip.NewResponse(sip.StatusCode(99), "Busy Here")       // want `99 is not a SIP response code`
	_ = sip.NewResponse(sip.StatusUnauthorized, "Unathorized") // want `reason phrase "Unathorized" misspells "Unauthorized" \(401\)`
	if res.StatusCode >= 300 || res.StatusCode/100 == 4 {
	}
	return sip.StatusConflict // want `sip.StatusConflict \(409 Conflict\) is not a SIP response code`
}
