package foreign

import (
	http "github.com/valyala/fasthttp"

	"github.com/emiago/sipgo/sip"
)

func send(tx sip.ServerTransaction, req *sip.Request, res *sip.Response, ctx *http.RequestCtx) {
	tx.Respond(sip.NewResponseFromRequest(req, http.StatusUnauthorized, "Unauthorized", nil)) // want `^use sip.StatusUnauthorized instead of http.StatusUnauthorized, a github.com/valyala/fasthttp constant \(401 Unauthorized\)$` `^401 response without WWW-Authenticate`
	if res.StatusCode == http.StatusSwitchingProtocols { // want `http.StatusSwitchingProtocols \(101\) is a github.com/valyala/fasthttp constant, not a SIP code: 101 is not a SIP response code`
	}
	if res.StatusCode == http.StatusConflict { // want `http.StatusConflict \(409 Conflict\) is a github.com/valyala/fasthttp constant, not a SIP code: 409 Conflict is removed in SIP`
	}
	if res.StatusCode == http.StatusGatewayTimeout { // want `^use sip.StatusGatewayTimeout instead of http.StatusGatewayTimeout, a github.com/valyala/fasthttp constant \(504 Server Time-out\)$`
	}
	// fasthttp's own code positions are not SIP.
	ctx.SetStatusCode(486)
	var hr http.Response
	if hr.StatusCode() == 499 {
	}
}
