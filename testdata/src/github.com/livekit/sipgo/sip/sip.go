// Package sip is a stub of github.com/livekit/sipgo/sip in the form that
// builds on emiago/sipgo v1.x (v0.13.2-0.20260519205735-a5b4a38b6ceb, the
// version livekit's SIP bridge pins), for analysistest, written from its
// published signatures: declarations only. StatusCode is an alias of int
// there, and ServerTransaction the fork's own interface.
package sip

import sipgo "github.com/emiago/sipgo/sip"

// StatusCode aliases int: it must not make every int a code.
type StatusCode = int

type RequestMethod = sipgo.RequestMethod

const (
	INVITE  = sipgo.INVITE
	ACK     = sipgo.ACK
	OPTIONS = sipgo.OPTIONS
)

type Request = sipgo.Request

type Response = sipgo.Response

// Transaction is the fork's transaction (sip/transaction.go).
type Transaction interface {
	Terminate()
	Done() <-chan struct{}
	Err() error
}

type ServerTransaction interface {
	Transaction
	Respond(res *Response) error
	Acks() <-chan *Request
	Cancels() <-chan *Request
}

func NewResponse(statusCode StatusCode, reason string) *Response { return nil }

func NewResponseFromRequest(req *Request, statusCode StatusCode, reason string, body []byte) *Response {
	return nil
}

func NewSDPResponseFromRequest(req *Request, body []byte) *Response { return nil }

// The constants are declared here, of type StatusCode. The list is that of
// emiago/sipgo v0.13..v0.20: there is no StatusAccepted (202).
const (
	StatusTrying            StatusCode = 100
	StatusRinging           StatusCode = 180
	StatusCallIsForwarded   StatusCode = 181
	StatusQueued            StatusCode = 182
	StatusSessionInProgress StatusCode = 183

	StatusOK StatusCode = 200

	StatusMovedPermanently StatusCode = 301
	StatusMovedTemporarily StatusCode = 302
	StatusUseProxy         StatusCode = 305

	StatusBadRequest                   StatusCode = 400
	StatusUnauthorized                 StatusCode = 401
	StatusPaymentRequired              StatusCode = 402
	StatusForbidden                    StatusCode = 403
	StatusNotFound                     StatusCode = 404
	StatusMethodNotAllowed             StatusCode = 405
	StatusNotAcceptable                StatusCode = 406
	StatusProxyAuthRequired            StatusCode = 407
	StatusRequestTimeout               StatusCode = 408
	StatusConflict                     StatusCode = 409
	StatusGone                         StatusCode = 410
	StatusRequestEntityTooLarge        StatusCode = 413
	StatusRequestURITooLong            StatusCode = 414
	StatusUnsupportedMediaType         StatusCode = 415
	StatusRequestedRangeNotSatisfiable StatusCode = 416
	StatusBadExtension                 StatusCode = 420
	StatusExtensionRequired            StatusCode = 421
	StatusIntervalToBrief              StatusCode = 423
	StatusTemporarilyUnavailable       StatusCode = 480
	StatusCallTransactionDoesNotExists StatusCode = 481
	StatusLoopDetected                 StatusCode = 482
	StatusTooManyHops                  StatusCode = 483
	StatusAddressIncomplete            StatusCode = 484
	StatusAmbiguous                    StatusCode = 485
	StatusBusyHere                     StatusCode = 486
	StatusRequestTerminated            StatusCode = 487
	StatusNotAcceptableHere            StatusCode = 488

	StatusInternalServerError StatusCode = 500
	StatusNotImplemented      StatusCode = 501
	StatusBadGateway          StatusCode = 502
	StatusServiceUnavailable  StatusCode = 503
	StatusGatewayTimeout      StatusCode = 504
	StatusVersionNotSupported StatusCode = 505
	StatusMessageTooLarge     StatusCode = 513

	StatusGlobalBusyEverywhere       StatusCode = 600
	StatusGlobalDecline              StatusCode = 603
	StatusGlobalDoesNotExistAnywhere StatusCode = 604
	StatusGlobalNotAcceptable        StatusCode = 606
)

type Header = sipgo.Header

func NewHeader(name, value string) Header { return nil }
