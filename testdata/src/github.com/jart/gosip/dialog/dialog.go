// Package dialog is a stub of github.com/jart/gosip/dialog for
// analysistest, written from its published signatures (commit 1158f11):
// declarations only. NewResponse takes the code as a plain int and fills
// in the phrase itself.
package dialog

import "github.com/jart/gosip/sip"

// NewResponse builds a response to msg; it always sets Allow.
func NewResponse(msg *sip.Msg, status int) *sip.Msg { return nil }
