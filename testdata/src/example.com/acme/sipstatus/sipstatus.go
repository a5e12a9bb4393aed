// Package sipstatus is the fake in-house stack's constants, for the
// -config test.
package sipstatus

const (
	Trying   = 100
	Ringing  = 180
	OK       = 200
	BusyHere = 486
	Decline  = 603
)
