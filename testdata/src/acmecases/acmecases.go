// Package acmecases uses a stack sipcode knows only from -config
// testdata/acme.stack. This file does not import the stack's constants
// package (ringing.go does): fixes add the import.
package acmecases

import "example.com/acme/sip"

func handle(tx *sip.Tx, res *sip.Response) {
	sip.Reply(tx, 486, "Busy Here") // want `use sipstatus.BusyHere instead of 486 \(Busy Here\)`
	sip.Reply(tx, 603, "Busy Here") // want `use sipstatus.Decline instead of 603 \(Decline\)` `reason phrase "Busy Here" is that of 486; 603 is "Decline"`
	res.Status = 409                // want `409 Conflict is not a SIP response code`
	if res.Status == 499 {          // want `499 is not a registered SIP response code`
	}
	_ = &sip.Response{Status: 60} // want `60 is not a SIP response code`
	// Not codes, or no constant to suggest.
	if res.Status >= 300 || res.Status == 0 {
	}
	sip.Reply(tx, 404, "Not Found")
	ring(tx)
}
