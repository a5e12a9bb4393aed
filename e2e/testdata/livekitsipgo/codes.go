package main

import "github.com/livekit/sipgo/sip"

// The fork's sip.StatusCode is an alias of int: only the values the code
// spells with it are codes, and those written as literals are reported
// with the fork's constants.

const maxParticipants = 50

// refusal is the code a caller gets when the room cannot take the call.
func refusal(full bool) sip.StatusCode {
	if full {
		return 486
	}
	return sip.StatusCode(480)
}

// hangupCause is what the room reports when a participant leaves.
type hangupCause struct {
	Code   sip.StatusCode
	Reason string
}

var (
	// retryable are the refusals worth one more attempt.
	retryable = []sip.StatusCode{503, sip.StatusRequestTimeout}
	declined  = hangupCause{Code: 603, Reason: "Decline"}
)

func recordHangup(room string, code sip.StatusCode) {
	_, _ = room, code
}

func leave(room string, kicked bool) {
	var code sip.StatusCode = sip.StatusOK
	if kicked {
		code = 403
	}
	recordHangup(room, code)
	recordHangup(room, 487)
}

// Plain ints that only look like codes stay silent.
func sizes() (int, int, int) {
	port := 5060
	budget := 404
	queue := make([]int, 0, 200)
	return port + budget, len(queue), maxParticipants
}

func shouldRetry(code sip.StatusCode) bool {
	for _, c := range retryable {
		if c == code {
			return true
		}
	}
	return code == declined.Code
}
