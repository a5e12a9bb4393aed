package nolint

import "github.com/emiago/sipgo/sip"

func send(req *sip.Request) {
	_ = sip.NewResponse(486, "Busy Here") //nolint:sipcode
	_ = sip.NewResponse(486, "Busy Here") //nolint:sipcode // the peer expects a bare code
	_ = sip.NewResponse(499, "Custom")    //nolint:errcheck,sipcode
	_ = sip.NewResponse(409, "Conflict")  //nolint
	_ = sip.NewResponse(409, "Conflict")  //nolint:all
	_ = sip.NewResponse(486, "Busy Here") //nolint:errcheck // want `use sip.StatusBusyHere instead of 486`
	_ = sip.NewResponse(486, "Busy Here") // nolint:sipcode (a space makes it prose) // want `use sip.StatusBusyHere instead of 486`
	_ = sip.NewResponse(486, "Busy Here") //nolint:sipcodex // want `use sip.StatusBusyHere instead of 486`
}
