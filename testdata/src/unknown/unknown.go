package unknown

import "github.com/emiago/sipgo/sip"

func send(res *sip.Response) {
	_ = sip.NewResponse(499, "Client Closed") // want `499 is not a registered SIP response code: a UAC treats it as 400 Bad Request \(RFC 3261 section 8.1.3.2\)`
	_ = sip.NewResponse(699, "Custom")        // want `699 is not a registered SIP response code: a UAC treats it as 600 Busy Everywhere`
	_ = sip.NewResponse(199, "Early Dialog Terminated")
	_ = sip.NewResponse(150, "Custom")        // want `150 is not a registered SIP response code: a UAC treats it as 183 Session Progress`
	res.StatusCode = 478                      // want `478 is not a registered SIP response code`
	switch res.StatusCode {
	case 587: // want `587 is not a registered SIP response code: a UAC treats it as 500 Server Internal Error`
	}
}
