// Package gossipcases runs sipcode against StefanKopieczek/gossip, whose
// codes are plain uint16 with no constants: no literal is reported but
// another protocol's constants; the other checks apply.
package gossipcases

import (
	http "github.com/valyala/fasthttp"

	"github.com/stefankopieczek/gossip/base"
)

func respond(res *base.Response) {
	_ = base.NewResponse("SIP/2.0", 486, "Busy Here", nil, "") // no constant to suggest
	_ = base.NewResponse("SIP/2.0", 486, "Not Found", nil, "") // want `reason phrase "Not Found" is that of 404; 486 is "Busy Here"`
	_ = base.NewResponse("SIP/2.0", 409, "Conflict", nil, "")  // want `409 Conflict is not a SIP response code`
	_ = base.NewResponse("SIP/2.0", 498, "", nil, "")          // want `498 is not a registered SIP response code`
	_ = base.NewResponse("SIP/2.0", http.StatusOK, "OK", nil, "") // want `http.StatusOK \(200 OK\) is a github.com/valyala/fasthttp constant, not a SIP code: 200 in SIP is OK`
	res.StatusCode = 0x10000 - 1 // want `^65535 is not a SIP response code`
	_ = &base.Response{StatusCode: 402} // want `402 Payment Required is reserved`
	if res.StatusCode == 1404 { // want `1404 is not a SIP response code`
	}
	switch res.StatusCode {
	case 200, 486:
	}
	if res.StatusCode >= 400 {
	}
	var n uint16 = 486
	_ = n
}
