package imports

import "github.com/emiago/sipgo/sip"

// A local named sip hides the package: the fix cannot name the constant.
func shadowed(res *sip.Response) {
	sip := res
	sip.StatusCode = 404 // want `use sip.StatusNotFound instead of 404 \(Not Found\)`
}
