package imports

import . "github.com/emiago/sipgo/sip"

func dot(res *Response) {
	res.StatusCode = 488 // want `use StatusNotAcceptableHere instead of 488 \(Not Acceptable Here\)`
}
