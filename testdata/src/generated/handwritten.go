package generated

import "github.com/emiago/sipgo/sip"

func handwritten() {
	_ = sip.NewResponse(409, "Conflict") // want `409 Conflict is not a SIP response code`
}
