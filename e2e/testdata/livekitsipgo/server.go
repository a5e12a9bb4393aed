// Package main is a small SIP-to-room bridge on livekit's fork of sipgo,
// at the version livekit's SIP bridge pins (its sip.StatusCode is an alias
// of int, its ServerTransaction its own interface), for sipcode's e2e test
// (e2e/livekitsipgo_test.go). Lines marked BAD get a header or method
// finding; the others are the correct forms and stay silent.
package main

import (
	"context"
	"log/slog"
	"strings"

	"github.com/livekit/sipgo"
	"github.com/livekit/sipgo/sip"
)

type bridge struct {
	srv     *sipgo.Server
	secrets map[string]string
	rooms   map[string]int
}

func (b *bridge) routes() {
	b.srv.OnRegister(b.onRegister)
	b.srv.OnInvite(b.onInvite)
	b.srv.OnRequest(sip.OPTIONS, b.onOptions)
	b.srv.OnInfo(b.onInfo)
	b.srv.OnNoRoute(b.noRoute)
}

// onRegister challenges a REGISTER without credentials and refuses wrong
// ones: the refusal must carry a fresh challenge too.
func (b *bridge) onRegister(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
	auth := req.GetHeader("Authorization")
	if auth == nil {
		res := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)
		res.AppendHeader(sip.NewHeader("WWW-Authenticate", `Digest realm="rooms", nonce="4e2f", algorithm=MD5`))
		_ = tx.Respond(res)
		return
	}
	if !b.accepts(auth.Value()) {
		log.Info("registration refused", "from", req.From().Address.User)
		_ = tx.Respond(sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)) // BAD: 401 without WWW-Authenticate
		return
	}
	_ = tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
}

func (b *bridge) accepts(credentials string) bool {
	for user, secret := range b.secrets {
		if strings.Contains(credentials, `username="`+user+`"`) && strings.Contains(credentials, secret) {
			return true
		}
	}
	return false
}

func (b *bridge) onInvite(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
	_ = tx.Respond(sip.NewResponseFromRequest(req, sip.StatusTrying, "Trying", nil))
	room := req.To().Address.User
	if b.rooms[room] >= maxParticipants {
		_ = tx.Respond(sip.NewResponseFromRequest(req, refusal(true), "Busy Here", nil))
		return
	}
	if strings.HasPrefix(room, "legacy-") {
		_ = tx.Respond(sip.NewSDPResponseFromRequest(req, answerSDP)) // BAD: 200 to INVITE without Contact
		return
	}
	res := sip.NewSDPResponseFromRequest(req, answerSDP)
	res.AppendHeader(&sip.ContactHeader{Address: sip.Uri{User: "bridge", Host: "10.0.0.7", Port: sip.DefaultUdpPort}})
	_ = tx.Respond(res)
	b.rooms[room]++
}

// onOptions answers keep-alives: a provisional response to OPTIONS is
// meaningless.
func (b *bridge) onOptions(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
	_ = tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil)) // BAD: 180 to OPTIONS
	res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
	res.AppendHeader(sip.NewHeader("Allow", allowed))
	_ = tx.Respond(res)
}

// onInfo takes DTMF only; any other INFO package is refused with the
// methods the bridge allows.
func (b *bridge) onInfo(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
	if ct := req.ContentType(); ct == nil || ct.Value() != "application/dtmf-relay" {
		res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
		res.AppendHeader(sip.NewHeader("Allow", allowed))
		_ = tx.Respond(res)
		return
	}
	_ = tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
}

// noRoute answers every method the bridge has no handler for, statelessly,
// as the library's own default does.
func (b *bridge) noRoute(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil) // BAD: 405 without Allow
	if err := b.srv.WriteResponse(res); err != nil {
		log.Error("405 not sent", "err", err)
	}
}

const allowed = "INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER, INFO"

var answerSDP = []byte("v=0\r\no=- 0 0 IN IP4 10.0.0.7\r\ns=-\r\nc=IN IP4 10.0.0.7\r\nt=0 0\r\nm=audio 10000 RTP/AVP 0\r\n")

func main() {
	ua, err := sipgo.NewUA(sipgo.WithUserAgent("room-bridge"))
	if err != nil {
		panic(err)
	}
	srv, err := sipgo.NewServer(ua)
	if err != nil {
		panic(err)
	}
	b := &bridge{srv: srv, secrets: map[string]string{"alice": "s3cret"}, rooms: map[string]int{}}
	b.routes()
	_ = srv.ListenAndServe(context.Background(), "udp", "0.0.0.0:5060")
}
