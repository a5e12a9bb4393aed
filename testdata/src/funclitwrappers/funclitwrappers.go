// Package funclitwrappers: wrappers that are function literals bound to a
// variable, in main packages, inside handlers and in test helpers.
package funclitwrappers

import "github.com/emiago/sipgo/sip"

// reply is bound once at package level: a wrapper, reason included.
var reply = func(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

func handle(tx sip.ServerTransaction, req *sip.Request) {
	reply(tx, req, 486, "OK") // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)` `reason phrase "OK" is that of 200; 486 is "Busy Here"`
	reply(tx, req, sip.StatusBusyHere, "Busy Here")

	// Bound inside the handler.
	respond := func(code int) {
		tx.Respond(sip.NewResponseFromRequest(req, code, "", nil))
	}
	respond(480) // want `use sip.StatusTemporarilyUnavailable instead of 480 \(Temporarily Unavailable\)`
	respond(499) // want `499 is not a registered SIP response code`

	// A wrapper of a wrapper, both literals.
	reject := func(code int, why string) { reply(tx, req, code, why) }
	reject(603, "Busy Here") // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)` `reason phrase "Busy Here" is that of 486; 603 is "Decline"`

	// Declared first, assigned once (so that it can call itself).
	var later func(code int)
	later = func(code int) { respond(code) }
	later(404) // want `use sip.StatusNotFound instead of 404 \(Not Found\)`

	// Assigned twice: at the call it may hold either function.
	pick := func(code int) { respond(code) }
	if req == nil {
		pick = func(n int) {}
	}
	pick(486)

	// A literal passed as a callback is never called by its name here.
	each([]int{1, 2}, func(code int) { respond(code) })

	// Its parameter does arithmetic, not a code position.
	double := func(n int) int { return n * 2 }
	_ = double(486)

	// A field of function type is not a variable this package binds.
	var s server
	s.reply(486)
}

type server struct{ reply func(code int) }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

// decline is a declared function wrapping a literal wrapper.
func decline(tx sip.ServerTransaction, req *sip.Request, code int) {
	reply(tx, req, code, "Decline")
}

func useDecline(tx sip.ServerTransaction, req *sip.Request) {
	decline(tx, req, 603) // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)`
}

// A table-driven test helper that builds a response from its code.
func statusErrors() {
	statusErr := func(code int) error {
		_ = sip.NewResponse(code, "")
		return nil
	}
	_ = statusErr(500) // want `use sip.StatusInternalServerError instead of 500 \(Server Internal Error\)`
	_ = statusErr(sip.StatusNotFound)
}
