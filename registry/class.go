package registry

import "fmt"

// Class is the class of a response code, given by its first digit
// (RFC 3261 section 21).
type Class int

const (
	Provisional   Class = 1 // 1xx
	Success       Class = 2 // 2xx
	Redirection   Class = 3 // 3xx
	ClientFailure Class = 4 // 4xx
	ServerFailure Class = 5 // 5xx
	GlobalFailure Class = 6 // 6xx
)

var classNames = [...]string{
	Provisional:   "provisional",
	Success:       "success",
	Redirection:   "redirection",
	ClientFailure: "client-failure",
	ServerFailure: "server-failure",
	GlobalFailure: "global-failure",
}

func (c Class) String() string {
	if c >= Provisional && c <= GlobalFailure {
		return classNames[c]
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

// classOf returns the class of a code in 100..699, and false for any other value.
func classOf(value int) (Class, bool) {
	if value < 100 || value > 699 {
		return 0, false
	}
	return Class(value / 100), true
}

// Status says whether a code may be used.
type Status int

const (
	Active     Status = iota // registered and in use
	Deprecated               // registered, marked deprecated by IANA (202)
	Reserved                 // registered with no semantics (402)
	Removed                  // defined by RFC 2543, dropped by RFC 3261, never registered (303, 409, 411)
)

var statusNames = [...]string{
	Active:     "active",
	Deprecated: "deprecated",
	Reserved:   "reserved",
	Removed:    "removed",
}

func (s Status) String() string {
	if s >= Active && s <= Removed {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

func parseClass(s string) (Class, bool) {
	for c, name := range classNames {
		if name != "" && name == s {
			return Class(c), true
		}
	}
	return 0, false
}

func parseStatus(s string) (Status, bool) {
	for st, name := range statusNames {
		if name == s {
			return Status(st), true
		}
	}
	return 0, false
}
