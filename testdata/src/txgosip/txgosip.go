// Package txgosip: the transaction checks on ghettovoice/gosip, whose
// server keeps a transaction alive after its handler returns: a second
// final response and a provisional after the final are reported, a handler
// that returns unanswered or answers from a goroutine is not.
package txgosip

import (
	"errors"

	"github.com/ghettovoice/gosip"
	"github.com/ghettovoice/gosip/sip"
)

func check(req sip.Request) error { return errors.New("no") }

func register(srv gosip.Server) {
	srv.OnRequest(sip.INVITE, func(req sip.Request, tx sip.ServerTransaction) {
		if err := check(req); err != nil {
			tx.Respond(sip.NewResponseFromRequest("", req, 500, "Server Internal Error", ""))
		}
		tx.Respond(sip.NewResponseFromRequest("", req, 200, "OK", "")) // want `^second final response on this transaction`
	})
	srv.OnRequest(sip.INVITE, func(req sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest("", req, 486, "Busy Here", ""))
		tx.Respond(sip.NewResponseFromRequest("", req, 180, "Ringing", "")) // want `^provisional response after a final one on this path`
	})
	// The transaction outlives the handler: answering later is gosip's way.
	srv.OnRequest(sip.BYE, func(req sip.Request, tx sip.ServerTransaction) {
		go func() {
			tx.Respond(sip.NewResponseFromRequest("", req, 200, "OK", ""))
		}()
	})
	srv.OnRequest(sip.OPTIONS, func(req sip.Request, tx sip.ServerTransaction) {
		if check(req) != nil {
			return
		}
		tx.Respond(sip.NewResponseFromRequest("", req, 200, "OK", ""))
	})
}
