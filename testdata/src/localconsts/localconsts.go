// Package localconsts: a package keeps its own block of codes and uses the
// names. Each constant used as a code is judged where it is declared, once
// for all its uses; the fix keeps the name.
package localconsts

import (
	http "github.com/valyala/fasthttp"

	"github.com/emiago/sipgo/sip"
)

const (
	statusOK       = 200 // want `^use sip.StatusOK instead of 200 \(OK\)$`
	statusBusy     = 486 // want `^use sip.StatusBusyHere instead of 486 \(Busy Here\)$`
	statusConflict = 409 // want `^409 Conflict is not a SIP response code: RFC 3261 removed it`
	// No fix for this one: it is the file's only use of the http import.
	statusBadRequest = http.StatusBadRequest // want `^use sip.StatusBadRequest instead of http.StatusBadRequest, a github.com/valyala/fasthttp constant \(400 Bad Request\)$`
	statusNamed      = sip.StatusGlobalDecline
	statusUnused     = 603 // never used as a code: a declaration names a value
	retries          = 3
)

// respond is a wrapper; the block's names reach it from several places.
func respond(tx sip.ServerTransaction, req *sip.Request, status int, reason string) {
	tx.Respond(sip.NewResponseFromRequest(req, status, reason, nil))
}

func handle(tx sip.ServerTransaction, req *sip.Request, res *sip.Response) {
	respond(tx, req, statusOK, "OK")
	respond(tx, req, statusOK, "OK")   // a second use: still one finding, at the declaration
	respond(tx, req, statusBusy, "OK") // want `^reason phrase "OK" is that of 200; 486 is "Busy Here"$`
	respond(tx, req, statusConflict, "Conflict")
	respond(tx, req, statusBadRequest, "Bad Request")
	respond(tx, req, statusNamed, "Decline")
	if res.StatusCode == statusOK {
	}
	for range retries {
	}
	// A constant declared in the function is judged the same way.
	const ringing = 180 // want `^use sip.StatusRinging instead of 180 \(Ringing\)$`
	respond(tx, req, ringing, "Ringing")
	// iota and expressions are not literals: no fix to write there, but
	// their values are judged where they are used.
	const (
		first = 480 + iota
		second
	)
	respond(tx, req, second, "")
	respond(tx, req, statusOK+1, "") // want `^201 is not a registered SIP response code`
}
