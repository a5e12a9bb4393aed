// Package accepted: 202 Accepted is the answer to REFER (RFC 3515). IANA
// marks it deprecated because RFC 6665 dropped it as the answer to
// SUBSCRIBE, so it is not reported as deprecated: a literal 202 is a
// literal finding like any registered code, with the library's constant.
package accepted

import "github.com/emiago/sipgo/sip"

func refer(tx sip.ServerTransaction, req *sip.Request, res *sip.Response) {
	tx.Respond(sip.NewResponseFromRequest(req, 202, "Accepted", nil)) // want `^use sip.StatusAccepted instead of 202 \(Accepted\)$`
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusAccepted, "Accepted", nil)) // want `^second final response on this transaction`
	if res.StatusCode == 202 { // want `^use sip.StatusAccepted instead of 202 \(Accepted\)$`
	}
	// IANA's old description is a variant phrase, not a wrong one.
	_ = sip.NewResponse(sip.StatusAccepted, "Accepted (Deprecated)")
}
