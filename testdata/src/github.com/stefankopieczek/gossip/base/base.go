// Package base is a stub of github.com/stefankopieczek/gossip/base for
// analysistest, written from its published signatures: declarations only.
// Codes are plain uint16; there are no status constants.
package base

type SipHeader interface {
	Name() string
	String() string
}

type Response struct {
	SipVersion string
	StatusCode uint16
	Reason     string
	Body       string
}

func NewResponse(sipVersion string, statusCode uint16, reason string, headers []SipHeader, body string) (response *Response) {
	return nil
}
