// Package main is a SIP server on the real sipgo v1.7.2 and diago v0.42.1,
// written the way servers write handlers, for sipcode's header and method
// checks (e2e/protocol_test.go). Lines marked BAD are reported; the others
// are the correct forms and stay silent.
package main

import (
	"context"
	"strings"

	"github.com/emiago/diago"
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

type app struct {
	srv *sipgo.Server
}

// errHandler adapts a handler that returns an error, as diago does.
func errHandler(f func(req *sip.Request, tx sip.ServerTransaction) error) sipgo.RequestHandler {
	return func(req *sip.Request, tx sip.ServerTransaction) { _ = f(req, tx) }
}

func (a *app) routes() {
	a.srv.OnRegister(a.onRegister)
	a.srv.OnAck(errHandler(func(req *sip.Request, tx sip.ServerTransaction) error {
		return tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // BAD: response to ACK
	}))
	a.srv.OnOptions(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil)) // BAD: 180 to OPTIONS
		res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
		res.AppendHeader(sip.NewHeader("Allow", strings.Join(a.srv.RegisteredMethods(), ", ")))
		tx.Respond(res)
	})
	a.srv.OnBye(errHandler(a.onBye))
	a.srv.OnCancel(func(req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusProxyAuthRequired, "Proxy Authentication Required", nil) // BAD: challenge to CANCEL
		res.AppendHeader(sip.NewHeader("Proxy-Authenticate", `Digest realm="example.com"`))
		tx.Respond(res)
	})
	a.srv.OnSubscribe(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // BAD: 2xx to SUBSCRIBE without Expires
		res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
		exp := sip.ExpiresHeader(3600)
		res.AppendHeader(&exp)
		tx.Respond(res)
	})
	a.srv.OnPublish(func(req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil) // BAD: 200 to PUBLISH without SIP-ETag
		res.AppendHeader(sip.NewHeader("Expires", "3600"))
		tx.Respond(res)
	})
	a.srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusTrying, "Trying", nil))
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // BAD: 2xx to INVITE without Contact
	})
	a.srv.OnNoRoute(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)) // BAD: 405 without Allow
	})
}

func (a *app) onRegister(req *sip.Request, tx sip.ServerTransaction) {
	if req.GetHeader("Authorization") == nil {
		res := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)
		res.AppendHeader(sip.NewHeader("WWW-Authenticate", `Digest realm="example.com", nonce="abc"`))
		tx.Respond(res)
		return
	}
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)) // BAD: 401 without challenge (rejected credentials)
	short := sip.NewResponseFromRequest(req, sip.StatusIntervalToBrief, "Interval Too Brief", nil)
	short.ReplaceHeader(sip.NewHeader("Min-Expires", "3600")) // BAD: ReplaceHeader adds nothing
	tx.Respond(short)
}

func (a *app) onBye(req *sip.Request, tx sip.ServerTransaction) error {
	return a.timeout(req, tx)
}

func (a *app) timeout(req *sip.Request, tx sip.ServerTransaction) error {
	return tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRequestTimeout, "Request Timeout", nil)) // BAD: 408 to BYE
}

// serve answers calls through diago's dialog session, whose Respond adds
// Contact.
func serve(ctx context.Context, dg *diago.Diago) error {
	return dg.Serve(ctx, func(d *diago.DialogServerSession) {
		d.Respond(sip.StatusBadExtension, "Bad Extension", nil) // BAD: 420 without Unsupported
		d.Respond(sip.StatusBadExtension, "Bad Extension", nil, sip.NewHeader("Unsupported", "foo"))
		hdrs := []sip.Header{sip.NewHeader("Allow", "INVITE, ACK, BYE")}
		d.Respond(sip.StatusMethodNotAllowed, "Method Not Allowed", nil, hdrs...)
		d.Respond(sip.StatusOK, "OK", nil)
	})
}

func main() {
	ua, _ := sipgo.NewUA()
	srv, _ := sipgo.NewServer(ua)
	(&app{srv: srv}).routes()
	_ = serve(context.Background(), diago.NewDiago(ua))
}
