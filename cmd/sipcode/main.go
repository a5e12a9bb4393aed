// Command sipcode checks SIP response codes in Go code.
//
// Standalone:
//
//	sipcode ./...            report findings (exit status 3 when there are some)
//	sipcode -fix ./...       apply the suggested fixes
//	sipcode -fix -diff ./... show the fixes as a diff, without applying them
//	sipcode -json ./...      report as JSON (exit status 0)
//
// As a vet tool:
//
//	go vet -vettool=$(which sipcode) ./...
//
// Documentation of a check, a protocol rule or a response code (the text of
// docs/checks.md):
//
//	sipcode -explain literal
//	sipcode -explain header-401
//	sipcode -explain 486
//
// Run sipcode -help for the flags.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/sipcode/sipcode/analyzer"
	"github.com/sipcode/sipcode/analyzer/explain"
)

func main() {
	// -explain is handled before the driver parses its flags: it is not an
	// analyzer flag, so go vet's -flags never lists it.
	if status, handled := explain.Main(os.Args[1:], os.Stdout, os.Stderr); handled {
		os.Exit(status)
	}
	singlechecker.Main(analyzer.Analyzer)
}
