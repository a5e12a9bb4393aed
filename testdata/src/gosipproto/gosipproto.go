// Package gosipproto: the header and method checks on ghettovoice/gosip.
package gosipproto

import (
	"github.com/ghettovoice/gosip"
	"github.com/ghettovoice/gosip/sip"
)

const wwwAuthenticate = "WWW-Authenticate"

func register(srv gosip.Server) {
	srv.OnRequest(sip.OPTIONS, func(req sip.Request, tx sip.ServerTransaction) {
		// RespondOnRequest sends; the header slice is read.
		srv.RespondOnRequest(req, 401, "Unauthorized", "", nil) // want `^401 response without WWW-Authenticate`
		srv.RespondOnRequest(req, 401, "Unauthorized", "", []sip.Header{&sip.GenericHeader{HeaderName: wwwAuthenticate, Contents: `Digest realm="x"`}})
		srv.RespondOnRequest(req, 420, "Bad Extension", "", []sip.Header{&sip.UnsupportedHeader{}})
		// The server adds Allow to final responses to OPTIONS itself: silent.
		srv.RespondOnRequest(req, 405, "Method Not Allowed", "", nil)
		// Provisional to OPTIONS.
		srv.RespondOnRequest(req, 183, "Session Progress", "", nil) // want `^183 response to OPTIONS: no provisional response other than 100`
	})
	// ...but not to BYE or MESSAGE: those 405s go out without Allow.
	srv.OnRequest(sip.BYE, func(req sip.Request, tx sip.ServerTransaction) {
		srv.RespondOnRequest(req, 405, "Method Not Allowed", "", nil)                   // want `^405 response without Allow: a 405 MUST list the supported methods`
		srv.Respond(sip.NewResponseFromRequest("", req, 405, "Method Not Allowed", "")) // want `^405 response without Allow`
	})
	srv.OnRequest(sip.INVITE, func(req sip.Request, tx sip.ServerTransaction) {
		srv.RespondOnRequest(req, 405, "Method Not Allowed", "", nil) // INVITE: the server adds Allow
	})
	srv.OnRequest(sip.ACK, func(req sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest("", req, 200, "OK", "")) // want `^200 response to ACK`
	})
	srv.OnRequest(sip.BYE, func(req sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest("", req, 421, "Extension Required", "") // want `^421 response without Require`
		res.AppendHeader(&sip.GenericHeader{HeaderName: "Supported", Contents: "timer"})
		tx.Respond(res)
		// ReplaceHeaders has no one-to-one rewrite: reported, no fix.
		ch := sip.NewResponseFromRequest("", req, 401, "Unauthorized", "")
		ch.ReplaceHeaders("WWW-Authenticate", []sip.Header{&sip.GenericHeader{HeaderName: wwwAuthenticate}}) // want `^ReplaceHeaders does not add a missing WWW-Authenticate`
		tx.Respond(ch)
		// A header of a type the tables do not know: silent (gosip's Header is open).
		custom := sip.NewResponseFromRequest("", req, 421, "Extension Required", "")
		custom.AppendHeader(myHeader{})
		tx.Respond(custom)
	})
}

type myHeader struct{}

func (myHeader) Name() string { return "Require" }
