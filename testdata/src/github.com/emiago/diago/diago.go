// Package diago is a stub of github.com/emiago/diago v0.42.1 for
// analysistest, written from its published signatures.
package diago

import (
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

type DialogServerSession struct {
	*sipgo.DialogServerSession
}

func (d *DialogServerSession) Trying() error  { return nil }
func (d *DialogServerSession) Ringing() error { return nil }

type RegisterResponseError struct {
	RegisterReq *sip.Request
	RegisterRes *sip.Response
	Msg         string
}

func (e *RegisterResponseError) StatusCode() int { return 0 }
func (e RegisterResponseError) Error() string    { return e.Msg }
