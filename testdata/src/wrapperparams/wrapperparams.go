// Package wrapperparams: inside a wrapper, its code parameter is a code
// wherever it is compared.
package wrapperparams

import "github.com/emiago/sipgo/sip"

// reply is a wrapper; its own tests of the code are code comparisons.
func reply(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	if code == 200 { // want `^use sip.StatusOK instead of 200 \(OK\)$`
		reason = "OK"
	}
	switch code {
	case 486, sip.StatusGlobalBusyEverywhere: // want `^use sip.StatusBusyHere instead of 486 \(Busy Here\)$`
	case 499: // want `^499 is not a registered SIP response code`
	}
	if code == 0 || code >= 300 { // a sentinel and a class bound
	}
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

// A function literal wrapper compares the same way.
var respond = func(tx sip.ServerTransaction, req *sip.Request, status int) {
	if 180 == status { // want `^use sip.StatusRinging instead of 180 \(Ringing\)$`
	}
	tx.Respond(sip.NewResponseFromRequest(req, status, "", nil))
}

// notWrapper compares its parameter but sends no code: its 200 is anything.
func notWrapper(n int) bool {
	return n == 200
}

// reasonOnly compares its reason parameter: a string, not a code.
func reasonOnly(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	if reason == "200" {
	}
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}
