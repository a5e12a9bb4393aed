// Package sipstatus is a team's own constants package.
package sipstatus

const (
	SessionIntervalTooSmall = 422
	UnsupportedURIScheme    = 416
	BusyHere                = 486
)
