// Package sip is a stub of github.com/emiago/sipgo/sip v1.7.2 for
// analysistest, written from its published signatures.
package sip

type Header interface{ Name() string }

type RequestMethod string

const (
	INVITE    RequestMethod = "INVITE"
	ACK       RequestMethod = "ACK"
	CANCEL    RequestMethod = "CANCEL"
	BYE       RequestMethod = "BYE"
	REGISTER  RequestMethod = "REGISTER"
	OPTIONS   RequestMethod = "OPTIONS"
	SUBSCRIBE RequestMethod = "SUBSCRIBE"
	NOTIFY    RequestMethod = "NOTIFY"
	REFER     RequestMethod = "REFER"
	INFO      RequestMethod = "INFO"
	MESSAGE   RequestMethod = "MESSAGE"
	PRACK     RequestMethod = "PRACK"
	UPDATE    RequestMethod = "UPDATE"
	PUBLISH   RequestMethod = "PUBLISH"
)

// The header methods are declared where the real ones are: on the
// unexported headers, which MessageData embeds (and Request and Response
// embed MessageData), so that tables name them by their declaring type.
type headers struct{ headerOrder []Header }

func (hs *headers) AppendHeader(header Header)                   {}
func (hs *headers) AppendHeaderAfter(header Header, name string) {}
func (hs *headers) PrependHeader(headers ...Header)              {}
func (hs *headers) ReplaceHeader(header Header)                  {}
func (hs *headers) RemoveHeader(name string) (removed bool)      { return false }
func (hs *headers) GetHeader(name string) Header                 { return nil }
func (hs *headers) Contact() *ContactHeader                      { return nil }

func NewHeader(name, value string) Header { return nil }

func HeaderClone(h Header) Header { return h }

type ContactHeader struct{ DisplayName string }

func (h *ContactHeader) Name() string { return "Contact" }

type ExpiresHeader uint32

func (h *ExpiresHeader) Name() string { return "Expires" }

type ContentTypeHeader string

func (h *ContentTypeHeader) Name() string { return "Content-Type" }

type Request struct {
	MessageData
	Method RequestMethod
}

type MessageData struct {
	headers
	SipVersion string
}

type Response struct {
	MessageData
	Reason     string
	StatusCode int
}

func (res *Response) String() string { return "" }

func NewResponse(statusCode int, reason string) *Response { return nil }

func NewResponseFromRequest(req *Request, statusCode int, reason string, body []byte) *Response {
	return nil
}

func NewSDPResponseFromRequest(req *Request, body []byte) *Response { return nil }

type ServerTransaction interface {
	Respond(res *Response) error
	Terminate()
	Done() <-chan struct{}
	Err() error
}

type ServerTx struct{}

func (tx *ServerTx) Respond(res *Response) error { return nil }
func (tx *ServerTx) Terminate()                  {}
func (tx *ServerTx) TerminateGracefully()        {}
func (tx *ServerTx) Done() <-chan struct{}       { return nil }
func (tx *ServerTx) Err() error                  { return nil }

type ClientTransaction interface {
	Responses() <-chan *Response
}

const (
	StatusTrying            = 100
	StatusRinging           = 180
	StatusCallIsForwarded   = 181
	StatusQueued            = 182
	StatusSessionInProgress = 183

	StatusOK       = 200
	StatusAccepted = 202

	StatusMovedPermanently = 301
	StatusMovedTemporarily = 302
	StatusUseProxy         = 305

	StatusBadRequest                   = 400
	StatusUnauthorized                 = 401
	StatusPaymentRequired              = 402
	StatusForbidden                    = 403
	StatusNotFound                     = 404
	StatusMethodNotAllowed             = 405
	StatusNotAcceptable                = 406
	StatusProxyAuthRequired            = 407
	StatusRequestTimeout               = 408
	StatusConflict                     = 409
	StatusGone                         = 410
	StatusRequestEntityTooLarge        = 413
	StatusRequestURITooLong            = 414
	StatusUnsupportedMediaType         = 415
	StatusRequestedRangeNotSatisfiable = 416
	StatusBadExtension                 = 420
	StatusExtensionRequired            = 421
	StatusIntervalToBrief              = 423
	StatusTemporarilyUnavailable       = 480
	StatusCallTransactionDoesNotExists = 481
	StatusLoopDetected                 = 482
	StatusTooManyHops                  = 483
	StatusAddressIncomplete            = 484
	StatusAmbiguous                    = 485
	StatusBusyHere                     = 486
	StatusRequestTerminated            = 487
	StatusNotAcceptableHere            = 488
	StatusRequestPending               = 491

	StatusInternalServerError = 500
	StatusNotImplemented      = 501
	StatusBadGateway          = 502
	StatusServiceUnavailable  = 503
	StatusGatewayTimeout      = 504
	StatusVersionNotSupported = 505
	StatusMessageTooLarge     = 513

	StatusGlobalBusyEverywhere       = 600
	StatusGlobalDecline              = 603
	StatusGlobalDoesNotExistAnywhere = 604
	StatusGlobalNotAcceptable        = 606
)
