// Package foreignvalue: another protocol's constant converted to a SIP
// status type gets the category of its value, as a literal would, and the
// message says whose constant it is.
package foreignvalue

import (
	http "github.com/valyala/fasthttp"

	"github.com/ghettovoice/gosip/sip"
)

var (
	upgrade = sip.StatusCode(http.StatusSwitchingProtocols) // want `^http.StatusSwitchingProtocols \(101\), a github.com/valyala/fasthttp constant, is not a registered SIP response code: a UAC treats it as 183 Session Progress \(RFC 3261 section 8.1.3.2\)$`
	clash   = sip.StatusCode(http.StatusConflict)           // want `^http.StatusConflict \(409 Conflict\), a github.com/valyala/fasthttp constant, is not a SIP response code: RFC 3261 removed it and IANA never registered it; a UAC treats it as 400 Bad Request$`
	// gosip has no constants: a registered value is still named as foreign.
	ok = sip.StatusCode(http.StatusOK) // want `^http.StatusOK \(200 OK\) is a github.com/valyala/fasthttp constant, not a SIP code: 200 in SIP is OK$`
)
