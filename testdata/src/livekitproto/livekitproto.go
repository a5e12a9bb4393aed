// Package livekitproto: the header and method checks on livekit/sipgo as
// livekit's bridge pins it: handlers take (*slog.Logger, *sip.Request,
// sip.ServerTransaction), the transaction is the fork's own interface, and
// the server sends statelessly with WriteResponse. Handlers are registered
// directly, through OnRequest with a constant method, and as method values
// inside a wrapper whose own handlers take another leading value.
package livekitproto

import (
	"log/slog"

	"github.com/livekit/sipgo"
	"github.com/livekit/sipgo/sip"
)

type call struct{ id string }

type service struct{ srv *sipgo.Server }

func (s *service) wrap(h func(c call, req *sip.Request, tx sip.ServerTransaction)) sipgo.RequestHandler {
	return func(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) { h(call{}, req, tx) }
}

func (s *service) start() {
	s.srv.OnInvite(s.wrap(s.onInvite))
	s.srv.OnRequest(sip.OPTIONS, s.wrap(s.onOptions))
	s.srv.OnRegister(s.onRegister)
	s.srv.OnAck(func(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
		s.srv.WriteResponse(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // want `^200 response to ACK`
	})
	s.srv.OnNoRoute(func(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil) // want `^405 response without Allow`
		s.srv.WriteResponse(res)
	})
}

func (s *service) onInvite(c call, req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil))
	res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil) // want `^200 response to INVITE without Contact`
	res.AppendHeader(sip.NewHeader("Allow", "INVITE, ACK, BYE"))
	tx.Respond(res)
	tx.Respond(sip.NewSDPResponseFromRequest(req, nil)) // want `^200 response to INVITE without Contact`
	answer := sip.NewSDPResponseFromRequest(req, nil)
	answer.AppendHeader(sip.NewHeader("Contact", "<sip:bridge@10.0.0.7>"))
	tx.Respond(answer)
}

func (s *service) onOptions(c call, req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil)) // want `^180 response to OPTIONS`
	res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	res.AppendHeader(sip.NewHeader("allow", "INVITE, ACK, BYE, OPTIONS"))
	tx.Respond(res)
}

func (s *service) onRegister(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
	if req.GetHeader("Authorization") == nil {
		res := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)
		res.AppendHeader(sip.NewHeader("WWW-Authenticate", `Digest realm="bridge"`))
		tx.Respond(res)
		return
	}
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)) // want `^401 response without WWW-Authenticate`
}
