// Package txcases: the transaction checks on sipgo, each rule's positive
// cases next to the negatives, with every escape of the design note.
package txcases

import (
	"errors"
	"log"
	"os"
	"sync"
	"time"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

type server struct {
	pending map[string]sip.ServerTransaction
	txs     chan sip.ServerTransaction
	store   func(sip.ServerTransaction)
}

func lookup(req *sip.Request) error { return nil }

// reply always answers: a call of it is an answer.
func reply(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

// busy always answers with a constant final code.
func busy(tx sip.ServerTransaction, req *sip.Request) error {
	return tx.Respond(sip.NewResponseFromRequest(req, sip.StatusBusyHere, "Busy Here", nil))
}

// maybe answers on some paths only: giving it the transaction is an escape.
func maybe(tx sip.ServerTransaction, req *sip.Request, ok bool) {
	if ok {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	}
}

// logTx never answers.
func logTx(tx sip.ServerTransaction) { log.Println(tx != nil) }

func register(srv *sipgo.Server, s *server) {
	// unanswered: an early return after logging.
	srv.OnRegister(func(req *sip.Request, tx sip.ServerTransaction) {
		if req.Contact() == nil {
			log.Printf("no contact")
			return // want `^REGISTER handler returns here without a final response: sipgo ends the transaction when the handler returns, so nothing is sent and the client times out \(Timer F, 32 s\)`
		}
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	})
	// The same, answered.
	srv.OnRegister(func(req *sip.Request, tx sip.ServerTransaction) {
		if req.Contact() == nil {
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusBadRequest, "Bad Request", nil))
			return
		}
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	})
	// unanswered after a 100; the end of the body too.
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusTrying, "Trying", nil))
		if err := lookup(req); err != nil {
			return // want `^INVITE handler returns here without a final response: .*\(Timer B, 32 s\)`
		}
		log.Println("done")
	}) // want `^INVITE handler returns here without a final response`
	// twice: an error branch without return.
	srv.OnBye(func(req *sip.Request, tx sip.ServerTransaction) {
		res500 := sip.NewResponseFromRequest(req, sip.StatusInternalServerError, "Server Error", nil)
		res200 := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
		if err := lookup(req); err != nil {
			tx.Respond(res500)
		}
		tx.Respond(res200) // want `^second final response on this transaction: a final response was already sent on this path, and the completed transaction discards this one \(RFC 3261 §17\.2\.1, §17\.2\.2 MUST\)$`
	})
	// after-final.
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil)) // want `^provisional response after a final one on this path`
	})
	// late, and its silent forms.
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		go func() {
			time.Sleep(time.Second)
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // want `^response from a goroutine the handler does not wait for: sipgo ends the transaction`
		}()
	})
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		done := make(chan struct{})
		go func() {
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
			close(done)
		}()
		<-done
	})
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		go func() {
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
		}()
		<-tx.Done()
	})
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
		}()
		wg.Wait()
	})
	// Escapes: stored in a map, sent on a channel, given to an unknown
	// function or to a helper that answers on some paths only, captured by
	// a deferred closure.
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		s.pending["x"] = tx
	})
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		s.txs <- tx
	})
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		s.store(tx)
	})
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		maybe(tx, req, lookup(req) == nil)
	})
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		defer func() {
			if r := recover(); r != nil {
				tx.Respond(sip.NewResponseFromRequest(req, sip.StatusInternalServerError, "Server Error", nil))
			}
		}()
		if lookup(req) != nil {
			return
		}
	})
	// Helpers: one that always answers is an answer; one that never does
	// is nothing; a constant final from a helper, then another, is twice.
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		logTx(tx)
		if lookup(req) != nil {
			reply(tx, req, sip.StatusBusyHere, "Busy Here")
			return
		}
		busy(tx, req)
	})
	srv.OnMessage(func(req *sip.Request, tx sip.ServerTransaction) {
		busy(tx, req)
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // want `^second final response`
	})
	// A code that is not constant answers, and is nothing for twice.
	srv.OnInfo(func(req *sip.Request, tx sip.ServerTransaction) {
		code := sip.StatusOK
		if lookup(req) != nil {
			code = sip.StatusNotFound
		}
		tx.Respond(sip.NewResponseFromRequest(req, code, "", nil))
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	})
	// A response chosen on branches and sent after the join is final.
	srv.OnOptions(func(req *sip.Request, tx sip.ServerTransaction) {
		var res *sip.Response
		if lookup(req) != nil {
			res = sip.NewResponseFromRequest(req, sip.StatusNotFound, "Not Found", nil)
		} else {
			res = sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
		}
		tx.Respond(res)
		tx.Respond(res) // want `^second final response`
	})
	// A path past <-tx.Done() is not judged: the transaction may be over.
	srv.OnMessage(func(req *sip.Request, tx sip.ServerTransaction) {
		select {
		case <-tx.Done():
			return
		case <-time.After(time.Second):
		}
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	})
	// Paths that end without a return.
	srv.OnNotify(func(req *sip.Request, tx sip.ServerTransaction) {
		if lookup(req) != nil {
			log.Fatal("no")
		}
		if req == nil {
			os.Exit(1)
		}
		if lookup(req) == errors.ErrUnsupported {
			panic("no")
		}
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	})
	// ACK has no transaction to answer.
	srv.OnAck(func(req *sip.Request, tx sip.ServerTransaction) {})
	// A method held in a variable: unknown, never unanswered.
	m := sip.RequestMethod("X")
	srv.OnRequest(m, func(req *sip.Request, tx sip.ServerTransaction) {})
	// The method from a switch in a handler registered for any method.
	srv.OnRequest(m, func(req *sip.Request, tx sip.ServerTransaction) {
		switch req.Method {
		case sip.INVITE:
			if lookup(req) != nil {
				return // want `^INVITE handler returns here without a final response`
			}
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
		case sip.ACK:
			return
		case sip.OPTIONS:
			// The method rules know the method here too.
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusRinging, "Ringing", nil)) // want `^180 response to OPTIONS: no provisional response other than 100`
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
		}
	})
	// A handler registered for two methods that covers both: the path past
	// the switch is no method's.
	srv.OnBye(s.byeOrCancel)
	srv.OnCancel(s.byeOrCancel)
	// Through a wrapper (diago's errHandler answers for an error): silent.
	srv.OnInvite(wrap(func(req *sip.Request, tx sip.ServerTransaction) error {
		return errors.New("no")
	}))
}

func (s *server) byeOrCancel(req *sip.Request, tx sip.ServerTransaction) {
	if req.Method == sip.BYE {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
		return
	}
	if req.Method != sip.CANCEL {
		return
	}
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusCallTransactionDoesNotExists, "Call/Transaction Does Not Exist", nil))
}

func wrap(f func(req *sip.Request, tx sip.ServerTransaction) error) sipgo.RequestHandler {
	return func(req *sip.Request, tx sip.ServerTransaction) {
		if err := f(req, tx); err != nil {
			tx.Respond(sip.NewResponseFromRequest(req, sip.StatusInternalServerError, "Server Error", nil))
		}
	}
}

// dispatch is no handler: it is judged for twice and after-final only.
func dispatch(req *sip.Request, tx sip.ServerTransaction) {
	if lookup(req) != nil {
		return
	}
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	tx.Respond(sip.NewResponseFromRequest(req, sip.StatusTrying, "Trying", nil)) // want `^provisional response after a final one`
}

// Conditions on a variable that keeps its value: no path takes both a
// condition and its opposite, so the two answers below are exclusive.
func exclusiveConds(req *sip.Request, tx sip.ServerTransaction, authorized bool) {
	err := lookup(req)
	if err != nil {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusNotFound, "Not Found", nil))
	}
	if err == nil {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil))
	}
	if !authorized {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusForbidden, "Forbidden", nil)) // want `^second final response on this transaction`
	}
	if authorized {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusAccepted, "Accepted", nil)) // want `^second final response on this transaction`
	}
}

// A variable assigned again may change between the two conditions: both
// branches are walked.
func changingConds(req *sip.Request, tx sip.ServerTransaction) {
	err := lookup(req)
	if err != nil {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusNotFound, "Not Found", nil))
		err = nil
	}
	if err == nil {
		tx.Respond(sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)) // want `^second final response on this transaction`
	}
}
