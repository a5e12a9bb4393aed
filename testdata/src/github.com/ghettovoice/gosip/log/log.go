// Package log is a stub of github.com/ghettovoice/gosip/log for
// analysistest: declarations only.
package log

type Fields map[string]interface{}
