package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestTransaction runs sipcode -checks=transaction on
// e2e/testdata/transaction, a server on the real sipgo v1.7.2 and diago
// v0.42.1: every line marked BAD must get exactly one finding of the rule
// it names, and no other line any (a dialog session's answers count, the
// diago serve handler, the waited-for goroutine and the run-time code stay
// silent).
func TestTransaction(t *testing.T) {
	bin, dir := sipcodeBinary(t), moduleCopy(t, filepath.Join("testdata", "transaction"))
	out, code := run(t, dir, bin, "-checks=transaction", "./...")
	if code != 3 {
		t.Fatalf("sipcode -checks=transaction: exit %d, want 3\n%s", code, out)
	}
	src, err := os.ReadFile(filepath.Join(dir, "server.go"))
	if err != nil {
		t.Fatal(err)
	}
	prefix := map[string]string{
		"unanswered":  "handler returns here without a final response",
		"twice":       "second final response on this transaction",
		"after-final": "provisional response after a final one",
		"late":        "response from a goroutine the handler does not wait for",
	}
	want := map[string]string{} // line -> message prefix
	for i, line := range strings.Split(string(src), "\n") {
		if _, rule, ok := strings.Cut(line, "// BAD: "); ok {
			want[strconv.Itoa(i+1)] = prefix[strings.TrimSpace(rule)]
		}
	}
	got := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)server\.go:(\d+):\d+: (.*)$`).FindAllStringSubmatch(out, -1) {
		if _, dup := got[m[1]]; dup {
			t.Errorf("line %s: two findings\n%s", m[1], out)
		}
		got[m[1]] = m[2]
	}
	for line, p := range want {
		if msg, ok := got[line]; !ok || !strings.Contains(msg, p) {
			t.Errorf("line %s: finding %q, want %q", line, msg, p)
		}
	}
	for line, msg := range got {
		if want[line] == "" {
			t.Errorf("line %s: unexpected finding %q", line, msg)
		}
	}
	for rule := range prefix {
		if !strings.Contains(string(src), "// BAD: "+rule) {
			t.Errorf("no BAD line for %s", rule)
		}
	}
}
