// Package livekitproto: handler inference on livekit/sipgo, with a method
// value inside a wrapper whose handler takes a leading logger.
package livekitproto

import (
	"github.com/livekit/sipgo"
	"github.com/livekit/sipgo/sip"
)

type logger struct{}

type service struct{}

func (s *service) wrap(h func(log logger, req *sip.Request, tx sip.ServerTransaction)) sipgo.RequestHandler {
	return func(req *sip.Request, tx sip.ServerTransaction) { h(logger{}, req, tx) }
}

func (s *service) start(srv *sipgo.Server) {
	srv.OnInvite(s.wrap(s.onInvite))
	srv.OnOptions(s.wrap(s.onOptions))
}

func (s *service) onInvite(log logger, req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil))
	res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil) // want `^200 response to INVITE without Contact`
	res.AppendHeader(sip.NewHeader("Allow", "INVITE, ACK, BYE"))
	tx.Respond(res)
}

func (s *service) onOptions(log logger, req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil)) // want `^180 response to OPTIONS`
	res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	res.AppendHeader(sip.NewHeader("allow", "INVITE, ACK, BYE, OPTIONS"))
	tx.Respond(res)
}
