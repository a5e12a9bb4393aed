package sipstatus_test

import (
	"fmt"

	"github.com/sipcode/sipcode/sipstatus"
)

// StatusCode stands for a SIP stack's own code type, such as gosip's
// sip.StatusCode (a uint16): the untyped constants fit it.
type StatusCode uint16

func reject(code StatusCode, reason string) string {
	return fmt.Sprintf("SIP/2.0 %d %s", code, reason)
}

func Example() {
	fmt.Println(reject(sipstatus.BusyHere, "Busy Here"))
	fmt.Println(reject(sipstatus.CallTransactionDoesNotExist, "Call/Transaction Does Not Exist"))
	// Output:
	// SIP/2.0 486 Busy Here
	// SIP/2.0 481 Call/Transaction Does Not Exist
}
