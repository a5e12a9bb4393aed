package literal

import (
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

func respond(tx sip.ServerTransaction, req *sip.Request) {
	tx.Respond(sip.NewResponseFromRequest(req, 486, "Busy Here", nil)) // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusBusyHere, "Busy Here", nil)) // want `^second final response on this transaction`
	_ = sip.NewResponse(200, "OK")                 // want `use sip.StatusOK instead of 200 \(OK\)`
	_ = sip.NewResponse((180), "Ringing")          // want `use sip.StatusRinging instead of 180 \(Ringing\)`
	_ = sip.NewResponse(0x1e6, "Busy Here")        // want `use sip.StatusBusyHere instead of 0x1e6 \(Busy Here\)`
	_ = sip.NewResponse(416, "Unsupported URI Scheme") // no constant: sipgo's 416 has an HTTP name
	_ = sip.NewResponse(422, "Session Interval Too Small") // no constant in sipgo
	_ = sip.NewResponse(486.0, "Busy Here")        // a float literal: the value is a code, the spelling is odd; no fix
}

func fields(res *sip.Response) {
	res.StatusCode = 183 // want `use sip.StatusSessionInProgress instead of 183 \(Session Progress\)`
	_ = &sip.Response{StatusCode: 480} // want `use sip.StatusTemporarilyUnavailable instead of 480 \(Temporarily Unavailable\)`
	_ = sip.Response{sip.MessageData{}, "OK", 200} // want `use sip.StatusOK instead of 200 \(OK\)`
	if res.StatusCode == 200 { // want `use sip.StatusOK instead of 200 \(OK\)`
	}
	if 404 != res.StatusCode { // want `use sip.StatusNotFound instead of 404 \(Not Found\)`
	}
	switch res.StatusCode {
	case 480, 503: // want `use sip.StatusTemporarilyUnavailable instead of 480` `use sip.StatusServiceUnavailable instead of 503`
	case sip.StatusBusyHere:
	}
}

func dialog(d *sipgo.DialogServerSession) {
	d.Respond(603, "Decline", nil) // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)`
}

// Not codes: class bounds, arithmetic, sentinels, declarations, look-alikes.
const busy = 486

func notCodes(res *sip.Response) {
	if res.StatusCode >= 300 || res.StatusCode < 200 {
	}
	if res.StatusCode/100 == 2 {
	}
	if res.StatusCode == 0 || res.StatusCode == -1 {
	}
	port, maxForwards, expires := 5060, 70, 3600
	_, _, _ = port, maxForwards, expires
	buf := make([]byte, 486)
	_ = buf
	x := 486
	x++
	_ = sip.NewResponse(x, "Busy Here")
}
