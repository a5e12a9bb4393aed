// Package livekitprotocolcases runs sipcode against livekit/protocol's
// protobuf status enum: SIPStatusCode is a defined int32 type, so its
// values are codes wherever they stand, and its constants are named
// SIPStatusCode_SIP_STATUS_BUSY_HERE.
package livekitprotocolcases

import (
	"errors"

	"github.com/livekit/protocol/livekit"
)

// Conversions and fields: the fix replaces the whole conversion.
func statuses() []error {
	return []error{
		&livekit.SIPStatus{Code: livekit.SIPStatusCode(603)}, // want `use livekit.SIPStatusCode_SIP_STATUS_GLOBAL_DECLINE instead of 603 \(Decline\)`
		&livekit.SIPStatus{Code: 486, Status: "Busy Here"},   // want `use livekit.SIPStatusCode_SIP_STATUS_BUSY_HERE instead of 486 \(Busy Here\)`
		&livekit.SIPStatus{Code: 404},                        // want `use livekit.SIPStatusCode_SIP_STATUS_NOTFOUND instead of 404 \(Not Found\)`
		&livekit.SIPStatus{Code: 407},                        // want `use livekit.SIPStatusCode_SIP_STATUS_PROXY_AUTH_REQUIRED instead of 407 \(Proxy Authentication Required\)`
		&livekit.SIPStatus{Code: 100},                        // want `use livekit.SIPStatusCode_SIP_STATUS_TRYING instead of 100 \(Trying\)`
		&livekit.SIPStatus{Code: 606},                        // want `use livekit.SIPStatusCode_SIP_STATUS_GLOBAL_NOT_ACCEPTABLE instead of 606 \(Not Acceptable\)`
		&livekit.SIPStatus{Code: 406},                        // want `use livekit.SIPStatusCode_SIP_STATUS_NOT_ACCEPTABLE instead of 406 \(Not Acceptable\)`
		&livekit.SIPStatus{Code: livekit.SIPStatusCode_SIP_STATUS_BUSY_HERE},
	}
}

func assign(st *livekit.SIPStatus) livekit.SIPStatusCode {
	st.Code = 480                      // want `use livekit.SIPStatusCode_SIP_STATUS_TEMPORARILY_UNAVAILABLE instead of 480 \(Temporarily Unavailable\)`
	code := livekit.SIPStatusCode(481) // want `use livekit.SIPStatusCode_SIP_STATUS_CALL_TRANSACTION_DOES_NOT_EXISTS instead of 481 \(Call/Transaction Does Not Exist\)`
	_ = code
	codes := []livekit.SIPStatusCode{503, livekit.SIPStatusCode_SIP_STATUS_OK} // want `use livekit.SIPStatusCode_SIP_STATUS_SERVICE_UNAVAILABLE instead of 503 \(Service Unavailable\)`
	_ = codes
	return 600 // want `use livekit.SIPStatusCode_SIP_STATUS_GLOBAL_BUSY_EVERYWHERE instead of 600 \(Busy Everywhere\)`
}

// Comparisons and switch cases, on the field, the getter and any value.
func classify(err error) string {
	var st *livekit.SIPStatus
	if !errors.As(err, &st) {
		return ""
	}
	if st.Code == 487 { // want `use livekit.SIPStatusCode_SIP_STATUS_REQUEST_TERMINATED instead of 487 \(Request Terminated\)`
		return "cancelled"
	}
	if st.GetCode() != 200 { // want `use livekit.SIPStatusCode_SIP_STATUS_OK instead of 200 \(OK\)`
	}
	switch st.GetCode() {
	case 486, livekit.SIPStatusCode_SIP_STATUS_GLOBAL_BUSY_EVERYWHERE: // want `use livekit.SIPStatusCode_SIP_STATUS_BUSY_HERE instead of 486 \(Busy Here\)`
		return "busy"
	case 603: // want `use livekit.SIPStatusCode_SIP_STATUS_GLOBAL_DECLINE instead of 603 \(Decline\)`
		return "declined"
	}
	return st.Code.ShortName()
}

// Codes that are wrong on the wire, named or not. The constants for 409
// and 411 are reported wherever they are used, like typed sipgo v0's.
func wrong(st *livekit.SIPStatus) {
	st.Code = livekit.SIPStatusCode_SIP_STATUS_CONFLICT // want `livekit.SIPStatusCode_SIP_STATUS_CONFLICT \(409 Conflict\) is not a SIP response code: RFC 3261 removed it`
	m := map[livekit.SIPStatusCode]string{
		livekit.SIPStatusCode_SIP_STATUS_LENGTH_REQUIRED: "length", // want `livekit.SIPStatusCode_SIP_STATUS_LENGTH_REQUIRED \(411 Length Required\) is not a SIP response code`
	}
	_ = m
	_ = livekit.SIPStatusCode_SIP_STATUS_PAYMENT_REQUIRED // want `livekit.SIPStatusCode_SIP_STATUS_PAYMENT_REQUIRED \(402 Payment Required\) is reserved`
	_ = livekit.SIPStatusCode(499)                        // want `499 is not a registered SIP response code: a UAC treats it as 400 Bad Request`
	_ = livekit.SIPStatusCode(4860)                       // want `4860 is not a SIP response code: codes are three digits, 100 to 699`
	_ = &livekit.SIPStatus{Code: 409}                     // want `409 Conflict is not a SIP response code`
}

// Not codes: the enum's 0 (protobuf's "unset"), class bounds, arithmetic,
// other enums and int32s of the package, declarations.
const busy livekit.SIPStatusCode = 486

func notCodes(st *livekit.SIPStatus, n int32) {
	st.Code = livekit.SIPStatusCode_SIP_STATUS_UNKNOWN
	_ = &livekit.SIPStatus{Code: livekit.SIPStatusCode_SIP_STATUS_UNKNOWN}
	if st.Code == livekit.SIPStatusCode_SIP_STATUS_UNKNOWN || st.GetCode() == 0 {
	}
	if st.Code >= 300 || st.Code/100 == 6 || st.Code < 200 {
	}
	_ = int32(486)
	var x int32 = 603
	if n == 486 || x == 404 {
	}
	var transport livekit.SIPTransport = 1
	_ = transport
	_ = livekit.SIPTransport_SIP_TRANSPORT_UDP
	_ = livekit.NegotiatedDataChannelID(100)
	_ = livekit.NegotiatedDataChannelID_NDCI_RELIABLE
	// 416 has a constant named for HTTP's Requested Range Not Satisfiable:
	// it is never suggested.
	_ = &livekit.SIPStatus{Code: 416}
}
