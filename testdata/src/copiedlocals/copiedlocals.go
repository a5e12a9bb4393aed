// Package copiedlocals: a local assigned only code-valued expressions is a
// code wherever it is compared.
package copiedlocals

import (
	"github.com/emiago/diago"
	"github.com/emiago/sipgo/sip"
)

func onResponse(res *sip.Response, regErr *diago.RegisterResponseError) {
	code := res.StatusCode
	switch code {
	case 401, 407: // want `use sip.StatusUnauthorized instead of 401 \(Unauthorized\)` `use sip.StatusProxyAuthRequired instead of 407 \(Proxy Authentication Required\)`
	case sip.StatusOK:
	}
	// A tagless switch compares the same way.
	switch {
	case code == 486 || code == 600: // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)` `use sip.StatusGlobalBusyEverywhere instead of 600 \(Busy Everywhere\)`
	case code >= 300: // a class bound, not a code
	}
	// Through an integer conversion, and from a method that returns a code.
	status := int64(regErr.StatusCode())
	if status == 403 { // want `use sip.StatusForbidden instead of 403 \(Forbidden\)`
	}
	// Copied in a switch's own statement.
	switch c := res.StatusCode; c {
	case 499: // want `499 is not a registered SIP response code`
	}
	// Assigned twice, from a code both times.
	last := res.StatusCode
	if res.Reason == "" {
		last = res.StatusCode
	}
	if last == 180 { // want `use sip.StatusRinging instead of 180 \(Ringing\)`
	}
}

// Not codes: anything else assigned once makes the local the author's own.
func notCopies(res *sip.Response, n int) {
	mixed := res.StatusCode
	if n > 0 {
		mixed = n
	}
	if mixed == 486 {
	}
	counted := res.StatusCode
	counted++
	if counted == 486 {
	}
	shifted := res.StatusCode / 100
	if shifted == 4 {
	}
	// A parameter is not a copy: its value comes from the caller.
	if n == 486 {
	}
	// Nor is a string.
	reason := res.Reason
	if reason == "Busy Here" {
	}
}
