// Package sip is a stub of github.com/jart/gosip/sip for analysistest,
// written from its published signatures (commit 1158f11): declarations
// only. Codes are plain ints; the constants are untyped. The constructor
// is dialog.NewResponse.
package sip

type Msg struct {
	VersionMajor uint8
	VersionMinor uint8
	Method       string
	Status       int
	Phrase       string

	Allow             string
	AllowEvents       string
	Contact           *Addr
	MinExpires        int
	ProxyAuthenticate string
	Require           string
	Unsupported       string
	WWWAuthenticate   string
}

type Addr struct{ Display string }

func (msg *Msg) IsResponse() bool { return false }

func Phrase(status int) string { return "" }

const (
	StatusTrying               = 100
	StatusRinging              = 180
	StatusCallIsBeingForwarded = 181
	StatusQueued               = 182
	StatusSessionProgress      = 183

	StatusOK             = 200
	StatusAccepted       = 202
	StatusNoNotification = 204

	StatusMultipleChoices    = 300
	StatusMovedPermanently   = 301
	StatusMovedTemporarily   = 302
	StatusUseProxy           = 305
	StatusAlternativeService = 380

	StatusBadRequest                   = 400
	StatusUnauthorized                 = 401
	StatusPaymentRequired              = 402
	StatusForbidden                    = 403
	StatusNotFound                     = 404
	StatusMethodNotAllowed             = 405
	StatusNotAcceptable                = 406
	StatusProxyAuthenticationRequired  = 407
	StatusRequestTimeout               = 408
	StatusConflict                     = 409
	StatusGone                         = 410
	StatusLengthRequired               = 411
	StatusConditionalRequestFailed     = 412
	StatusRequestEntityTooLarge        = 413
	StatusRequestURITooLong            = 414
	StatusUnsupportedMediaType         = 415
	StatusUnsupportedURIScheme         = 416
	StatusUnknownResourcePriority      = 417
	StatusBadExtension                 = 420
	StatusExtensionRequired            = 421
	StatusSessionIntervalTooSmall      = 422
	StatusIntervalTooBrief             = 423
	StatusUseIdentityHeader            = 428
	StatusProvideReferrerIdentity      = 429
	StatusFlowFailed                   = 430
	StatusAnonymityDisallowed          = 433
	StatusBadIdentityInfo              = 436
	StatusUnsupportedCertificate       = 437
	StatusInvalidIdentityHeader        = 438
	StatusFirstHopLacksOutboundSupport = 439
	StatusMaxBreadthExceeded           = 440
	StatusConsentNeeded                = 470
	StatusTemporarilyUnavailable       = 480
	StatusCallTransactionDoesNotExist  = 481
	StatusLoopDetected                 = 482
	StatusTooManyHops                  = 483
	StatusAddressIncomplete            = 484
	StatusAmbiguous                    = 485
	StatusBusyHere                     = 486
	StatusRequestTerminated            = 487
	StatusNotAcceptableHere            = 488
	StatusBadEvent                     = 489
	StatusRequestPending               = 491
	StatusUndecipherable               = 493
	StatusSecurityAgreementRequired    = 494

	StatusInternalServerError = 500
	StatusNotImplemented      = 501
	StatusBadGateway          = 502
	StatusServiceUnavailable  = 503
	StatusGatewayTimeout      = 504
	StatusVersionNotSupported = 505
	StatusMessageTooLarge     = 513
	StatusPreconditionFailure = 580

	StatusBusyEverywhere       = 600
	StatusDecline              = 603
	StatusDoesNotExistAnywhere = 604
	StatusNotAcceptable606     = 606
	StatusDialogTerminated     = 687
)
