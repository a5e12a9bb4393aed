// Package sipstatusapp is a module on a library without status constants
// (example.com/gosiplike) that depends on github.com/sipcode/sipcode/sipstatus:
// sipcode's fixes use its constants.
package sipstatusapp

import (
	"example.com/gosiplike/sip"
	"github.com/sipcode/sipcode/sipstatus"
)

func Handle(req *sip.Request) *sip.Response {
	switch req.Method {
	case "OPTIONS":
		return sip.NewResponse(req, sipstatus.OK, "OK")
	case "INVITE":
		return sip.NewResponse(req, 486, "Busy Here")
	}
	return sip.NewResponse(req, 501, "Not Implemented")
}
