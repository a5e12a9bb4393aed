package idioms

import "fmt"

// Sipfrag is the message/sipfrag body of a NOTIFY that reports REFER
// progress (RFC 3515 section 2.4.5).
func Sipfrag(code int, reason string) []byte {
	return []byte(fmt.Sprintf("SIP/2.0 %d %s\r\n", code, reason))
}

// Trying and Done report a transfer's progress.
func Trying() []byte { return Sipfrag(100, "Trying") }

func Done() []byte { return Sipfrag(200, "Ok") }
