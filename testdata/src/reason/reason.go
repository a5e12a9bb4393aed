package reason

import (
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

func send(req *sip.Request, d *sipgo.DialogServerSession) {
	_ = sip.NewResponseFromRequest(req, sip.StatusBusyHere, "OK", nil)    // want `reason phrase "OK" is that of 200; 486 is "Busy Here"`
	_ = sip.NewResponse(sip.StatusUnauthorized, "Unathorized")            // want `reason phrase "Unathorized" misspells "Unauthorized" \(401\)`
	_ = sip.NewResponse(sip.StatusForbidden, "Forbiden")                  // want `reason phrase "Forbiden" misspells "Forbidden" \(403\)`
	_ = sip.NewResponse(sip.StatusForbidden, `Not Found`)                 // want `reason phrase "Not Found" is that of 404; 403 is "Forbidden"`
	d.Respond(sip.StatusGlobalDecline, "Busy Here", nil)                  // want `reason phrase "Busy Here" is that of 486; 603 is "Decline"`
	_ = sip.NewResponse(sip.StatusInternalServerError, "Internal Server Error") // a registry variant
	_ = sip.NewResponse(sip.StatusBusyHere, "busy here")                  // case does not matter
	_ = sip.NewResponse(sip.StatusBusyHere, "Busy")                       // the author's own text
	_ = sip.NewResponse(sip.StatusBusyHere, "Callee is on another call")  // the author's own text
	_ = sip.NewResponse(sip.StatusBusyHere, "")                           // empty: the stack fills it in
	_ = sip.NewResponse(499, "OK")                                        // want `499 is not a registered SIP response code`
	reason := "OK"
	_ = sip.NewResponse(sip.StatusBusyHere, reason) // not a literal
}
