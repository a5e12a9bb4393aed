// Package fedparams: an int parameter that every call in the package fills
// with a code is a code inside its function: the constants it is compared
// with are judged.
package fedparams

import "github.com/emiago/sipgo/sip"

// A CDR disposition, always given a response's code.
func disposition(code int) string {
	switch code {
	case 486, 600: // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)` `use sip.StatusGlobalBusyEverywhere instead of 600 \(Busy Everywhere\)`
		return "busy"
	case sip.StatusRequestTerminated:
		return "cancelled"
	case 499: // want `499 is not a registered SIP response code`
		return "odd"
	}
	if code == 408 { // want `use sip.StatusRequestTimeout instead of 408 \(Request Timeout\)`
		return "timeout"
	}
	return "failed"
}

// Fed by a fed parameter, a code local, and a library constant.
func isFailure(code int) bool { return code >= 300 && code != 481 } // want `use sip.StatusCallTransactionDoesNotExists instead of 481 \(Call/Transaction Does Not Exist\)`

func record(code int) string {
	if isFailure(code) {
		return disposition(code)
	}
	return "answered"
}

func onResponse(res *sip.Response) {
	_ = disposition(res.StatusCode)
	last := res.StatusCode
	_ = record(last)
	_ = isFailure(sip.StatusBusyHere)
}

// Not codes: one call with anything else, no call at all, a function used
// as a value, an exported function (its callers elsewhere are unseen).
func retries(n int) bool { return n == 3 || n == 486 }

func retry(res *sip.Response) {
	_ = retries(res.StatusCode)
	_ = retries(2)
}

func unused(code int) bool { return code == 404 }

func asValue(code int) bool { return code == 404 }

var hooks = []func(int) bool{asValue}

func valued(res *sip.Response) bool { return asValue(res.StatusCode) }

func Phrase(code int) string {
	if code == 404 {
		return "not here"
	}
	return ""
}

func exported(res *sip.Response) string { return Phrase(res.StatusCode) }
