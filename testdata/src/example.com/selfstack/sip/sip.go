// Package sip is a library's own package: its status constants are the
// library's spelling of each code, never a literal to replace, even where
// the package itself uses them as codes.
package sip

import "net/http"

// Response is a response.
type Response struct{ StatusCode int }

// Code is a status type.
type Code int

const (
	StatusTrying   = 100
	StatusOK       = 200 // used below as a code: still the library's spelling
	StatusBusyHere = 486
	StatusConflict = 409 // removed by RFC 3261: reported where it is used, not here
	StatusDefault  = StatusOK
)

// A constant of the status type set from another protocol's constant is
// the library's own spelling too.
const StatusBadRequest Code = http.StatusBadRequest

// NewResponse builds a response.
func NewResponse(code int, reason string) *Response { return &Response{StatusCode: code} }

func ok() *Response { return NewResponse(StatusOK, "OK") }

func defaulted() *Response { return NewResponse(StatusDefault, "OK") }

func trying(res *Response) bool { return res.StatusCode == StatusTrying }

// A literal in the library's own code is still a literal: the fix names
// the constant as the package spells it.
func busy() *Response {
	return NewResponse(486, "Busy Here") // want `use StatusBusyHere instead of 486 \(Busy Here\)`
}

func conflict() *Response {
	return NewResponse(StatusConflict, "Conflict") // want `StatusConflict \(409 Conflict\) is not a SIP response code: RFC 3261 removed it`
}

func bad() Code { return StatusBadRequest }
