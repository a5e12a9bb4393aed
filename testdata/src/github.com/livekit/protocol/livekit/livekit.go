// Package livekit is a stub of github.com/livekit/protocol/livekit for
// analysistest, written from the published v1.54.1 API: declarations only,
// and only the ones the cases use. SIPStatusCode is a protobuf enum, a
// defined int32 type whose values are named Type_PREFIX_VALUE.
package livekit

type SIPStatusCode int32

const (
	SIPStatusCode_SIP_STATUS_UNKNOWN                          SIPStatusCode = 0
	SIPStatusCode_SIP_STATUS_TRYING                           SIPStatusCode = 100
	SIPStatusCode_SIP_STATUS_RINGING                          SIPStatusCode = 180
	SIPStatusCode_SIP_STATUS_CALL_IS_FORWARDED                SIPStatusCode = 181
	SIPStatusCode_SIP_STATUS_SESSION_PROGRESS                 SIPStatusCode = 183
	SIPStatusCode_SIP_STATUS_OK                               SIPStatusCode = 200
	SIPStatusCode_SIP_STATUS_ACCEPTED                         SIPStatusCode = 202
	SIPStatusCode_SIP_STATUS_UNAUTHORIZED                     SIPStatusCode = 401
	SIPStatusCode_SIP_STATUS_PAYMENT_REQUIRED                 SIPStatusCode = 402
	SIPStatusCode_SIP_STATUS_FORBIDDEN                        SIPStatusCode = 403
	SIPStatusCode_SIP_STATUS_NOTFOUND                         SIPStatusCode = 404
	SIPStatusCode_SIP_STATUS_NOT_ACCEPTABLE                   SIPStatusCode = 406
	SIPStatusCode_SIP_STATUS_PROXY_AUTH_REQUIRED              SIPStatusCode = 407
	SIPStatusCode_SIP_STATUS_CONFLICT                         SIPStatusCode = 409
	SIPStatusCode_SIP_STATUS_LENGTH_REQUIRED                  SIPStatusCode = 411
	SIPStatusCode_SIP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE  SIPStatusCode = 416
	SIPStatusCode_SIP_STATUS_TEMPORARILY_UNAVAILABLE          SIPStatusCode = 480
	SIPStatusCode_SIP_STATUS_CALL_TRANSACTION_DOES_NOT_EXISTS SIPStatusCode = 481
	SIPStatusCode_SIP_STATUS_BUSY_HERE                        SIPStatusCode = 486
	SIPStatusCode_SIP_STATUS_REQUEST_TERMINATED               SIPStatusCode = 487
	SIPStatusCode_SIP_STATUS_NOT_ACCEPTABLE_HERE              SIPStatusCode = 488
	SIPStatusCode_SIP_STATUS_SERVICE_UNAVAILABLE              SIPStatusCode = 503
	SIPStatusCode_SIP_STATUS_GLOBAL_BUSY_EVERYWHERE           SIPStatusCode = 600
	SIPStatusCode_SIP_STATUS_GLOBAL_DECLINE                   SIPStatusCode = 603
	SIPStatusCode_SIP_STATUS_GLOBAL_NOT_ACCEPTABLE            SIPStatusCode = 606
)

func (x SIPStatusCode) String() string    { return "" }
func (p SIPStatusCode) ShortName() string { return "" }

// SIPStatus is returned as an error detail.
type SIPStatus struct {
	Code   SIPStatusCode
	Status string
}

func (x *SIPStatus) GetCode() SIPStatusCode { return 0 }
func (x *SIPStatus) GetStatus() string      { return "" }
func (p *SIPStatus) Error() string          { return "" }

// Other enums of the package: their values are no codes.
type SIPTransport int32

const (
	SIPTransport_SIP_TRANSPORT_AUTO SIPTransport = 0
	SIPTransport_SIP_TRANSPORT_UDP  SIPTransport = 1
)

type NegotiatedDataChannelID int32

const (
	NegotiatedDataChannelID_NDCI_RELIABLE   NegotiatedDataChannelID = 100
	NegotiatedDataChannelID_NDCI_LOSSY      NegotiatedDataChannelID = 101
	NegotiatedDataChannelID_NDCI_DATA_TRACK NegotiatedDataChannelID = 102
)
