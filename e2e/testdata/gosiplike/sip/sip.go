// Package sip is a small stand-in, written for sipcode's tests, for a SIP
// library shaped like github.com/ghettovoice/gosip: codes are of a defined
// type and the library has no status constants. It is not gosip.
package sip

// StatusCode is a SIP response code.
type StatusCode uint16

// Request is a SIP request.
type Request struct{ Method string }

// Response is a SIP response.
type Response struct {
	Code   StatusCode
	Reason string
}

// NewResponse answers req with code and reason.
func NewResponse(req *Request, code StatusCode, reason string) *Response {
	return &Response{Code: code, Reason: reason}
}
