// Package sipy wraps sipx: a wrapper of a wrapper in another package.
package sipy

import (
	"crosspkg/sipx"

	"github.com/emiago/sipgo/sip"
)

func Busy(tx sip.ServerTransaction, req *sip.Request, code int) { // want Busy:`sipcode wrapper\(code=2 reason=-1 library=sipgo\)` Busy:`sipcode transaction\(param=0 always=true final=false never=false\)`
	sipx.Reject(tx, req, code, "Busy Here")
}
