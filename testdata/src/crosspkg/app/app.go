package app

import (
	"crosspkg/sipx"
	"crosspkg/sipy"

	"github.com/emiago/sipgo/sip"
)

func handle(tx sip.ServerTransaction, req *sip.Request, res *sip.Response) {
	sipx.Reject(tx, req, 488, "Not Acceptable Here") // want `use sip.StatusNotAcceptableHere instead of 488 \(Not Acceptable Here\)`
	sipx.Reject(tx, req, 486, "OK")                  // want `use sip.StatusBusyHere instead of 486` `reason phrase "OK" is that of 200; 486 is "Busy Here"`
	r := &sipx.Responder{Tx: tx, Req: req}
	r.Send(409, "Conflict") // want `409 Conflict is not a SIP response code`
	sipy.Busy(tx, req, 499) // want `499 is not a registered SIP response code`
	sipx.Classify(res, 486)
	if sipx.Outcome(true) == 486 { // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	}
}

// Through sipx's fact, Decline answers: a second final response after it
// is reported (without -cross-package, handing tx to Decline is an escape).
func declineTwice(tx sip.ServerTransaction, req *sip.Request) { // want declineTwice:`sipcode transaction\(param=0 always=true final=true never=false\)`
	sipx.Decline(tx, req)
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // want `^second final response on this transaction`
}
