package imports

import "github.com/emiago/diago"

func single(e *diago.RegisterResponseError) bool {
	return e.StatusCode() == 407 // want `use sip.StatusProxyAuthRequired instead of 407 \(Proxy Authentication Required\)`
}
