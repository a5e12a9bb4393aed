// Package sip is a stub of github.com/ghettovoice/gosip/sip (the classic v0
// API go-sip-ua builds on) for analysistest, written from its published
// signatures: declarations only. It has no status constants.
package sip

import "github.com/ghettovoice/gosip/log"

// StatusCode - response status code: 1xx - 6xx
type StatusCode uint16

type MessageID string

type Header interface{ Name() string }

// Uri is a URI of any scheme (a subset of its methods).
type Uri interface {
	String() string
	Host() string
}

// Message is a subset of the real interface's methods; the header methods
// are declared here, as in sip/message.go, and Request and Response embed
// it.
type Message interface {
	String() string
	AppendHeader(header Header)
	PrependHeader(header Header)
	PrependHeaderAfter(header Header, afterName string)
	RemoveHeader(name string)
	ReplaceHeaders(name string, headers []Header)
}

type Request interface {
	Message
	Method() string
}

type Response interface {
	Message
	StatusCode() StatusCode
	SetStatusCode(code StatusCode)
	Reason() string
	SetReason(reason string)
	IsSuccess() bool
}

func NewResponse(
	messID MessageID,
	sipVersion string,
	statusCode StatusCode,
	reason string,
	hdrs []Header,
	body string,
	fields log.Fields,
) Response {
	return nil
}

func NewResponseFromRequest(
	resID MessageID,
	req Request,
	statusCode StatusCode,
	reason string,
	body string,
) Response {
	return nil
}

type RequestError struct {
	Request  Request
	Response Response
	Code     uint
	Reason   string
}

func NewRequestError(code uint, reason string, request Request, response Response) *RequestError {
	return nil
}

func (err *RequestError) Error() string { return "" }

type ServerTransaction interface {
	Respond(res Response) error
}

type RequestMethod string

const (
	INVITE  RequestMethod = "INVITE"
	ACK     RequestMethod = "ACK"
	OPTIONS RequestMethod = "OPTIONS"
	BYE     RequestMethod = "BYE"
)

type GenericHeader struct {
	HeaderName string
	Contents   string
}

func (h *GenericHeader) Name() string { return h.HeaderName }

type AllowHeader []RequestMethod

func (h AllowHeader) Name() string { return "Allow" }

type UnsupportedHeader struct{ Options []string }

func (h *UnsupportedHeader) Name() string { return "Unsupported" }

type ContactHeader struct{ DisplayName string }

func (h *ContactHeader) Name() string { return "Contact" }
