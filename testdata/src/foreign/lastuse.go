package foreign

import (
	http "github.com/valyala/fasthttp"

	"github.com/emiago/sipgo/sip"
)

// http is used only by the constant the fix would replace: replacing it
// would leave an unused import, so no fix is offered.
func lastUse(res *sip.Response) bool {
	return res.StatusCode == http.StatusUnauthorized // want `^use sip.StatusUnauthorized instead of http.StatusUnauthorized, a github.com/valyala/fasthttp constant \(401 Unauthorized\)$`
}
