package foreign

import (
	"net/http"

	"github.com/emiago/sipgo/sip"
)

// http is used only by the constant the fix would replace: replacing it
// would leave an unused import, so no fix is offered.
func lastUse(res *sip.Response) bool {
	return res.StatusCode == http.StatusUnauthorized // want `^use sip.StatusUnauthorized instead of http.StatusUnauthorized, a net/http constant \(401 Unauthorized\)$`
}
