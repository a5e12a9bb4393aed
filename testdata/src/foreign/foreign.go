package foreign

import (
	http "github.com/valyala/fasthttp"

	"github.com/emiago/sipgo/sip"
)

func send(tx sip.ServerTransaction, req *sip.Request, res *sip.Response, ctx *http.RequestCtx) {
	tx.Respond(sip.NewResponseFromRequest(req, http.StatusUnauthorized, "Unauthorized", nil)) // want `^use sip.StatusUnauthorized instead of http.StatusUnauthorized, a github.com/valyala/fasthttp constant \(401 Unauthorized\)$` `^401 response without WWW-Authenticate`
	if res.StatusCode == http.StatusSwitchingProtocols { // want `^http.StatusSwitchingProtocols \(101\), a github.com/valyala/fasthttp constant, is not a registered SIP response code: a UAC treats it as 183 Session Progress \(RFC 3261 section 8.1.3.2\)$`
	}
	if res.StatusCode == http.StatusConflict { // want `^http.StatusConflict \(409 Conflict\), a github.com/valyala/fasthttp constant, is not a SIP response code: RFC 3261 removed it`
	}
	if res.StatusCode == http.StatusGatewayTimeout { // want `^use sip.StatusGatewayTimeout instead of http.StatusGatewayTimeout, a github.com/valyala/fasthttp constant \(504 Server Time-out\)$`
	}
	// fasthttp's own code positions are not SIP.
	ctx.SetStatusCode(486)
	var hr http.Response
	if hr.StatusCode() == 499 {
	}
}
