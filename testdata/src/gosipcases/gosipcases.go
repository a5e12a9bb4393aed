// Package gosipcases runs sipcode against ghettovoice/gosip, whose codes
// are of the defined type sip.StatusCode (uint16) and which has no status
// constants: no literal is reported, the other checks apply.
package gosipcases

import (
	http "github.com/valyala/fasthttp"

	"github.com/ghettovoice/gosip"
	"github.com/ghettovoice/gosip/sip"
)

func respond(srv gosip.Server, req sip.Request, res sip.Response) {
	// The package does not depend on github.com/sipcode/sipcode/sipstatus:
	// no fix for 486.
	srv.RespondOnRequest(req, 486, "Busy Here", "", nil) // no constant to suggest
	srv.RespondOnRequest(req, 409, "Conflict", "", nil)  // want `409 Conflict is not a SIP response code: RFC 3261 removed it`
	srv.RespondOnRequest(req, 499, "", "", nil)          // want `499 is not a registered SIP response code: a UAC treats it as 400 Bad Request`
	srv.RespondOnRequest(req, 486, "OK", "", nil)        // want `reason phrase "OK" is that of 200; 486 is "Busy Here"`
	_ = sip.NewResponse("", "SIP/2.0", 603, "Declined", nil, "", nil)  // want `reason phrase "Declined" misspells "Decline" \(603\)`
	_ = sip.NewResponseFromRequest("", req, 1486, "Busy Here", "")     // want `1486 is not a SIP response code`
	_ = sip.NewResponseFromRequest("", req, 402, "Payment Required", "") // want `402 Payment Required is reserved`
	res.SetStatusCode(202) // usable, and gosip has no constants: no finding
	res.SetStatusCode(200)
	// Another protocol's constant is reported even without SIP constants.
	res.SetStatusCode(http.StatusSwitchingProtocols) // want `^http.StatusSwitchingProtocols \(101\), a github.com/valyala/fasthttp constant, is not a registered SIP response code: a UAC treats it as 183 Session Progress \(RFC 3261 section 8.1.3.2\)$`
}

// Values of sip.StatusCode are codes wherever they appear.
func typed(res sip.Response) sip.StatusCode {
	if res.StatusCode() == 411 { // want `411 Length Required is not a SIP response code`
	}
	switch res.StatusCode() {
	case 487, 699: // want `699 is not a registered SIP response code`
	}
	codes := []sip.StatusCode{480, 303} // want `303 See Other is not a SIP response code`
	_ = codes
	_ = sip.StatusCode(700) // want `700 is not a SIP response code`
	return 100_0 // want `100_0 \(1000\) is not a SIP response code`
}

// RequestError.Code is a plain uint listed in the table.
func requestErrors(req sip.Request, res sip.Response) error {
	err := sip.NewRequestError(487, "Request Timeout", req, res) // want `reason phrase "Request Timeout" is that of 408; 487 is "Request Terminated"`
	if err.Code == 4870 { // want `4870 is not a SIP response code`
	}
	return &sip.RequestError{Code: 409, Reason: "Conflict"} // want `409 Conflict is not a SIP response code`
}

// Not codes.
const busy sip.StatusCode = 486

func notCodes(req sip.Request, res sip.Response, err *sip.RequestError) (sip.StatusCode, error) {
	if res.StatusCode() >= 300 || res.StatusCode()/100 == 4 || err.Code > 299 {
	}
	_ = sip.NewRequestError(uint(res.StatusCode()), res.Reason(), req, res)
	port := uint16(5060)
	_ = port
	if res.StatusCode() == 0 {
	}
	_ = busy
	return 0, err
}
