// Package dialog is a stub of github.com/jart/gosip/dialog for
// analysistest, written from its published signatures.
package dialog

import "github.com/jart/gosip/sip"

// NewResponse builds a response to msg; it always sets Allow.
func NewResponse(msg *sip.Msg, status int) *sip.Msg { return nil }
