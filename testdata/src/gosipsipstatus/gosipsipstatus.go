// Package gosipsipstatus: gosip, go-sip-ua and gossip have no constants;
// the package depends on github.com/sipcode/sipcode/sipstatus, so fixes use
// its constants with no flag (the stub is a generated file, which is not
// checked, and still names the fixes).
package gosipsipstatus

import (
	"github.com/cloudwebrtc/go-sip-ua/pkg/session"
	"github.com/ghettovoice/gosip"
	"github.com/ghettovoice/gosip/sip"
	"github.com/sipcode/sipcode/sipstatus"
	"github.com/stefankopieczek/gossip/base"
)

func send(srv gosip.Server, req sip.Request, res sip.Response, s *session.Session) {
	srv.RespondOnRequest(req, 486, "Busy Here", "", nil) // want `use sipstatus.BusyHere instead of 486 \(Busy Here\)`
	s.Reject(603, "Decline")                             // want `use sipstatus.Decline instead of 603 \(Decline\)`
	if res.StatusCode() == 481 {                         // want `use sipstatus.CallTransactionDoesNotExist instead of 481 \(Call/Transaction Does Not Exist\)`
	}
	code := sip.StatusCode(414) // want `use sipstatus.RequestURITooLong instead of 414 \(Request-URI Too Long\)`
	_ = code
	switch res.StatusCode() {
	case 504, 606: // want `use sipstatus.ServerTimeout instead of 504 \(Server Time-out\)` `use sipstatus.NotAcceptable606 instead of 606 \(Not Acceptable\)`
	}
	s.Accept(202)                                     // want `use sipstatus.Accepted instead of 202 \(Accepted\)`
	s.Reject(sipstatus.BusyHere, "Busy Here")         // already named
	s.Reject(sipstatus.BusyHere, "Busy Hre")          // want `reason phrase "Busy Hre" misspells "Busy Here" \(486\)`
	s.Reject(sipstatus.PaymentRequired, "")           // want `sipstatus.PaymentRequired \(402 Payment Required\) is reserved`
	srv.RespondOnRequest(req, 409, "", "", nil)       // want `409 Conflict is not a SIP response code`
	srv.RespondOnRequest(req, 480, "", "", nil)       // no 480 in the stub: no fix, no finding
	_ = base.NewResponse("SIP/2.0", 486, "", nil, "") // want `use sipstatus.BusyHere instead of 486 \(Busy Here\)`
}
