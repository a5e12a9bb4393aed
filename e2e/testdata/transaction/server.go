// Command transaction is a SIP server on the real sipgo v1.7.2 and diago
// v0.42.1, written the way servers are: early returns after logging,
// error branches without a return, goroutines, dialog sessions, a diago
// serve handler. Lines marked BAD get exactly one transaction finding.
package main

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/emiago/diago"
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

type app struct {
	srv      *sipgo.Server
	dialogs  *sipgo.DialogServerCache
	bindings map[string]string
	log      *slog.Logger
}

var errNoRoute = errors.New("no route")

func (a *app) route(req *sip.Request) (string, error) {
	if req.Recipient.User == "" {
		return "", errNoRoute
	}
	return req.Recipient.User, nil
}

// respond always answers, so its calls count as answers.
func (a *app) respond(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	if err := tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil)); err != nil {
		a.log.Error("respond", "err", err)
	}
}

func (a *app) routes() {
	a.srv.OnRegister(a.onRegister)
	a.srv.OnOptions(a.onOptions)
	a.srv.OnMessage(a.onMessage)
	a.srv.OnInfo(a.onInfo)
	a.srv.OnInvite(a.onInvite)
	a.srv.OnBye(a.onBye)
	a.srv.OnAck(func(req *sip.Request, tx sip.ServerTransaction) {
		a.log.Debug("ack") // ACK takes no response
	})
	a.srv.OnSubscribe(func(req *sip.Request, tx sip.ServerTransaction) {
		go func() {
			time.Sleep(100 * time.Millisecond)
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // BAD: late
		}()
	})
	a.srv.OnNotify(func(req *sip.Request, tx sip.ServerTransaction) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
		}()
		select {
		case <-done:
		case <-tx.Done():
		}
	})
}

func (a *app) onRegister(req *sip.Request, tx sip.ServerTransaction) {
	contact := req.Contact()
	if contact == nil {
		a.log.Warn("REGISTER without Contact")
		return // BAD: unanswered
	}
	a.bindings[req.From().Address.User] = contact.Address.String()
	a.respond(tx, req, sip.StatusOK, "OK")
}

func (a *app) onOptions(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
	if _, err := a.route(req); err != nil {
		a.log.Error("route", "err", err)
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusNotFound, "Not Found", nil))
	}
	tx.Respond(res) // BAD: twice
}

func (a *app) onMessage(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusTrying, "Trying", nil)) // BAD: after-final
}

// onInfo answers with a code computed at run time: an answer, never twice.
func (a *app) onInfo(req *sip.Request, tx sip.ServerTransaction) {
	code := sip.StatusOK
	if _, err := a.route(req); err != nil {
		code = sip.StatusNotFound
	}
	tx.Respond(sip.NewResponseFromRequest(req, code, "", nil))
}

func (a *app) onInvite(req *sip.Request, tx sip.ServerTransaction) {
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusTrying, "Trying", nil))
	if _, err := a.route(req); err != nil {
		a.log.Error("no route", "err", err)
		return // BAD: unanswered
	}
	// The dialog session answers on the transaction from here on, and is
	// followed as the transaction is. ReadInvite sends nothing when it
	// fails (an INVITE without Contact): returning then leaves the INVITE
	// unanswered.
	dlg, err := a.dialogs.ReadInvite(req, tx)
	if err != nil {
		return // BAD: unanswered
	}
	defer dlg.Close()
	dlg.Respond(sip.StatusOK, "OK", nil)
	<-dlg.Context().Done()
}

func (a *app) onBye(req *sip.Request, tx sip.ServerTransaction) {
	if err := a.dialogs.ReadBye(req, tx); err != nil {
		a.respond(tx, req, sip.StatusCallTransactionDoesNotExists, "Call/Transaction Does Not Exist")
	}
}

// serve: diago answers 480 itself when the handler returns unanswered, so
// the early return is silent.
func serve(ctx context.Context, dg *diago.Diago, a *app) error {
	return dg.Serve(ctx, func(d *diago.DialogServerSession) {
		if _, err := a.route(d.InviteRequest); err != nil {
			return
		}
		d.Answer(diago.AnswerOptions{})
		<-d.Context().Done()
	})
}

func main() {
	ua, _ := sipgo.NewUA()
	srv, _ := sipgo.NewServer(ua)
	cli, _ := sipgo.NewClient(ua)
	a := &app{srv: srv, dialogs: sipgo.NewDialogServerCache(cli, sip.ContactHeader{}), bindings: map[string]string{}, log: slog.Default()}
	a.routes()
	_ = serve(context.Background(), diago.NewDiago(ua), a)
}
