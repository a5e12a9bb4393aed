package collision

import "github.com/emiago/diago"

func collision(e *diago.RegisterResponseError) {
	if e.StatusCode() == 401 { // want `use sip.StatusUnauthorized instead of 401 \(Unauthorized\)`
		println(sip)
	}
}

// sip is a package-level name here: adding an import named sip would clash.
var sip = "sip:alice@example.com"
