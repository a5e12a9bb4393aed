package idioms

import (
	"github.com/emiago/diago"
	"github.com/emiago/sipgo/sip"
)

// Progress answers early with headers spread into the variadic parameter.
func Progress(d *diago.DialogServerSession, body []byte) error {
	headers := []sip.Header{sip.NewHeader("Content-Type", "application/sdp")}
	return d.Respond(183, "Session Progress", body, headers...)
}

// Outcome copies a response's code to a local, then compares it.
func Outcome(res *sip.Response) string {
	code := res.StatusCode
	switch code {
	case 401, sip.StatusProxyAuthRequired:
		return "challenge"
	}
	switch {
	case code == 486 || code == sip.StatusGlobalBusyEverywhere:
		return "busy"
	case code >= 300:
		return "failed"
	}
	return "ok"
}
