package onlyliteral

import "github.com/emiago/sipgo/sip"

// Run with -checks=literal: a deprecated code is not a literal to name,
// even with the deprecated check off.
func send() {
	_ = sip.NewResponse(486, "OK") // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	_ = sip.NewResponse(409, "Conflict")
	_ = sip.NewResponse(499, "Custom")
	_ = sip.NewResponse(1486, "Custom")
}
