package gosipsipstatus

import "github.com/emiago/sipgo/sip"

// A library with constants keeps them first; sipstatus only fills the
// codes it has no (good) constant for: sipgo's 416 has an HTTP name.
func sipgo() {
	_ = sip.NewResponse(486, "Busy Here")              // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	_ = sip.NewResponse(416, "Unsupported URI Scheme") // want `use sipstatus.UnsupportedURIScheme instead of 416 \(Unsupported URI Scheme\)`
}
