package wrappers

import "github.com/emiago/sipgo/sip"

// reply is a wrapper: code and reason flow into NewResponseFromRequest.
func reply(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

// rejectWith wraps reply: a wrapper of a wrapper, code only.
func rejectWith(tx sip.ServerTransaction, req *sip.Request, code int) {
	reply(tx, req, code, "Rejected")
}

type server struct{ tx sip.ServerTransaction }

// setStatus is a method wrapper through the status field.
func (s *server) setStatus(res *sip.Response, code int) {
	res.StatusCode = code
}

func handle(tx sip.ServerTransaction, req *sip.Request, res *sip.Response, s *server) {
	reply(tx, req, 486, "OK")  // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)` `reason phrase "OK" is that of 200; 486 is "Busy Here"`
	reply(tx, req, 409, "Conflict") // want `409 Conflict is not a SIP response code`
	rejectWith(tx, req, 499)        // want `499 is not a registered SIP response code`
	s.setStatus(res, 180)           // want `use sip.StatusRinging instead of 180 \(Ringing\)`
	later(tx, req, 1486)            // want `1486 is not a SIP response code`
	notWrapper(486)
	compareOnly(res, 486)
}

// later is declared after its first call.
func later(tx sip.ServerTransaction, req *sip.Request, status int) {
	rejectWith(tx, req, status)
}

// notWrapper does arithmetic with its parameter: not a code position.
func notWrapper(n int) int { return n * 2 }

// compareOnly compares: a comparison does not send the code anywhere.
func compareOnly(res *sip.Response, code int) bool { return res.StatusCode == code }
