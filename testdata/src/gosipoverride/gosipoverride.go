// Package gosipoverride depends on both example.com/sipstatus and
// github.com/sipcode/sipcode/sipstatus; run with
// -constants=example.com/sipstatus, whose constants come first.
package gosipoverride

import (
	"github.com/ghettovoice/gosip"
	"github.com/ghettovoice/gosip/sip"

	_ "example.com/sipstatus"
	_ "github.com/sipcode/sipcode/sipstatus"
)

func send(srv gosip.Server, req sip.Request) {
	srv.RespondOnRequest(req, 486, "Busy Here", "", nil)              // want `use sipstatus.BusyHere instead of 486 \(Busy Here\)`
	srv.RespondOnRequest(req, 416, "Unsupported URI Scheme", "", nil) // want `use sipstatus.UnsupportedURIScheme instead of 416 \(Unsupported URI Scheme\)`
}
