// Package demo is a small SIP server on the real sipgo and diago, full of
// the mistakes sipcode finds. Run sipcode on it from the repository root:
//
//	go run ./cmd/sipcode -C examples/demo ./...
package demo

import (
	"net/http"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

// onInvite answers an INVITE.
func onInvite(req *sip.Request, tx sip.ServerTransaction) {
	if req.To() == nil {
		tx.Respond(sip.NewResponseFromRequest(req, 400, "Bad Request", nil))
		return
	}
	tx.Respond(sip.NewResponseFromRequest(req, 486, "OK", nil))
}

// onRegister challenges the client, with an HTTP constant.
func onRegister(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, http.StatusUnauthorized, "Unathorized", nil))
}

// onMessage rejects a MESSAGE with a code SIP does not have.
func onMessage(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, 409, "Conflict", nil))
}

// reply is the team's own helper: its call sites are checked too.
func reply(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

func onOptions(req *sip.Request, tx sip.ServerTransaction) {
	reply(tx, req, 499, "Client Closed")
}

// classify reads responses: class bounds are fine, bare codes are not.
func classify(res *sip.Response) string {
	if res.StatusCode >= 300 {
		switch res.StatusCode {
		case 480, 503:
			return "retry later"
		case 1486:
			return "busy"
		}
		return "failed"
	}
	if res.StatusCode == 180 {
		return "ringing"
	}
	return "ok"
}

// NewServer wires the handlers.
func NewServer(ua *sipgo.UserAgent) (*sipgo.Server, error) {
	srv, err := sipgo.NewServer(ua)
	if err != nil {
		return nil, err
	}
	srv.OnInvite(onInvite)
	srv.OnRegister(onRegister)
	srv.OnMessage(onMessage)
	srv.OnOptions(onOptions)
	return srv, nil
}

var _ = http.StatusOK // keeps net/http used after -fix
