package sipstatusapp

import "example.com/gosiplike/sip"

// Reject does not import sipstatus yet: the fixes add the import.
func Reject(req *sip.Request, res *sip.Response) *sip.Response {
	if res.Code == 481 {
		return sip.NewResponse(req, 603, "Declined")
	}
	return sip.NewResponse(req, 409, "Conflict")
}
