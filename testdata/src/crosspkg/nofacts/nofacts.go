package nofacts

import (
	"crosspkg/sipx"

	"github.com/emiago/sipgo/sip"
)

// Without -cross-package, sipx.Reject is an ordinary function here.
func handle(tx sip.ServerTransaction, req *sip.Request) {
	sipx.Reject(tx, req, 488, "OK")
	if sipx.Outcome(true) == 486 { // that sipx.Outcome returns a code is a fact: unknown here
	}
}

// Without facts, handing tx to sipx.Decline is an escape: silent.
func declineTwice(tx sip.ServerTransaction, req *sip.Request) {
	sipx.Decline(tx, req)
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
}
