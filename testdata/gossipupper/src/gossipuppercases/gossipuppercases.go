// Package gossipuppercases imports gossip by the repository's spelling,
// github.com/StefanKopieczek/gossip: the table lists both spellings.
package gossipuppercases

import "github.com/StefanKopieczek/gossip/base"

func respond(res *base.Response) {
	_ = base.NewResponse("SIP/2.0", 486, "OK", nil, "") // want `reason phrase "OK" is that of 200; 486 is "Busy Here"`
	if res.StatusCode == 409 { // want `409 Conflict is not a SIP response code`
	}
	_ = base.NewResponse("SIP/2.0", 486, "Busy Here", nil, "")
}
