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
// Run sipcode -help for the flags.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/sipcode/sipcode/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
