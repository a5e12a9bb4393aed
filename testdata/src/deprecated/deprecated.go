package deprecated

import "github.com/emiago/sipgo/sip"

func send(tx sip.ServerTransaction, req *sip.Request, res *sip.Response) {
	tx.Respond(sip.NewResponseFromRequest(req, 409, "Conflict", nil)) // want `409 Conflict is not a SIP response code: RFC 3261 removed it and IANA never registered it; a UAC treats it as 400 Bad Request`
	_ = sip.NewResponse(sip.StatusConflict, "Conflict")               // want `sip.StatusConflict \(409 Conflict\) is not a SIP response code`
	_ = sip.NewResponse(411, "Length Required")                       // want `411 Length Required is not a SIP response code`
	_ = sip.NewResponse(303, "See Other")                             // want `303 See Other is not a SIP response code: .* 300 Multiple Choices`
	_ = sip.NewResponse(402, "Payment Required")                      // want `402 Payment Required is reserved: IANA registers it for future use, with no meaning yet; a UAC treats it as 400 Bad Request`
	_ = sip.NewResponse(sip.StatusAccepted, "Accepted")               // 202 answers REFER (RFC 3515): not reported (see package accepted)
	if res.StatusCode == 409 { // want `409 Conflict is not a SIP response code`
	}
	_ = sip.NewResponse(sip.StatusOK, "OK")
	_ = sip.StatusConflict // a constant not used as a code is not reported
}
