// Package sipgov0cases runs sipcode against the typed era of sipgo
// (v0.13..v0.29), where codes are of the defined type sip.StatusCode: its
// values are codes wherever they appear, not only in the table's calls.
package sipgov0cases

import (
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

// The table's calls and field, as in v1.
func calls(tx sip.ServerTransaction, req *sip.Request, res *sip.Response, d *sipgo.DialogServerSession) {
	tx.Respond(sip.NewResponseFromRequest(req, 486, "Busy Here", nil)) // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	_ = sip.NewResponse(200, "OK")                                     // want `use sip.StatusOK instead of 200 \(OK\)`
	d.Respond(603, "Decline", nil)                                     // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)`
	res.StatusCode = 183                                               // want `use sip.StatusSessionInProgress instead of 183 \(Session Progress\)`
	_ = &sip.Response{StatusCode: 480}                                 // want `use sip.StatusTemporarilyUnavailable instead of 480 \(Temporarily Unavailable\)`
	_ = sip.NewResponse(sip.StatusBusyHere, "Busy Here")
	_ = sip.NewResponse(416, "Unsupported URI Scheme") // no constant: sipgo's 416 has an HTTP name
}

// Conversions: the code is the converted constant, and the fix replaces
// the whole conversion, since the constant already has the type.
func conversions(req *sip.Request) {
	code := sip.StatusCode(486) // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	_ = code
	_ = sip.NewResponse(sip.StatusCode(180), "Ringing") // want `use sip.StatusRinging instead of 180 \(Ringing\)`
	_ = sip.StatusCode((404))                           // want `use sip.StatusNotFound instead of 404 \(Not Found\)`
	_ = sip.StatusCode(1486)                            // want `1486 is not a SIP response code: codes are three digits, 100 to 699`
	_ = sip.StatusCode(499)                             // want `499 is not a registered SIP response code: a UAC treats it as 400 Bad Request`
	_ = sip.StatusCode(409)                             // want `409 Conflict is not a SIP response code: RFC 3261 removed it`
	var codes = []sip.StatusCode{480, sip.StatusBusyHere} // want `use sip.StatusTemporarilyUnavailable instead of 480`
	_ = codes
}

// Typed constants of codes that are wrong on the wire are reported where
// they are used, not only in the table's calls.
func typedConstants(res *sip.Response) sip.StatusCode {
	conflict := sip.StatusConflict // want `sip.StatusConflict \(409 Conflict\) is not a SIP response code`
	_ = conflict
	if res.StatusCode == sip.StatusAccepted { // 202 is usable: the REFER answer
	}
	return sip.StatusPaymentRequired // want `sip.StatusPaymentRequired \(402 Payment Required\) is reserved`
}

// Comparisons and switch cases on any value of the type.
func comparisons(code sip.StatusCode) {
	if code == 486 { // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	}
	if 404 != code { // want `use sip.StatusNotFound instead of 404 \(Not Found\)`
	}
	switch code {
	case 480, sip.StatusServiceUnavailable: // want `use sip.StatusTemporarilyUnavailable instead of 480`
	case 499: // want `499 is not a registered SIP response code`
	}
}

// Returns of the status type.
func status(busy bool) sip.StatusCode {
	if busy {
		return 486 // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	}
	return 999 // want `999 is not a SIP response code`
}

// reply is a wrapper whose parameter is of the status type.
func reply(tx sip.ServerTransaction, req *sip.Request, code sip.StatusCode, reason string) {
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

// replyInt takes an int and converts: a wrapper too.
func replyInt(tx sip.ServerTransaction, req *sip.Request, code int) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusCode(code), "", nil))
}

func wrappers(tx sip.ServerTransaction, req *sip.Request) {
	reply(tx, req, 486, "OK") // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)` `reason phrase "OK" is that of 200; 486 is "Busy Here"`
	// The constant is typed sip.StatusCode and the literal is an int:
	// the constant alone would not compile, so the advice and the fix
	// convert it (a wrapper whose code parameter is a plain int).
	replyInt(tx, req, 603) // want `use int\(sip.StatusGlobalDecline\) instead of 603 \(Decline\)`
}

// Not codes: class bounds, arithmetic, sentinels, declarations.
const busy sip.StatusCode = 486

const (
	classSuccess sip.StatusCode = 200 + iota*100
)

func notCodes(res *sip.Response, code sip.StatusCode, err error) (sip.StatusCode, error) {
	if code >= 300 || code < 200 || res.StatusCode > 399 {
	}
	if code/100 == 2 || code%100 == 86 {
	}
	switch code / 100 {
	case 2, 4:
	}
	next := code + 1
	next++
	next += 10
	_ = -code
	if code == 0 || res.StatusCode == -1 {
	}
	_ = classSuccess
	var zero sip.StatusCode
	_ = zero
	return 0, err // the zero value with an error: no code
}
