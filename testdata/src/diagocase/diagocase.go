package diagocase

import (
	"errors"

	"github.com/emiago/diago"
	"github.com/emiago/sipgo/sip"
)

func answer(d *diago.DialogServerSession) error {
	return d.Respond(603, "Declined", nil) // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)` `reason phrase "Declined" misspells "Decline" \(603\)`
}

func register(err error) bool {
	var e *diago.RegisterResponseError
	if errors.As(err, &e) {
		switch e.StatusCode() {
		case 401, sip.StatusProxyAuthRequired: // want `use sip.StatusUnauthorized instead of 401 \(Unauthorized\)`
			return true
		case 423: // want `use sip.StatusIntervalToBrief instead of 423 \(Interval Too Brief\)`
		}
		return e.StatusCode() == 409 // want `409 Conflict is not a SIP response code`
	}
	return false
}
