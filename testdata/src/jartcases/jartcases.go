// Package jartcases runs sipcode against jart/gosip: the Msg.Status field,
// sip.Phrase and dialog.NewResponse take plain ints; the constants are
// untyped.
package jartcases

import (
	"github.com/jart/gosip/dialog"
	"github.com/jart/gosip/sip"
)

func respond(msg *sip.Msg) *sip.Msg {
	msg.Status = 486                                            // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	_ = sip.Phrase(404)                                         // want `use sip.StatusNotFound instead of 404 \(Not Found\)`
	_ = &sip.Msg{Status: 416, Phrase: "Unsupported URI Scheme"} // want `use sip.StatusUnsupportedURIScheme instead of 416 \(Unsupported URI Scheme\)`
	if msg.Status == 481 {                                      // want `use sip.StatusCallTransactionDoesNotExist instead of 481 \(Call/Transaction Does Not Exist\)`
	}
	switch msg.Status {
	case 422, sip.StatusIntervalTooBrief: // want `use sip.StatusSessionIntervalTooSmall instead of 422 \(Session Interval Too Small\)`
	}
	msg.Status = 606                    // want `use sip.StatusNotAcceptable606 instead of 606 \(Not Acceptable\)`
	return dialog.NewResponse(msg, 603) // want `use sip.StatusDecline instead of 603 \(Decline\)`
}

// jart/gosip defines constants for codes that are wrong on the wire.
func unregistered(msg *sip.Msg) {
	msg.Status = sip.StatusConflict                       // want `sip.StatusConflict \(409 Conflict\) is not a SIP response code: RFC 3261 removed it`
	_ = dialog.NewResponse(msg, sip.StatusLengthRequired) // want `sip.StatusLengthRequired \(411 Length Required\) is not a SIP response code`
	if msg.Status == sip.StatusDialogTerminated {         // want `sip.StatusDialogTerminated \(687\) is not a registered SIP response code: a UAC treats it as 600 Busy Everywhere`
	}
	msg.Status = 202                // want `use sip.StatusAccepted instead of 202 \(Accepted\)`
	_ = sip.Phrase(499)             // want `499 is not a registered SIP response code`
	_ = dialog.NewResponse(msg, 20) // want `20 is not a SIP response code`
}

// Not codes: the constants alone, class bounds, sentinels, other ints.
func notCodes(msg *sip.Msg) {
	_ = sip.StatusDialogTerminated
	if msg.Status >= 300 || msg.Status == 0 || msg.Status/100 == 6 {
	}
	msg.VersionMajor = 2
	_ = dialog.NewResponse(msg, sip.StatusDecline)
	_ = sip.Phrase(msg.Status)
	_ = NewResponse(msg, 486) // this package's own, no wrapper: its int goes nowhere
}

// NewResponse shares its name with jart's constructor; only the object counts.
func NewResponse(msg *sip.Msg, status int) *sip.Msg { return msg }
