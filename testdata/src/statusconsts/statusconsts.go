// Package statusconsts: constants declared with a status type are codes by
// their type, used or not. Another protocol's constant there is reported;
// a literal is a declaration, as it always was.
package statusconsts

import (
	http "github.com/valyala/fasthttp"

	"github.com/ghettovoice/gosip/sip"
)

// codeType is a local alias of the library's status type.
type codeType = sip.StatusCode

const (
	StatusUnauthorized codeType       = http.StatusUnauthorized       // want `^http.StatusUnauthorized \(401 Unauthorized\) is a github.com/valyala/fasthttp constant, not a SIP code: 401 in SIP is Unauthorized$`
	StatusUpgrade      sip.StatusCode = http.StatusSwitchingProtocols // want `^http.StatusSwitchingProtocols \(101\), a github.com/valyala/fasthttp constant, is not a registered SIP response code`
	StatusBusy         codeType       = 486
	statusHTTP                        = http.StatusOK // untyped and unused: not a SIP code
	httpOK             int            = http.StatusOK // an int: not a SIP code
)
