// Package sipfrag: status lines in the message/sipfrag bodies of the NOTIFY
// requests that report REFER progress (RFC 3515 section 2.4.5).
package sipfrag

import (
	"fmt"
	"io"

	"github.com/emiago/sipgo/sip"
)

func progress(w io.Writer, res *sip.Response) {
	_ = fmt.Sprintf("SIP/2.0 %d %s", 200, "OK")               // want `use sip.StatusOK instead of 200 \(OK\)`
	_ = fmt.Sprintf("SIP/2.0 %d %s\r\n", 100, "Ringing")      // want `use sip.StatusTrying instead of 100 \(Trying\)` `reason phrase "Ringing" is that of 180; 100 is "Trying"`
	fmt.Fprintf(w, "SIP/2.0 %d Busy Here\r\n", 486)           // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	_ = fmt.Sprintf("%s SIP/2.0 %v %v", "x", 499, "Whatever") // want `499 is not a registered SIP response code`
	_ = fmt.Sprintf("SIP/2.0 %d %s", sip.StatusOK, "OK")
	_ = fmt.Sprintf("SIP/2.0 %d %s", res.StatusCode, res.Reason)
}

// notify is a wrapper: its parameters flow into a status line.
func notify(code int, reason string) string {
	return fmt.Sprintf("SIP/2.0 %d %s", code, reason)
}

func useNotify() {
	_ = notify(603, "Decline")                       // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)`
	_ = notify(sip.StatusGlobalDecline, "Busy Here") // want `reason phrase "Busy Here" is that of 486; 603 is "Decline"`
}

// Not status lines.
func notStatusLines(port int) {
	_ = fmt.Sprintf("SIP/2.0/UDP host:%d", 5060)      // a Via header: no space after the version
	_ = fmt.Sprintf("HTTP/1.1 %d %s", 200, "OK")      // not SIP
	_ = fmt.Sprintf("SIP/2.0 %[2]d %[1]s", "OK", 200) // explicit indexes: not counted
	_ = fmt.Sprintf("%d%% SIP/2.0 %s", 50, "x")       // %% takes no operand; %s is no code
	_ = fmt.Sprintf("code %d", 486)
	format := "SIP/2.0 %d %s"
	_ = fmt.Sprintf(format+"%d", 200, "OK", 1) // a variable format is not read
}
