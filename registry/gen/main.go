// Command gen writes the registry's embedded data (registry/codes.csv) and
// the sipstatus module's constants (sipstatus/sipstatus.go) from IANA's CSV
// of the SIP response codes and registry/policy.csv. go generate ./registry
// runs it in the registry directory, with the default paths:
//
//	go run ./gen [-iana testdata/sip-parameters-7.csv] [-policy policy.csv] [-codes codes.csv] [-sipstatus ../sipstatus/sipstatus.go]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/sipcode/sipcode/registry/internal/regen"
)

func main() {
	iana := flag.String("iana", "testdata/sip-parameters-7.csv", "IANA's CSV of the SIP response codes (sip-parameters-7.csv)")
	policy := flag.String("policy", "policy.csv", "sipcode's policy file")
	codes := flag.String("codes", "codes.csv", "the registry data to write")
	sipstatus := flag.String("sipstatus", "../sipstatus/sipstatus.go", "the constants file to write")
	flag.Parse()
	if err := run(*iana, *policy, *codes, *sipstatus); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(ianaPath, policyPath, codesPath, sipstatusPath string) error {
	iana, err := os.ReadFile(ianaPath)
	if err != nil {
		return err
	}
	policy, err := os.ReadFile(policyPath)
	if err != nil {
		return err
	}
	out, err := regen.Generate(regen.File{Name: ianaPath, Data: iana}, regen.File{Name: policyPath, Data: policy})
	if err != nil {
		return err
	}
	if err := os.WriteFile(codesPath, out.Codes, 0o644); err != nil {
		return err
	}
	return os.WriteFile(sipstatusPath, out.Constants, 0o644)
}
