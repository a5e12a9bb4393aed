package e2e

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestExplain runs the built binary's -explain: exit status 0 with the text
// for a category, a code and a rule, 2 with the list of what is valid for a
// missing or unknown argument; and the flags go vet relies on (-V=full,
// -flags) still work, -flags not listing -explain.
func TestExplain(t *testing.T) {
	bin := sipcodeBinary(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		args   []string
		status int
		want   []string
	}{
		{[]string{"-explain", "literal"}, 0, []string{"literal: an integer literal", "**Bad.**", "docs/checks.md#literal"}},
		{[]string{"-explain", "header"}, 0, []string{"header: ", "WWW-Authenticate"}},
		{[]string{"-explain", "486"}, 0, []string{"486 Busy Here", "sip.StatusBusyHere", "sipstatus.BusyHere"}},
		{[]string{"-explain=409"}, 0, []string{"Status: removed.", "400 Bad Request"}},
		{[]string{"-explain", "header-401"}, 0, []string{"header-401: ", "WWW-Authenticate", "docs/checks.md#header-401"}},
		{[]string{"-explain", "method-ack"}, 0, []string{"ACK takes no response"}},
		{[]string{"-explain"}, 2, []string{"-explain needs an argument", "a category: literal", "a rule: header-401", "100..699"}},
		{[]string{"-explain", "99999"}, 2, []string{`cannot explain "99999"`, "a response code: 100..699"}},
		{[]string{"-explain", "lit"}, 2, []string{`cannot explain "lit"`, "did you mean literal?"}},
		{[]string{"-explain", "literal", "./..."}, 2, []string{"no other flags or packages"}},
		{[]string{"-V=full"}, 0, []string{"version"}},
	} {
		out, status := run(t, dir, bin, tc.args...)
		if status != tc.status {
			t.Errorf("sipcode %s: exit %d, want %d\n%s", strings.Join(tc.args, " "), status, tc.status, out)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("sipcode %s: no %q in\n%s", strings.Join(tc.args, " "), w, out)
			}
		}
	}
	out, status := run(t, dir, bin, "-flags")
	var flags []struct{ Name string }
	if err := json.Unmarshal([]byte(out), &flags); status != 0 || err != nil || len(flags) == 0 {
		t.Fatalf("sipcode -flags: exit %d, %v\n%s", status, err, out)
	}
	for _, f := range flags {
		if f.Name == "explain" {
			t.Errorf("sipcode -flags lists -explain: go vet would pass it on")
		}
	}
}
