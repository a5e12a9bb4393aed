// Package headercases: responses that lack a header their code requires
// (category header), next to the correct forms, on sipgo.
package headercases

import (
	"strings"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

// Inline: built and sent in one expression.
func inline(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)) // want `^405 response without Allow: a 405 MUST list the supported methods \(RFC 3261 §8\.2\.1 MUST\)$`
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusBadRequest, "Bad Request", nil))
}

// A local completed with AppendHeader, then sent.
func local(req *sip.Request, tx sip.ServerTransaction, srv *sipgo.Server) {
	res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	res.AppendHeader(sip.NewHeader("Allow", strings.Join(srv.RegisteredMethods(), ", ")))
	tx.Respond(res)

	bad := sip.NewResponseFromRequest(req, sip.StatusBadExtension, "Bad Extension", nil) // want `^420 response without Unsupported: a 420 MUST list the unsupported extensions \(RFC 3261 §8\.2\.2\.3 MUST\)$`
	bad.AppendHeader(sip.NewHeader("Require", "100rel"))
	tx.Respond(bad)
}

// Header names compare case-insensitively; a header held in a local counts.
func names(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)
	h := sip.NewHeader("www-authenticate", `Digest realm="x", nonce="y"`)
	res.AppendHeader(h)
	tx.Respond(res)

	ext := sip.NewResponseFromRequest(req, sip.StatusExtensionRequired, "Extension Required", nil) // want `^421 response without Require`
	tx.Respond(ext)

	short := sip.NewResponseFromRequest(req, sip.StatusIntervalToBrief, "Interval Too Brief", nil) // want `^423 response without Min-Expires: a 423 MUST carry the minimum expiration interval \(RFC 3261 §10\.3 MUST\)$`
	tx.Respond(short)

	brief := sip.NewResponseFromRequest(req, sip.StatusIntervalToBrief, "Interval Too Brief", nil)
	brief.AppendHeaderAfter(sip.NewHeader("Min-Expires", "3600"), "Via")
	tx.Respond(brief)
}

// 401 and 407: the challenge must match the code; rejected credentials
// may get 403.
func challenges(req *sip.Request, tx sip.ServerTransaction) {
	if req.GetHeader("Authorization") == nil {
		res := sip.NewResponseFromRequest(req, 401, "Unauthorized", nil) // want `^use sip.StatusUnauthorized` `^401 response without WWW-Authenticate: a 401 MUST carry a challenge \(RFC 3261 §22\.2 MUST\); when the credentials were rejected, re-challenge or answer 403 \(RFC 3261 §22\.1\)$`
		tx.Respond(res)
		return
	}
	proxy := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil) // want `^401 response carries Proxy-Authenticate but no WWW-Authenticate: a 401 MUST carry a challenge \(RFC 3261 §22\.2 MUST\); use 407 for a proxy challenge$`
	proxy.AppendHeader(sip.NewHeader("Proxy-Authenticate", `Digest realm="x"`))
	tx.Respond(proxy)
}

func proxyChallenge(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusProxyAuthRequired, "Proxy Authentication Required", nil)) // want `^407 response without Proxy-Authenticate: a 407 MUST carry a proxy challenge \(RFC 3261 §22\.3 MUST\)$`
	ok := sip.NewResponseFromRequest(req, sip.StatusProxyAuthRequired, "Proxy Authentication Required", nil)
	ok.PrependHeader(sip.NewHeader("Proxy-Authenticate", `Digest realm="x"`))
	tx.Respond(ok)
}

// 422, 415 and 489: literals, since sipgo has no constant for 422 and 489.
func extensions(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, 422, "Session Interval Too Small", nil)) // want `^422 response without Min-SE: a 422 MUST carry the minimum session timer \(RFC 4028 §6 MUST\)$`
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusUnsupportedMediaType, "Unsupported Media Type", nil)) // want `^415 response without Accept or Accept-Encoding or Accept-Language`
	tx.Respond(sip.NewResponseFromRequest(req, 489, "Bad Event", nil)) // want `^489 response without Allow-Events`

	media := sip.NewResponseFromRequest(req, sip.StatusUnsupportedMediaType, "Unsupported Media Type", nil)
	media.AppendHeader(sip.NewHeader("Accept-Language", "en"))
	tx.Respond(media)
	ev := sip.NewResponseFromRequest(req, 489, "Bad Event", nil)
	ev.AppendHeader(sip.NewHeader("u", "presence")) // the compact form of Allow-Events
	tx.Respond(ev)
}

// Self-sending constructors: headers in the variadic argument, directly or
// through a slice built in the same function.
func dialog(d *sipgo.DialogServerSession, other []sip.Header) {
	d.Respond(sip.StatusMethodNotAllowed, "Method Not Allowed", nil) // want `^405 response without Allow`
	d.Respond(sip.StatusMethodNotAllowed, "Method Not Allowed", nil, sip.NewHeader("Allow", "INVITE, ACK, BYE"))
	hs := []sip.Header{sip.NewHeader("Allow", "INVITE")}
	d.Respond(sip.StatusMethodNotAllowed, "Method Not Allowed", nil, hs...)
	more := append([]sip.Header{}, sip.NewHeader("Content-Type", "text/plain"))
	d.Respond(sip.StatusMethodNotAllowed, "Method Not Allowed", nil, more...) // want `^405 response without Allow`
	// A parameter slice cannot be resolved: silent.
	d.Respond(sip.StatusMethodNotAllowed, "Method Not Allowed", nil, other...)
	// 2xx to INVITE: WriteResponse adds the UA's Contact.
	d.Respond(sip.StatusOK, "OK", nil)
}

// ReplaceHeader on a new response replaces nothing: reported at that call,
// with the one safe fix.
func replace(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)
	res.ReplaceHeader(sip.NewHeader("WWW-Authenticate", `Digest realm="x"`)) // want `^ReplaceHeader does not add a missing WWW-Authenticate: the response has none yet, so nothing is replaced; use AppendHeader$`
	tx.Respond(res)

	// Replacing a header the constructor copied is fine.
	to := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
	to.ReplaceHeader(sip.NewHeader("To", "<sip:a@b>;tag=1"))
	tx.Respond(to)
}

// Silent: the response escapes, is reassigned, its code changes, a header
// is unknown, or it is never sent.
func silent(req *sip.Request, tx sip.ServerTransaction, h sip.Header, store func(*sip.Response)) *sip.Response {
	a := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	store(a)
	tx.Respond(a)

	b := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	b.AppendHeader(h)
	tx.Respond(b)

	c := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	c.StatusCode = sip.StatusOK
	tx.Respond(c)

	d := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	d = sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
	tx.Respond(d)

	_ = sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)

	e := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	e.AppendHeader(sip.HeaderClone(h))
	tx.Respond(e)

	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)) //nolint:sipcode // a proxy in front adds Allow

	// Returned to a caller outside the package: silent.
	return sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
}

// Stateless sending and the concrete transaction are senders too.
func senders(req *sip.Request, srv *sipgo.Server, tx *sip.ServerTx) {
	srv.WriteResponse(sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)) // want `^405 response without Allow`
	res := sip.NewResponse(sip.StatusUnauthorized, "Unauthorized") // want `^401 response without WWW-Authenticate`
	if err := tx.Respond(res); err != nil {
		return
	}
}
