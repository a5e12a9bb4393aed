package gosipoverride

import "github.com/ghettovoice/gosip/sip"

// example.com/sipstatus has no 603: github.com/sipcode/sipcode/sipstatus has.
func decline(req sip.Request) sip.Response {
	return sip.NewResponseFromRequest("", req, 603, "Decline", "") // want `use sipstatus.Decline instead of 603 \(Decline\)`
}
