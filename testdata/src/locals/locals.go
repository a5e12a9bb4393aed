package locals

import "github.com/emiago/sipgo/sip"

func straight(tx sip.ServerTransaction, req *sip.Request) {
	code := 404 // want `use sip.StatusNotFound instead of 404 \(Not Found\)`
	tx.Respond(sip.NewResponseFromRequest(req, code, "Not Found", nil))
}

func branches(req *sip.Request, busy bool) *sip.Response {
	var code int
	if busy {
		code = 486 // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	} else {
		code = 409 // want `409 Conflict is not a SIP response code`
	}
	return sip.NewResponseFromRequest(req, code, "", nil)
}

func notConstant(req *sip.Request, n int) *sip.Response {
	code := 486
	if n > 0 {
		code = n
	}
	return sip.NewResponseFromRequest(req, code, "", nil)
}

func incremented(req *sip.Request) *sip.Response {
	code := 479
	code++
	return sip.NewResponseFromRequest(req, code, "", nil)
}

func addressTaken(req *sip.Request) *sip.Response {
	code := 486
	set(&code)
	return sip.NewResponseFromRequest(req, code, "", nil)
}

func set(p *int) { *p = 200 }

func compared(res *sip.Response) bool {
	want := 183 // want `use sip.StatusSessionInProgress instead of 183 \(Session Progress\)`
	return res.StatusCode == want
}

func param(req *sip.Request, code int) *sip.Response {
	code = 486 // a parameter: callers pass other values
	return sip.NewResponseFromRequest(req, code, "", nil)
}
