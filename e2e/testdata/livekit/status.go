// Package livekitdemo maps call outcomes to livekit/protocol's SIP status
// enum, the way a SIP bridge reports them over its API. The end-to-end
// tests run sipcode on it with the real module from the Go module proxy.
package livekitdemo

import (
	"errors"

	"github.com/livekit/protocol/livekit"
)

var errBusy = errors.New("busy")

// statusOf is what the bridge reports for a failed call.
func statusOf(err error) *livekit.SIPStatus {
	switch {
	case errors.Is(err, errBusy):
		return &livekit.SIPStatus{Code: 486, Status: "Busy Here"}
	case err == nil:
		return &livekit.SIPStatus{Code: livekit.SIPStatusCode(200)}
	}
	return &livekit.SIPStatus{Code: livekit.SIPStatusCode(603)}
}

// retryable tells whether a failed call may be tried again.
func retryable(st *livekit.SIPStatus) bool {
	switch st.GetCode() {
	case 480, livekit.SIPStatusCode_SIP_STATUS_SERVICE_UNAVAILABLE:
		return true
	case livekit.SIPStatusCode_SIP_STATUS_CONFLICT:
		return true
	}
	return st.Code == livekit.SIPStatusCode(499)
}

// notCodes holds values that are no codes: the enum's unset value, class
// bounds, and an int32 of another meaning.
func notCodes(st *livekit.SIPStatus, ttl int32) bool {
	if st.Code == livekit.SIPStatusCode_SIP_STATUS_UNKNOWN || st.Code >= 600 {
		return false
	}
	return ttl == 486
}
