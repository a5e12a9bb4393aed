// Package sip is a fake in-house SIP stack, known to sipcode only through
// testdata/acme.stack: the -config test. Declarations only.
package sip

type Tx struct{}

type Response struct {
	Status int
	Reason string
}

func Reply(tx *Tx, code int, reason string) error { return nil }
