// Package methodcases: responses the request's method forbids (category
// method) and the method-dependent header rules, next to the correct
// forms, on sipgo.
package methodcases

import (
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

type server struct{ srv *sipgo.Server }

// wrap is a handler adapter, as diago's errHandler.
func wrap(f func(req *sip.Request, tx sip.ServerTransaction) error) sipgo.RequestHandler {
	return func(req *sip.Request, tx sip.ServerTransaction) { _ = f(req, tx) }
}

func register(srv *sipgo.Server, s *server) {
	// Any response to ACK.
	srv.OnAck(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // want `^200 response to ACK: ACK takes no response \(RFC 3261 §17 MUST NOT\)$`
	})
	srv.OnRequest(sip.ACK, func(req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusBadRequest, "Bad Request", nil) // want `^400 response to ACK: ACK takes no response`
		tx.Respond(res)
	})
	// Through a wrapper.
	srv.OnAck(wrap(func(req *sip.Request, tx sip.ServerTransaction) error {
		return tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // want `^200 response to ACK`
	}))

	// Provisional other than 100 to a non-INVITE request; 100 is allowed.
	srv.OnOptions(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil)) // want `^180 response to OPTIONS: no provisional response other than 100 to a non-INVITE request \(RFC 4320 §4\.1 MUST NOT\)$`
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusTrying, "Trying", nil))
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	})
	// 408 to a non-INVITE request, through a method value in a wrapper
	// and a same-package function that receives the handler's request.
	srv.OnBye(wrap(s.onBye))
	// 401/407 to CANCEL.
	srv.OnCancel(func(req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil) // want `^401 response to CANCEL: CANCEL cannot be challenged \(RFC 3261 §22\.1 MUST NOT\)$`
		res.AppendHeader(sip.NewHeader("WWW-Authenticate", `Digest realm="x"`))
		tx.Respond(res)
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusCallTransactionDoesNotExists, "Call/Transaction Does Not Exist", nil))
	})
	// 202 to SUBSCRIBE; 2xx to SUBSCRIBE needs Expires.
	srv.OnSubscribe(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusAccepted, "Accepted", nil)) // want `202 response to SUBSCRIBE: 202 to SUBSCRIBE is deprecated; answer 200 \(RFC 6665 deprecated\)` `^202 response to SUBSCRIBE without Expires`
		res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
		res.AppendHeader(sip.NewHeader("Expires", "3600"))
		tx.Respond(res)
	})
	// 200 to PUBLISH needs SIP-ETag and Expires.
	srv.OnPublish(func(req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil) // want `^200 response to PUBLISH without SIP-ETag: a 200 to PUBLISH MUST carry SIP-ETag and Expires \(RFC 3903 §6 MUST\)$`
		exp := sip.ExpiresHeader(3600)
		res.AppendHeader(&exp)
		tx.Respond(res)
	})
	// 2xx to INVITE needs Contact, unless the library adds it.
	srv.OnInvite(s.onInvite)
	srv.OnRequest(sip.INVITE, func(req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
		res.AppendHeader(&sip.ContactHeader{})
		tx.Respond(res)
	})
}

func (s *server) onBye(req *sip.Request, tx sip.ServerTransaction) error {
	return s.reply(req, tx)
}

func (s *server) reply(req *sip.Request, tx sip.ServerTransaction) error {
	return tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRequestTimeout, "Request Timeout", nil)) // want `^408 response to BYE: no 408 to a non-INVITE request; let the transaction time out \(RFC 4320 §4\.2 MUST NOT\)$`
}

func (s *server) onInvite(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // want `^200 response to INVITE without Contact: a 2xx to INVITE MUST carry a Contact, the remote target of the dialog it establishes or refreshes \(RFC 3261 §12\.1\.1 and §20 \(header table\) MUST\)$`
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil))
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRequestTimeout, "Request Timeout", nil))
	// A constructor with a fixed code: NewSDPResponseFromRequest is a 200.
	tx.Respond(sip.NewSDPResponseFromRequest(req, nil)) // want `^200 response to INVITE without Contact: a 2xx to INVITE MUST carry a Contact, the remote target of the dialog it establishes or refreshes \(RFC 3261 §12\.1\.1 and §20 \(header table\) MUST\)$`
	answer := sip.NewSDPResponseFromRequest(req, nil)
	answer.AppendHeader(&sip.ContactHeader{})
	tx.Respond(answer)
}

// Binding: a response counts only when built from the handler's request.
// A BYE handler answering the other leg's pending INVITE stays silent.
type b2bua struct{ pending *sip.Request }

func (b *b2bua) register(srv *sipgo.Server) {
	srv.OnBye(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(b.pending, sip.StatusRequestTerminated, "Request Terminated", nil))
		tx.Respond(sip.NewResponseFromRequest(b.pending, sip.StatusRinging, "Ringing", nil))
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	})
}

// Unknown methods stay silent: a method from a variable, a handler shared
// by several methods, a function also called with another request.
func unknown(srv *sipgo.Server, m sip.RequestMethod, pending *sip.Request) {
	srv.OnRequest(m, func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil))
	})
	srv.OnOptions(shared)
	srv.OnInvite(shared)
	srv.OnAck(ack)
	ack(pending, nil)
}

func shared(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil))
}

func ack(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
}

// DialogServerSession.Respond answers the dialog's INVITE and adds Contact.
func dialog(d *sipgo.DialogServerSession) {
	d.Respond(sip.StatusOK, "OK", nil)
	d.Respond(sip.StatusRinging, "Ringing", nil)
}
