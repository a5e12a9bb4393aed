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
