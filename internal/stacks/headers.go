package stacks

import "strings"

// Header and method names as the tables write them and the protocol
// checks compare them.

func isMethodName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func isHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r == '_' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// compactForm returns the long name of a one-letter header name of
// RFC 3261 §7.3.3 or of an extension that defines one, or "".
func compactForm(name string) string {
	switch name {
	case "i":
		return "call-id"
	case "m":
		return "contact"
	case "e":
		return "content-encoding"
	case "l":
		return "content-length"
	case "c":
		return "content-type"
	case "f":
		return "from"
	case "s":
		return "subject"
	case "k":
		return "supported"
	case "t":
		return "to"
	case "v":
		return "via"
	case "u":
		return "allow-events"
	case "o":
		return "event"
	case "r":
		return "refer-to"
	case "b":
		return "referred-by"
	case "x":
		return "session-expires"
	}
	return ""
}

// CanonicalHeader returns the name a header is compared by: lower case,
// compact forms expanded. Header names compare case-insensitively on the
// wire.
func CanonicalHeader(name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	if long := compactForm(name); long != "" {
		return long
	}
	return name
}

// DisplayHeader writes a canonical name the way RFC 3261 does.
func DisplayHeader(n string) string {
	switch n {
	case "www-authenticate":
		return "WWW-Authenticate"
	case "call-id":
		return "Call-ID"
	case "cseq":
		return "CSeq"
	case "min-se":
		return "Min-SE"
	case "sip-etag":
		return "SIP-ETag"
	}
	b := []byte(n)
	up := true
	for i, c := range b {
		if up && 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '-'
	}
	return string(b)
}
