// Package idioms is written the way public SIP servers are written, for
// sipcode's end-to-end tests on the real sipgo, diago and testify: each
// file holds one idiom that real code uses and that the first tests did
// not imagine.
package idioms

import (
	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

// reply is a wrapper bound to a variable, as main packages write it.
var reply = func(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	_ = tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

// Register binds handlers that answer through function-literal wrappers.
func Register(srv *sipgo.Server) {
	srv.OnOptions(func(req *sip.Request, tx sip.ServerTransaction) {
		reply(tx, req, 200, "OK")
	})
	srv.OnMessage(func(req *sip.Request, tx sip.ServerTransaction) {
		reject := func(code int) {
			reply(tx, req, code, "Not Here")
		}
		if req.Body() == nil {
			reject(488)
			return
		}
		reject(sip.StatusForbidden)
	})
}
