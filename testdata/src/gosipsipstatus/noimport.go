package gosipsipstatus

import "github.com/ghettovoice/gosip/sip"

// This file does not import sipstatus; the package does, so the fix adds
// the import.
func reply(req sip.Request) sip.Response {
	return sip.NewResponseFromRequest("", req, 486, "Busy Here", "") // want `use sipstatus.BusyHere instead of 486 \(Busy Here\)`
}
