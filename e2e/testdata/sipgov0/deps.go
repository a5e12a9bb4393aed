// Package sipgov0 only requires the typed era of sipgo (v0.22.0, where
// sip.StatusCode is a defined type), so that the analyzer's
// TestTablesOnRealModules can load it next to sipgo v1 (examples/demo):
// the two majors cannot share one module.
package sipgov0

import (
	_ "github.com/emiago/sipgo"
	_ "github.com/emiago/sipgo/sip"
)
