// Package summaries: responses built in one function and sent by its
// callers in the package (diago's digest server), and project wrappers that
// add the required header.
package summaries

import (
	"errors"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

type auth struct{}

// authorize returns the response for its caller to send, as diago's
// AuthorizeRequest does.
func (a *auth) authorize(req *sip.Request) (*sip.Response, error) {
	if req.GetHeader("Authorization") == nil {
		res := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)
		res.AppendHeader(sip.NewHeader("WWW-Authenticate", `Digest realm="x"`))
		return res, nil
	}
	if a == nil {
		return sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil), errors.New("unknown nonce") // want `^401 response without WWW-Authenticate: a 401 MUST carry a challenge \(RFC 3261 §22\.2 MUST\); when the credentials were rejected, re-challenge or answer 403 \(RFC 3261 §22\.1\)$`
	}
	return sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil), nil
}

func (a *auth) authorizeDialog(d *sipgo.DialogServerSession) error {
	res, err := a.authorize(d.InviteRequest)
	if err == nil && res.StatusCode != sip.StatusOK {
		return errors.Join(err, d.WriteResponse(res))
	}
	return err
}

// Every caller must send it unchanged: one that adds the header, or lets it
// escape, keeps the builder silent.
func build405(req *sip.Request) *sip.Response {
	return sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
}

func sendsWithAllow(req *sip.Request, tx sip.ServerTransaction) {
	res := build405(req)
	res.AppendHeader(sip.NewHeader("Allow", "INVITE"))
	tx.Respond(res)
}

func sendsBare(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(build405(req))
}

func build420(req *sip.Request) *sip.Response {
	return sip.NewResponseFromRequest(req, sip.StatusBadExtension, "Bad Extension", nil) // want `^420 response without Unsupported`
}

func sends420(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(build420(req))
}

// An exported builder with no caller here: its callers are elsewhere.
func Build421(req *sip.Request) *sip.Response {
	return sip.NewResponseFromRequest(req, sip.StatusExtensionRequired, "Extension Required", nil)
}

// A project wrapper that always adds the challenge: its call sites are
// correct, and the wrapper's own code is not a constant.
func newUnauthorized(req *sip.Request, code int) *sip.Response {
	res := sip.NewResponseFromRequest(req, code, "Unauthorized", nil)
	res.AppendHeader(sip.NewHeader("WWW-Authenticate", `Digest realm="x"`))
	return res
}

func challenge(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(newUnauthorized(req, sip.StatusUnauthorized))
}
