package registry

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sipcode/sipcode/registry/internal/regen"
)

// The generator's inputs, as go generate ./registry reads them.
var (
	ianaPath      = filepath.Join("testdata", "sip-parameters-7.csv")
	policyPath    = "policy.csv"
	sipstatusPath = filepath.Join("..", "sipstatus", "sipstatus.go")
)

func readInputs(t *testing.T) (iana, policy regen.File) {
	t.Helper()
	for _, f := range []*regen.File{{Name: ianaPath}, {Name: policyPath}} {
		data, err := os.ReadFile(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		f.Data = data
		if f.Name == ianaPath {
			iana = *f
		} else {
			policy = *f
		}
	}
	return iana, policy
}

// TestGeneratedUpToDate: the embedded data and the sipstatus constants are
// what the generator makes of the checked-in IANA copy and the policy.
func TestGeneratedUpToDate(t *testing.T) {
	iana, policy := readInputs(t)
	out, err := regen.Generate(iana, policy)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Codes, data) {
		t.Errorf("codes.csv is not what go generate ./registry writes from %s and %s; run it and review the diff:\n%s",
			ianaPath, policyPath, firstDiff(out.Codes, data))
	}
	constants, err := os.ReadFile(sipstatusPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Constants, constants) {
		t.Errorf("%s is not what go generate ./registry writes; run it and review the diff:\n%s", sipstatusPath, firstDiff(out.Constants, constants))
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n generated: " + gl + "\n  in file:  " + wl
		}
	}
	return "(same lines)"
}

// TestGenerateNewCode: a code IANA adds appears in the registry data and
// among the constants, with its phrase and reference.
func TestGenerateNewCode(t *testing.T) {
	iana, policy := readInputs(t)
	iana.Data = append(bytes.Clone(iana.Data), "609,Call Rejected By Robot Overlord,[RFC3265][RFC9999]\n"...)
	out, err := regen.Generate(iana, policy)
	if err != nil {
		t.Fatal(err)
	}
	codes, err := parse(out.Codes)
	if err != nil {
		t.Fatalf("the generated codes.csv does not parse: %v", err)
	}
	last := codes[len(codes)-1]
	if last.Value != 609 || last.Reason != "Call Rejected By Robot Overlord" || last.Class != GlobalFailure || last.Status != Active || last.Reference != "RFC 9999" {
		t.Errorf("new code = %+v", last)
	}
	if len(codes) != len(load())+1 {
		t.Errorf("%d codes, want %d", len(codes), len(load())+1)
	}
	want := "\t// CallRejectedByRobotOverlord is 609 Call Rejected By Robot Overlord: global failure (6xx), RFC 9999.\n\tCallRejectedByRobotOverlord = 609\n"
	if !bytes.Contains(out.Constants, []byte(want)) {
		t.Errorf("the constants lack\n%s", want)
	}
}

// TestGenerateErrors: a malformed IANA file or policy line stops the
// generator with an error that names the file and the line.
func TestGenerateErrors(t *testing.T) {
	iana, policy := readInputs(t)
	const ianaHead = "Number,Description,Reference\n"
	const policyHead = "# a comment\ncode,status,reason,reference,variants,note\n"
	okIANA := ianaHead + "100,Trying,[RFC3261]\n202,Accepted (Deprecated),[RFC6665]\n"
	okPolicy := policyHead + "202,deprecated,,,,\n"
	tests := []struct{ iana, policy, want string }{
		{"", okPolicy, "iana.csv:1: empty file"},
		{"Code,Description,Reference\n", okPolicy, `iana.csv:1: header is "Code,Description,Reference"`},
		{okIANA + "486,Busy Here\n", okPolicy, "iana.csv:4: wrong number of fields"},
		{okIANA + "48x,Busy Here,[RFC3261]\n", okPolicy, `iana.csv:4: number "48x" is not a code in 100..699`},
		{okIANA + "786,Busy Here,[RFC3261]\n", okPolicy, `iana.csv:4: number "786"`},
		{okIANA + "100,Trying,[RFC3261]\n", okPolicy, "iana.csv:4: code 100 is listed twice (first on line 2)"},
		{okIANA + "486,,[RFC3261]\n", okPolicy, "iana.csv:4: code 486 has no description"},
		{okIANA + "486,Busy Here,RFC3261\n", okPolicy, `iana.csv:4: code 486: reference "RFC3261" is not of the form [RFC1234]`},
		{okIANA + "486,Busy Here,[RFC3261\n", okPolicy, "iana.csv:4: code 486: reference"},
		{okIANA + "486,Busy Here,[Jane_Doe]\n", okPolicy, `iana.csv:4: code 486: reference "Jane_Doe" is not an RFC; give one in policy.csv`},
		{okIANA + "486,\"Busy Here,[RFC3261]\n", okPolicy, "iana.csv:4: extraneous or missing \" in quoted-field"},
		{okIANA, "", "policy.csv:1: empty file"},
		{okIANA, "code,status\n", "policy.csv:1: wrong number of fields"},
		{okIANA, "# doc\ncode,state,reason,reference,variants,note\n", `policy.csv:2: header is "code,state,reason,reference,variants,note"`},
		{okIANA, okPolicy + "48x,,,,,\n", `policy.csv:4: code "48x" is not a code in 100..699`},
		{okIANA, okPolicy + "486,gone,,,,\n", `policy.csv:4: code 486: unknown status "gone"`},
		{okIANA, okPolicy + "486,,,3261,,\n", `policy.csv:4: code 486: reference "3261" is not of the form RFC1234`},
		{okIANA, okPolicy + "486,,,,Busy||Occupied,\n", `policy.csv:4: code 486: variant phrase ""`},
		{okIANA, okPolicy + "486,, Busy Here,,,\n", `policy.csv:4: code 486: " Busy Here" has surrounding spaces`},
		{okIANA, okPolicy + "202,,,,,\n", "policy.csv:4: code 202 is listed twice (first on line 3)"},
		{okIANA, okPolicy + "100,removed,,,,\n", "policy.csv:4: code 100 is registered (iana.csv:2): only codes IANA does not list can be removed"},
		{okIANA, okPolicy + "499,,,,,\n", "policy.csv:4: code 499 is not in iana.csv: only a removed code with its reason and reference can be added"},
		{okIANA, okPolicy + "409,removed,Conflict,,,\n", "policy.csv:4: code 409 is not in iana.csv"},
		{okIANA, policyHead, `iana.csv:3: IANA marks 202 "Accepted" deprecated; say so in policy.csv (status deprecated)`},
		{ianaHead + "202,Accepted,[RFC6665]\n", okPolicy, "policy.csv:3: code 202 is deprecated, but IANA no longer marks it so (iana.csv:2)"},
		{ianaHead + "406,Not Acceptable,[RFC3261]\n506,Not Acceptable 606,[RFC3261]\n606,Not Acceptable,[RFC3261]\n", policyHead, "codes 506 and 606 both make the name NotAcceptable606"},
	}
	for _, tt := range tests {
		_, err := regen.Generate(regen.File{Name: "iana.csv", Data: []byte(tt.iana)}, regen.File{Name: "policy.csv", Data: []byte(tt.policy)})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Generate(%q, %q) error = %v, want it to contain %q", tt.iana, tt.policy, err, tt.want)
		}
	}
	// The real files, under their own names.
	broken := regen.File{Name: policy.Name, Data: append(bytes.Clone(policy.Data), "486,busy,,,,\n"...)}
	lines := bytes.Count(broken.Data, []byte("\n"))
	want := policyPath + ":" + strconv.Itoa(lines) + `: code 486: unknown status "busy"`
	if _, err := regen.Generate(iana, broken); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("broken policy.csv: error = %v, want %q", err, want)
	}
}

// TestGenerateUnassigned: rows IANA marks Unassigned are skipped, and a
// byte order mark before the header is dropped.
func TestGenerateUnassigned(t *testing.T) {
	iana := "\ufeffNumber,Description,Reference\n100,Trying,[RFC3261]\n101-179,Unassigned,\n"
	out, err := regen.Generate(regen.File{Name: "iana.csv", Data: []byte(iana)}, regen.File{Name: "policy.csv", Data: []byte("code,status,reason,reference,variants,note\n")})
	if err != nil {
		t.Fatal(err)
	}
	if want := "code,reason,class,status,reference,older_or_variant_reasons\n100,Trying,provisional,active,RFC3261,\n"; string(out.Codes) != want {
		t.Errorf("codes = %q, want %q", out.Codes, want)
	}
}

func TestConstName(t *testing.T) {
	for phrase, want := range map[string]string{
		"Busy Here":                       "BusyHere",
		"OK":                              "OK",
		"Call/Transaction Does Not Exist": "CallTransactionDoesNotExist",
		"Request-URI Too Long":            "RequestURITooLong",
		"Server Time-out":                 "ServerTimeout",
		"Max-Breadth Exceeded":            "MaxBreadthExceeded",
		"Unknown Resource-Priority":       "UnknownResourcePriority",
		"Unsupported URI Scheme":          "UnsupportedURIScheme",
		"Version Not Supported":           "VersionNotSupported",
		"SIP Version not supported":       "SIPVersionNotSupported",
		"Call Is Being Forwarded":         "CallIsBeingForwarded",
	} {
		if got := regen.ConstName(phrase); got != want {
			t.Errorf("ConstName(%q) = %q, want %q", phrase, got, want)
		}
	}
}
