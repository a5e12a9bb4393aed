package imports

import sipx "github.com/emiago/sipgo/sip"

func alias(res *sipx.Response) {
	res.StatusCode = 487 // want `use sipx.StatusRequestTerminated instead of 487 \(Request Terminated\)`
}
