package onlyliteral

import "github.com/emiago/sipgo/sip"

// Run with -checks=literal: with deprecated off, 409 gets its constant.
func send() {
	_ = sip.NewResponse(486, "OK")       // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	_ = sip.NewResponse(409, "Conflict") // want `use sip.StatusConflict instead of 409 \(Conflict\)`
	_ = sip.NewResponse(499, "Custom")
	_ = sip.NewResponse(1486, "Custom")
}
