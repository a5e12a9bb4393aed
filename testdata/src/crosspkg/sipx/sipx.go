// Package sipx is a team's helper package around sipgo.
package sipx

import "github.com/emiago/sipgo/sip"

// Reject is a wrapper: code and reason reach NewResponseFromRequest.
func Reject(tx sip.ServerTransaction, req *sip.Request, code int, reason string) { // want Reject:`sipcode wrapper\(code=2 reason=3 library=sipgo\)` Reject:`sipcode transaction\(param=0 always=true final=false never=false\)`
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

// Responder sends responses for one transaction.
type Responder struct {
	Tx  sip.ServerTransaction
	Req *sip.Request
}

// Send is a method wrapper.
func (r *Responder) Send(code int, reason string) { // want Send:`sipcode wrapper\(code=0 reason=1 library=sipgo\)`
	Reject(r.Tx, r.Req, code, reason)
}

// Classify compares only: not a wrapper.
func Classify(res *sip.Response, code int) bool { return res.StatusCode == code }

// Outcome maps a call's end to the code sent back; Hangup below sends it,
// so it returns a code, and other packages' calls of it are codes too.
func Outcome(busy bool) int { // want Outcome:`sipcode returns\(code=0 reason=-1 library=sipgo\)`
	if busy {
		return sip.StatusBusyHere
	}
	return sip.StatusTemporarilyUnavailable
}

// Hangup answers with the outcome.
func Hangup(tx sip.ServerTransaction, req *sip.Request, busy bool) { // want Hangup:`sipcode transaction\(param=0 always=true final=false never=false\)`
	tx.Respond(sip.NewResponseFromRequest(req, Outcome(busy), "", nil))
}

// Decline always sends a constant final response.
func Decline(tx sip.ServerTransaction, req *sip.Request) { // want Decline:`sipcode transaction\(param=0 always=true final=true never=false\)`
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusTemporarilyUnavailable, "Temporarily Unavailable", nil))
}
