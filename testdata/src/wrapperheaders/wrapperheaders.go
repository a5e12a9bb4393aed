// Package wrapperheaders: a response built by the project's own wrapper
// from its code parameter is judged at each call that passes a constant
// code, by the same header and method rules.
package wrapperheaders

import (
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

// reply sends what it is given: nothing more.
func reply(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

// challenge adds the challenge a 401 needs.
func challenge(tx sip.ServerTransaction, req *sip.Request, code int) {
	res := sip.NewResponseFromRequest(req, code, "Unauthorized", nil)
	res.AppendHeader(sip.NewHeader("WWW-Authenticate", `Digest realm="example.com", nonce="abc"`))
	tx.Respond(res)
}

// keep hands the response to code the tables do not know: silent.
func keep(tx sip.ServerTransaction, req *sip.Request, code int, store func(*sip.Response)) {
	store(sip.NewResponseFromRequest(req, code, "", nil))
}

func onRegister(req *sip.Request, tx sip.ServerTransaction) {
	if req.Contact() == nil {
		reply(tx, req, sip.StatusBadRequest, "Bad Request")
		return
	}
	if req.GetHeader("Authorization") == nil {
		reply(tx, req, sip.StatusUnauthorized, "Unauthorized") // want `^401 response without WWW-Authenticate: a 401 MUST carry a challenge \(RFC 3261 §22\.2 MUST\)`
		return
	}
	challenge(tx, req, sip.StatusUnauthorized)
	keep(tx, req, sip.StatusUnauthorized, nil)
	reply(tx, req, sip.StatusOK, "OK")
}

func onAck(req *sip.Request, tx sip.ServerTransaction) {
	reply(tx, req, sip.StatusOK, "OK") // want `^200 response to ACK: ACK takes no response`
}

func register(srv *sipgo.Server) {
	srv.OnRegister(onRegister)
	srv.OnAck(onAck)
}

// A code the call computes is not judged: nothing is known of it.
func computed(tx sip.ServerTransaction, req *sip.Request, code int) {
	reply(tx, req, code, "")
}
