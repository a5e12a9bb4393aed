package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestProtocol runs sipcode on e2e/testdata/protocol, a server on the real
// sipgo v1.7.2 and diago v0.42.1: every line marked BAD must get exactly
// one header or method finding, and no other line any.
func TestProtocol(t *testing.T) {
	bin, dir := sipcodeBinary(t), moduleCopy(t, filepath.Join("testdata", "protocol"))
	out, code := run(t, dir, bin, "-checks=header,method", "./...")
	if code != 3 {
		t.Fatalf("sipcode -checks=header,method: exit %d, want 3\n%s", code, out)
	}
	src, err := os.ReadFile(filepath.Join(dir, "server.go"))
	if err != nil {
		t.Fatal(err)
	}
	var want []int
	for i, line := range strings.Split(string(src), "\n") {
		if strings.Contains(line, "// BAD") {
			want = append(want, i+1)
		}
	}
	got := findingLines(t, out, "server.go")
	if !slices.Equal(got, want) {
		t.Errorf("findings on lines %v, want the BAD lines %v\n%s", got, want, out)
	}
	// Each category alone.
	out, _ = run(t, dir, bin, "-checks=method", "./...")
	if n := len(findingLines(t, out, "server.go")); n != 4 {
		t.Errorf("-checks=method: %d findings, want 4 (ACK, 180, 407 to CANCEL, 408)\n%s", n, out)
	}
}

var findingLine = regexp.MustCompile(`(?m)^(?:.*/)?([\w.]+\.go):(\d+):\d+: `)

func findingLines(t *testing.T, out, file string) []int {
	t.Helper()
	var lines []int
	for _, m := range findingLine.FindAllStringSubmatch(out, -1) {
		if m[1] == file {
			n, _ := strconv.Atoi(m[2])
			lines = append(lines, n)
		}
	}
	slices.Sort(lines)
	return lines
}

// TestProtocolLibraries runs the header and method checks over copies of
// sipgo v1.7.2 and diago v0.42.1 from the module cache: sipgo's default
// 405 handler and diago's digest server 401s must be reported.
func TestProtocolLibraries(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: analyses two whole modules")
	}
	bin := sipcodeBinary(t)
	cache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		module string
		want   []string
	}{
		{"github.com/emiago/sipgo@v1.7.2", []string{"server.go:371:41: 405 response without Allow", "server_test.go:403:42: 405 response without Allow", "dialog_integration_test.go:97:47: 400 response to ACK"}},
		{"github.com/emiago/diago@v0.42.1", []string{"digest_auth.go:108:42: 401 response without WWW-Authenticate", "digest_auth.go:126:42: 401 response without WWW-Authenticate"}},
	} {
		src := filepath.Join(strings.TrimSpace(string(cache)), filepath.FromSlash(tt.module))
		if _, err := os.Stat(src); err != nil {
			t.Skipf("%s is not in the module cache (go mod download in e2e/testdata/protocol): %v", tt.module, err)
		}
		dir := moduleCopy(t, src)
		// The module zip lacks the certificates sipgo's tests embed.
		certs := filepath.Join(dir, "testdata", "certs")
		_ = os.MkdirAll(certs, 0o755)
		for _, f := range []string{"server.crt", "server.key", "client.crt", "client.key"} {
			if _, err := os.Stat(filepath.Join(certs, f)); err != nil {
				_ = os.WriteFile(filepath.Join(certs, f), nil, 0o644)
			}
		}
		out, _ := run(t, dir, bin, "-checks=header,method", "-test", "./...")
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no finding %q in\n%s", tt.module, w, out)
			}
		}
	}
}
