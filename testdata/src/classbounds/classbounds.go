// Package classbounds: an ordered comparison is a class bound, not a code,
// but another protocol's constant there is still not SIP's.
package classbounds

import (
	http "github.com/valyala/fasthttp"

	"github.com/emiago/sipgo/sip"
	gosip "github.com/ghettovoice/gosip/sip"
)

func bounds(res *sip.Response, gres gosip.Response, hres *http.Response) {
	if res.StatusCode > http.StatusOK { // want `^use sip.StatusOK instead of http.StatusOK, a github.com/valyala/fasthttp constant \(200 OK\)$`
	}
	if http.StatusOK <= gres.StatusCode() { // want `^http.StatusOK \(200 OK\) is a github.com/valyala/fasthttp constant, not a SIP code: 200 in SIP is OK$`
	}
	// Literal bounds and HTTP's own comparisons are fine.
	if res.StatusCode >= 300 || res.StatusCode < sip.StatusOK {
	}
	if hres.StatusCode() > http.StatusOK {
	}
	_ = http.StatusConflict // keeps the import used after the fix
}
