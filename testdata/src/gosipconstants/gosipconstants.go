// Package gosipconstants: gosip and go-sip-ua have no constants; run with
// -constants=example.com/sipstatus, fixes take that package's (untyped)
// ones, which fit any integer type.
package gosipconstants

import (
	"github.com/cloudwebrtc/go-sip-ua/pkg/session"
	"github.com/ghettovoice/gosip"
	"github.com/ghettovoice/gosip/sip"

	_ "example.com/sipstatus"
)

func send(srv gosip.Server, req sip.Request, res sip.Response, s *session.Session) {
	srv.RespondOnRequest(req, 486, "Busy Here", "", nil) // want `use sipstatus.BusyHere instead of 486 \(Busy Here\)`
	s.Reject(486, "Busy Here")                           // want `use sipstatus.BusyHere instead of 486 \(Busy Here\)`
	if res.StatusCode() == 416 { // want `use sipstatus.UnsupportedURIScheme instead of 416 \(Unsupported URI Scheme\)`
	}
	code := sip.StatusCode(422) // want `use sipstatus.SessionIntervalTooSmall instead of 422 \(Session Interval Too Small\)`
	_ = code
	s.Reject(603, "Decline") // no constant for 603 in sipstatus
}
