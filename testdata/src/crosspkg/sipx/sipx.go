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
