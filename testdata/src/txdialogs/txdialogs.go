// Package txdialogs: a sipgo dialog session read from the INVITE's
// transaction answers on it, so the transaction checks follow it.
package txdialogs

import (
	"errors"
	"log"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

func route(req *sip.Request) ([]byte, error) { return nil, errors.New("no route") }

func register(srv *sipgo.Server, dialogs *sipgo.DialogServerCache, calls chan *sipgo.DialogServerSession) {
	// ReadInvite sends nothing when it fails: returning then leaves the
	// INVITE unanswered.
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		dlg, err := dialogs.ReadInvite(req, tx)
		if err != nil {
			log.Print(err)
			return // want `^INVITE handler returns here without a final response`
		}
		defer dlg.Close()
		answer, err := route(req)
		if err != nil {
			dlg.Respond(sip.StatusNotFound, "Not Found", nil)
			return
		}
		dlg.RespondSDP(answer)
	})
	// A second final response through the session, and a provisional after
	// the final one.
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		dlg, err := dialogs.ReadInvite(req, tx)
		if err != nil {
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusBadRequest, "Bad Request", nil))
			return
		}
		if _, err := route(req); err != nil {
			dlg.Respond(sip.StatusNotFound, "Not Found", nil)
		}
		dlg.Respond(sip.StatusOK, "OK", nil)           // want `^second final response on this transaction`
		dlg.Respond(sip.StatusRinging, "Ringing", nil) // want `^provisional response after a final one on this path`
	})
	// Silent: the session handed to a goroutine or a channel escapes, as
	// the transaction would; a session the call does not keep escapes too.
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		dlg, err := dialogs.ReadInvite(req, tx)
		if err != nil {
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusBadRequest, "Bad Request", nil))
			return
		}
		go func() {
			dlg.Respond(sip.StatusOK, "OK", nil)
		}()
	})
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		dlg, err := dialogs.ReadInvite(req, tx)
		if err != nil {
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusBadRequest, "Bad Request", nil))
			return
		}
		calls <- dlg
	})
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		keep(dialogs.ReadInvite(req, tx))
	})
}

func keep(dlg *sipgo.DialogServerSession, err error) {}
