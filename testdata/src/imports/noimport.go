package imports

import "github.com/emiago/diago"

// The file uses diago only: the fix adds sipgo's sip package.
func reject(d *diago.DialogServerSession) {
	d.Respond(486, "Busy Here", nil) // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	d.Respond(603, "Decline", nil)   // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)`
}
