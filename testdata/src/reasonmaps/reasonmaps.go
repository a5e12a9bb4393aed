// Package reasonmaps: a map from code to reason phrase, indexed by the
// code it is sent with, holds a code and its phrase in every entry.
package reasonmaps

import (
	"fmt"

	"github.com/emiago/sipgo/sip"
)

var reasons = map[int]string{
	404:          "Not Found",              // want `use sip.StatusNotFound instead of 404 \(Not Found\)`
	486:          "Busy",                   // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	480:          "Temporarly Unavailable", // want `use sip.StatusTemporarilyUnavailable instead of 480 \(Temporarily Unavailable\)` `reason phrase "Temporarly Unavailable" misspells "Temporarily Unavailable" \(480\)`
	409:          "Conflict",               // a table may list a removed code: listing is not sending
	402:          "Payment Required",
	1486:         "Busy Here",
	sip.StatusOK: "Accepted", // want `reason phrase "Accepted" is that of 202; 200 is "OK"`
}

func reply(tx sip.ServerTransaction, req *sip.Request, code int) {
	tx.Respond(sip.NewResponseFromRequest(req, code, reasons[code], nil))
}

// In a sipfrag status line too, and for a local map.
func notifyBody(res *sip.Response) string {
	phrases := map[int]string{
		183: "Session Progress", // want `use sip.StatusSessionInProgress instead of 183 \(Session Progress\)`
	}
	return fmt.Sprintf("SIP/2.0 %d %s", res.StatusCode, phrases[res.StatusCode])
}

// Filled in an init function, and read through a function of the code.
var phrases map[int]string

func init() {
	phrases = map[int]string{
		603: "Decline",                // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)`
		604: "Does Not Exist Anywere", // want `use sip.StatusGlobalDoesNotExistAnywhere instead of 604 \(Does Not Exist Anywhere\)` `reason phrase "Does Not Exist Anywere" misspells "Does Not Exist Anywhere" \(604\)`
	}
}

func phraseOf(code int) string {
	if s, ok := phrases[code]; ok {
		return s
	}
	return "unknown"
}

func decline(tx sip.ServerTransaction, req *sip.Request, code int) {
	tx.Respond(sip.NewResponseFromRequest(req, code, phraseOf(code), nil))
}

// Not reason maps: indexed by something else than the code sent, or a map
// of ints to anything but phrases.
var labels = map[int]string{404: "missing"}

var retries = map[int]int{503: 3}

func other(tx sip.ServerTransaction, req *sip.Request, code, kind int) {
	tx.Respond(sip.NewResponseFromRequest(req, code, labels[kind], nil))
	_ = retries[code]
}

// Assigned twice: which literal a send reads is not known.
var swapped map[int]string

func init() { swapped = map[int]string{404: "Not Found"} }

func reset() { swapped = map[int]string{} }

func fromSwapped(tx sip.ServerTransaction, req *sip.Request, code int) {
	tx.Respond(sip.NewResponseFromRequest(req, code, swapped[code], nil))
}
