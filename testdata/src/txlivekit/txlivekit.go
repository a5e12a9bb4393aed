// Package txlivekit: the transaction checks on livekit/sipgo, whose server
// terminates a handler's transaction when the handler returns, as sipgo's
// does: every rule applies.
package txlivekit

import (
	"errors"
	"log/slog"

	"github.com/livekit/sipgo"
	"github.com/livekit/sipgo/sip"
)

func auth(req *sip.Request) error { return errors.New("no") }

func start(srv *sipgo.Server) {
	srv.OnInvite(func(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
		if err := auth(req); err != nil {
			log.Warn("rejected", "err", err)
			return // want `^INVITE handler returns here without a final response: livekit/sipgo ends the transaction when the handler returns`
		}
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	})
	srv.OnInvite(func(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
		if err := auth(req); err != nil {
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusForbidden, "Forbidden", nil))
			return
		}
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	})
	srv.OnRegister(func(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
		go func() {
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // want `^response from a goroutine the handler does not wait for: livekit/sipgo ends the transaction when the handler returns`
		}()
	})
	srv.OnAck(func(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {})
}
