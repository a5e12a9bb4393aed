// Command sipcode checks SIP response codes in Go code.
//
// Standalone:
//
//	sipcode ./...                 report findings (exit status 3 when there are some)
//	sipcode -fix ./...            apply the suggested fixes
//	sipcode -fix -diff ./...      show the fixes as a diff, without applying them
//	sipcode -json ./...           report as JSON (exit status 0)
//	sipcode -sarif=FILE ./...     report as SARIF 2.1.0, for code scanning (exit status 0)
//	sipcode -tags=integration ./...  check the files of those build tags too
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
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/sipcode/sipcode/analyzer"
	"github.com/sipcode/sipcode/analyzer/explain"
)

// extraUsage names what sipcode handles before the driver parses its
// flags, so that -help lists them although the driver does not know them.
const extraUsage = `
Also:
  -explain X
    	print the documentation of a category (literal), a protocol rule
    	(header-401) or a response code (486), then exit; it takes no other flag
  -sarif FILE
    	write the findings as SARIF 2.1.0 to FILE ("-": standard output) for
    	code scanning, and print them as text to standard error; exit status 0
    	once written (see docs/integrations.md)
`

const tagsUsage = "comma-separated build tags: files with those //go:build tags are checked too (passed to go list through GOFLAGS)"

func main() {
	args := os.Args[1:]
	// -explain is handled before the driver parses its flags: it is not an
	// analyzer flag, so go vet's -flags never lists it.
	if status, handled := explain.Main(args, os.Stdout, os.Stderr); handled {
		os.Exit(status)
	}
	if tags, ok := findFlag(args, "tags", true); ok && !unitchecker(args) {
		os.Setenv("GOFLAGS", withTags(os.Getenv("GOFLAGS"), tags))
	}
	// -sarif needs a driver of its own (sarif.go); like -explain, go vet
	// never sees it.
	if _, ok := findFlag(args, "sarif", true); ok && !unitchecker(args) {
		os.Exit(runSARIF(args, os.Stderr))
	}
	// singlechecker sets flag.Usage; the command line's own Usage runs it,
	// then names the flags handled above. The driver's -tags flag says "no
	// effect": here it has one.
	flag.CommandLine.Usage = func() {
		if f := flag.Lookup("tags"); f != nil {
			f.Usage = tagsUsage
		}
		flag.Usage()
		fmt.Fprint(flag.CommandLine.Output(), extraUsage)
	}
	singlechecker.Main(analyzer.Analyzer)
}
