// Package sipgo is a stub of github.com/emiago/sipgo v0.29.0 for
// analysistest, written from its published signatures: declarations only.
package sipgo

import "github.com/emiago/sipgo/sip"

type DialogServerSession struct{}

func (s *DialogServerSession) Respond(statusCode sip.StatusCode, reason string, body []byte, headers ...sip.Header) error {
	return nil
}
