// Package sipgo is a stub of github.com/emiago/sipgo v1.7.2 for
// analysistest, written from its published signatures.
package sipgo

import "github.com/emiago/sipgo/sip"

type Dialog struct {
	InviteRequest  *sip.Request
	InviteResponse *sip.Response
}

type DialogServerSession struct {
	Dialog
}

func (s *DialogServerSession) Respond(statusCode int, reason string, body []byte, headers ...sip.Header) error {
	return nil
}

func (s *DialogServerSession) RespondSDP(sdp []byte) error { return nil }

type ErrDialogResponse struct {
	Res *sip.Response
}

func (e ErrDialogResponse) Error() string { return "" }
