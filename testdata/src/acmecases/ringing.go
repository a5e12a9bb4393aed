package acmecases

import (
	"example.com/acme/sip"
	"example.com/acme/sipstatus"
)

// Fixes name constants of packages the checked package imports, directly
// or not: this file brings sipstatus in.
func ring(tx *sip.Tx) {
	sip.Reply(tx, sipstatus.Ringing, "Ringing")
	sip.Reply(tx, 180, "Ringing") // want `use sipstatus.Ringing instead of 180 \(Ringing\)`
}
