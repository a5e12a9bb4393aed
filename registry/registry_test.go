package registry

import (
	"strings"
	"testing"
)

// TestEmbeddedData is the guard that makes a malformed codes.csv a test
// failure instead of a panic in a user's linter run.
func TestEmbeddedData(t *testing.T) {
	codes, err := parse(data)
	if err != nil {
		t.Fatalf("codes.csv: %v", err)
	}
	// 75 IANA codes plus 303, 409 and 411.
	if got, want := len(codes), 78; got != want {
		t.Errorf("codes.csv has %d codes, want %d", got, want)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		value     int
		reason    string
		class     Class
		status    Status
		reference string
	}{
		{100, "Trying", Provisional, Active, "RFC 3261"},
		{202, "Accepted", Success, Deprecated, "RFC 6665"},
		{303, "See Other", Redirection, Removed, "RFC 2543"},
		{402, "Payment Required", ClientFailure, Reserved, "RFC 3261"},
		{409, "Conflict", ClientFailure, Removed, "RFC 2543"},
		{416, "Unsupported URI Scheme", ClientFailure, Active, "RFC 3261"},
		{486, "Busy Here", ClientFailure, Active, "RFC 3261"},
		{500, "Server Internal Error", ServerFailure, Active, "RFC 3261"},
		{608, "Rejected", GlobalFailure, Active, "RFC 8688"},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.value)
		if !ok {
			t.Errorf("Lookup(%d) not found", tt.value)
			continue
		}
		if c.Value != tt.value || c.Reason != tt.reason || c.Class != tt.class || c.Status != tt.status || c.Reference != tt.reference {
			t.Errorf("Lookup(%d) = %+v, want %d %q %v %v %q", tt.value, c, tt.value, tt.reason, tt.class, tt.status, tt.reference)
		}
	}
	for _, v := range []int{0, -1, 99, 101, 478, 499, 687, 699, 700, 1486} {
		if c, ok := Lookup(v); ok {
			t.Errorf("Lookup(%d) = %+v, want not found", v, c)
		}
	}
}

func TestVariants(t *testing.T) {
	c, _ := Lookup(504)
	if want := []string{"Gateway Time-out", "Server Timeout"}; strings.Join(c.Variants, "|") != strings.Join(want, "|") {
		t.Errorf("504 variants = %q, want %q", c.Variants, want)
	}
	c.Variants[0] = "changed"
	if again, _ := Lookup(504); again.Variants[0] != "Gateway Time-out" {
		t.Errorf("changing a returned Variants slice changed the registry")
	}
}

func TestAllSorted(t *testing.T) {
	all := All()
	for i := 1; i < len(all); i++ {
		if all[i-1].Value >= all[i].Value {
			t.Fatalf("All() not sorted at %d: %d then %d", i, all[i-1].Value, all[i].Value)
		}
	}
	statuses := map[Status]int{}
	for _, c := range all {
		statuses[c.Status]++
	}
	if statuses[Deprecated] != 1 || statuses[Reserved] != 1 || statuses[Removed] != 3 {
		t.Errorf("status counts = %v, want 1 deprecated, 1 reserved, 3 removed", statuses)
	}
}

func TestStrings(t *testing.T) {
	classes := map[Class]string{Provisional: "provisional", Success: "success", Redirection: "redirection",
		ClientFailure: "client-failure", ServerFailure: "server-failure", GlobalFailure: "global-failure", 9: "Class(9)"}
	for c, want := range classes {
		if got := c.String(); got != want {
			t.Errorf("Class(%d).String() = %q, want %q", int(c), got, want)
		}
	}
	statuses := map[Status]string{Active: "active", Deprecated: "deprecated", Reserved: "reserved", Removed: "removed", 7: "Status(7)"}
	for s, want := range statuses {
		if got := s.String(); got != want {
			t.Errorf("Status(%d).String() = %q, want %q", int(s), got, want)
		}
	}
}

const testHeader = "code,reason,class,status,reference,older_or_variant_reasons\n"

func TestParseErrors(t *testing.T) {
	tests := []struct{ data, want string }{
		{"", "line 1: empty file"},
		{testHeader + "\"0", "line 2: extraneous or missing \" in quoted-field"},
		{"code,reason\n", "line 1: wrong number of fields"},
		{"a,b,c,d,e,f\n", "line 1: header is"},
		{testHeader, "no codes"},
		{testHeader + "48x,Busy Here,client-failure,active,RFC3261,\n", `line 2: code "48x" is not a three-digit number`},
		{testHeader + "0486,Busy Here,client-failure,active,RFC3261,\n", "not a three-digit number"},
		{testHeader + "786,Busy Here,client-failure,active,RFC3261,\n", "outside 100..699"},
		{testHeader + "486,,client-failure,active,RFC3261,\n", "reason"},
		{testHeader + "486, Busy Here,client-failure,active,RFC3261,\n", "surrounding spaces"},
		{testHeader + "486,Busy Here,server-failure,active,RFC3261,\n", `class "server-failure", want "client-failure"`},
		{testHeader + "486,Busy Here,client-failure,gone,RFC3261,\n", `unknown status "gone"`},
		{testHeader + "486,Busy Here,client-failure,active,3261,\n", "reference"},
		{testHeader + "486,Busy Here,client-failure,active,RFC3261,a||b\n", "variant"},
		{testHeader + "486,Busy Here,client-failure,active,RFC3261,\n480,Temporarily Unavailable,client-failure,active,RFC3261,\n", "line 3: code 480 is out of order"},
		{testHeader + "486,Busy Here,client-failure,active,RFC3261\n", "line 2: wrong number of fields"},
	}
	for _, tt := range tests {
		_, err := parse([]byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parse(%q) error = %v, want it to contain %q", tt.data, err, tt.want)
		}
	}
}

// FuzzParse: any input gives a clear error or a registry that keeps the
// invariants the analyzer relies on.
func FuzzParse(f *testing.F) {
	f.Add(data)
	f.Add([]byte(testHeader + "486,Busy Here,client-failure,active,RFC3261,Busy|Occupied\n"))
	f.Add([]byte(testHeader + "486,\"Busy, Here\",client-failure,active,RFC3261,\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		codes, err := parse(in)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		for i, c := range codes {
			if c.Value < 100 || c.Value > 699 || int(c.Class) != c.Value/100 || c.Reason == "" {
				t.Fatalf("invalid code accepted: %+v", c)
			}
			if i > 0 && codes[i-1].Value >= c.Value {
				t.Fatalf("codes not strictly sorted at %d", i)
			}
		}
	})
}

// TestTreatedAs: an unknown provisional response is 183, any other the x00
// of its class (RFC 3261 section 8.1.3.2).
func TestTreatedAs(t *testing.T) {
	for value, want := range map[int]int{199: 183, 101: 183, 499: 400, 209: 200, 388: 300, 599: 500, 699: 600} {
		if got := TreatedAs(value).Value; got != want {
			t.Errorf("TreatedAs(%d) = %d, want %d", value, got, want)
		}
	}
}
