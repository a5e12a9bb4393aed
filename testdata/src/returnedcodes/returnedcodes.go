// Package returnedcodes: a function whose int result flows into a code
// position returns a code. The constants in its return statements are
// judged (and fixed), and the string returned beside the code, when it
// flows into the reason position, is judged as that code's phrase.
package returnedcodes

import (
	"errors"

	"github.com/emiago/sipgo/sip"
)

var errBusy, errGone = errors.New("busy"), errors.New("gone")

// A trunk failure mapped to the code and phrase sent back, as a PBX does.
func mapFailure(err error) (int, string) {
	switch {
	case errors.Is(err, errBusy):
		return 486, "Busy Here" // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	case errors.Is(err, errGone):
		return 410, "OK" // want `use sip.StatusGone instead of 410 \(Gone\)` `reason phrase "OK" is that of 200; 410 is "Gone"`
	}
	return 0, "" // no code: left alone
}

func onInvite(req *sip.Request, tx sip.ServerTransaction, err error) {
	code, reason := mapFailure(err)
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

// A rejection reason mapped to (code, phrase, ok), the code used alone.
func rejection(why string) (code int, phrase string, ok bool) {
	switch why {
	case "quota":
		return 480, "Temporarily Unavailable", true // want `use sip.StatusTemporarilyUnavailable instead of 480 \(Temporarily Unavailable\)`
	case "conflict":
		return 409, "Conflict", true // want `409 Conflict is not a SIP response code: RFC 3261 removed it`
	}
	return 0, "", false
}

func reject(req *sip.Request, tx sip.ServerTransaction, why string) {
	if code, _, ok := rejection(why); ok {
		tx.Respond(sip.NewResponseFromRequest(req, code, "", nil))
	}
}

// Straight into a status field, through a function of a function, and
// compared with a code: each makes a code-returning function.
func fallback() int { return 503 } // want `use sip.StatusServiceUnavailable instead of 503 \(Service Unavailable\)`

func pick(primary bool) int {
	if primary {
		return 302 // want `use sip.StatusMovedTemporarily instead of 302 \(Moved Temporarily\)`
	}
	return fallback()
}

func redirect(res *sip.Response, primary bool) {
	res.StatusCode = pick(primary)
}

func expected() int { return 499 } // want `499 is not a registered SIP response code`

func check(res *sip.Response) bool { return res.StatusCode == expected() }

// Once known to return a code, a call of it is a code: compared with a
// constant, before or after the walk learned it.
func early(err error) bool {
	c, _ := mapFailure(err)
	return c == 600 // want `use sip.StatusGlobalBusyEverywhere instead of 600 \(Busy Everywhere\)`
}

// A literal bound to a variable once returns a code too.
func literal(req *sip.Request, tx sip.ServerTransaction, late bool) {
	codeFor := func() int {
		if late {
			return 408 // want `use sip.StatusRequestTimeout instead of 408 \(Request Timeout\)`
		}
		return sip.StatusOK
	}
	tx.Respond(sip.NewResponseFromRequest(req, codeFor(), "", nil))
}

// Not codes: int results that never reach a code position stay the
// author's own, whatever they return.
func retries(err error) int {
	if err != nil {
		return 404
	}
	return 3
}

func port() (int, string) { return 5060, "udp" }

func unrelated(err error) int {
	n := retries(err)
	p, proto := port()
	_ = proto
	return n + p
}

// A variable assigned two functions may hold either: neither returns a
// code through it.
func twice(req *sip.Request, tx sip.ServerTransaction, alt bool) {
	f := func() int { return 486 }
	if alt {
		f = func() int { return 487 }
	}
	tx.Respond(sip.NewResponseFromRequest(req, f(), "", nil))
}
