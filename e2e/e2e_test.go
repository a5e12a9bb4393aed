// Package e2e runs the built sipcode binary on the demo module, which uses
// the real sipgo and diago from the Go module proxy, through every driver.
package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
)

// wantFindings are the demo module's findings, standalone and under go vet.
var wantFindings = []string{
	"dialog.go:14:19: use sip.StatusGlobalDecline instead of 603 (Decline)",
	`dialog.go:14:24: reason phrase "Declined" misspells "Decline" (603)`,
	"dialog.go:21:51: use sip.StatusUnauthorized instead of 401 (Unauthorized)",
	"server.go:17:46: use sip.StatusBadRequest instead of 400 (Bad Request)",
	"server.go:20:45: use sip.StatusBusyHere instead of 486 (Busy Here)",
	`server.go:20:50: reason phrase "OK" is that of 200; 486 is "Busy Here"`,
	"server.go:25:45: use sip.StatusUnauthorized instead of http.StatusUnauthorized, a net/http constant (401 Unauthorized)",
	`server.go:25:70: reason phrase "Unathorized" misspells "Unauthorized" (401)`,
	"server.go:30:45: 409 Conflict is not a SIP response code: RFC 3261 removed it and IANA never registered it; a UAC treats it as 400 Bad Request",
	"server.go:39:17: 499 is not a registered SIP response code: a UAC treats it as 400 Bad Request (RFC 3261 section 8.1.3.2)",
	"server.go:46:8: use sip.StatusTemporarilyUnavailable instead of 480 (Temporarily Unavailable)",
	"server.go:46:13: use sip.StatusServiceUnavailable instead of 503 (Service Unavailable)",
	"server.go:48:8: 1486 is not a SIP response code: codes are three digits, 100 to 699",
	"server.go:53:23: use sip.StatusRinging instead of 180 (Ringing)",
	// header (issue 10): the 401 carries no challenge; no automatic fix.
	"server.go:25:45: 401 response without WWW-Authenticate: a 401 MUST carry a challenge (RFC 3261 §22.2 MUST)",
}

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// sipcodeBinary builds cmd/sipcode once per test run.
func sipcodeBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sipcode-e2e-bin")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "sipcode")
		if runtime.GOOS == "windows" {
			binary += ".exe"
		}
		out, err := exec.Command("go", "build", "-o", binary, "github.com/sipcode/sipcode/cmd/sipcode").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building sipcode: %v", buildErr)
	}
	return binary
}

// demoCopy copies examples/demo to a temporary directory, so that -fix
// never touches the repository.
func demoCopy(t *testing.T) string { return exampleCopy(t, "demo") }

// exampleCopy copies the module examples/name to a temporary directory.
func exampleCopy(t *testing.T, name string) string {
	t.Helper()
	return moduleCopy(t, filepath.Join("..", "examples", name))
}

// moduleCopy copies the module in src (its whole tree, writable) to a
// temporary directory.
func moduleCopy(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	copyTree(t, src, dst)
	return dst
}

// run runs a command in dir and returns its combined output and exit code.
func run(t *testing.T, dir string, name string, args ...string) (string, int) {
	t.Helper()
	return runEnv(t, dir, nil, name, args...)
}

// runEnv is run with more environment variables (after GOFLAGS=-mod=mod,
// so a GOFLAGS of env replaces it).
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=mod"), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out.String(), 0
	case errors.As(err, &exit):
		return out.String(), exit.ExitCode()
	}
	t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	return "", -1
}

// findings returns the diagnostic lines of out, relative to dir, sorted.
func findings(out, dir string) []string {
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimPrefix(line, dir+string(filepath.Separator))
		line = strings.TrimPrefix(line, "."+string(filepath.Separator))
		if strings.HasPrefix(line, "dialog.go:") || strings.HasPrefix(line, "server.go:") {
			lines = append(lines, line)
		}
	}
	slices.Sort(lines)
	return lines
}

// goFindings returns the diagnostic lines of out that name a .go file,
// relative to dir, sorted.
func goFindings(out, dir string) []string {
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimPrefix(line, dir+string(filepath.Separator))
		line = strings.TrimPrefix(line, "."+string(filepath.Separator))
		if file, _, ok := strings.Cut(line, ":"); ok && strings.HasSuffix(file, ".go") && !strings.Contains(file, " ") {
			lines = append(lines, line)
		}
	}
	slices.Sort(lines)
	return lines
}

func diffFindings(t *testing.T, what string, got, want []string) {
	t.Helper()
	want = slices.Sorted(slices.Values(want))
	if !slices.Equal(got, want) {
		t.Errorf("%s findings:\n got: %s\nwant: %s", what, strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}

func TestStandalone(t *testing.T) {
	bin, dir := sipcodeBinary(t), demoCopy(t)
	out, code := run(t, dir, bin, "./...")
	if code != 3 {
		t.Errorf("sipcode ./...: exit %d, want 3 (findings)\n%s", code, out)
	}
	diffFindings(t, "standalone", findings(out, dir), wantFindings)
}

func TestGoVet(t *testing.T) {
	bin, dir := sipcodeBinary(t), demoCopy(t)
	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if code != 1 {
		t.Errorf("go vet: exit %d, want 1 (findings)\n%s", code, out)
	}
	diffFindings(t, "go vet", findings(out, dir), wantFindings)
}

func TestJSON(t *testing.T) {
	bin, dir := sipcodeBinary(t), demoCopy(t)
	out, code := run(t, dir, bin, "-json", "./...")
	if code != 0 {
		t.Errorf("sipcode -json: exit %d, want 0\n%s", code, out)
	}
	var tree map[string]map[string][]struct {
		Category string `json:"category"`
		Message  string `json:"message"`
		Fixes    []any  `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json output: %v\n%s", err, out)
	}
	categories := map[string]int{}
	for _, d := range tree["example.com/demo"]["sipcode"] {
		categories[d.Category]++
		if len(d.Fixes) > 1 {
			t.Errorf("%q has %d fixes, want at most one", d.Message, len(d.Fixes))
		}
	}
	want := map[string]int{"literal": 8, "reason": 3, "deprecated": 1, "unknown": 1, "invalid": 1}
	for c, n := range want {
		if categories[c] != n {
			t.Errorf("-json: %d %s diagnostics, want %d (all: %v)", categories[c], c, n, categories)
		}
	}
}

// TestFix applies every fix, checks the module still builds, that no
// literal or reason finding is left, and that a second -fix changes nothing.
func TestFix(t *testing.T) {
	bin, dir := sipcodeBinary(t), demoCopy(t)
	if out, code := run(t, dir, bin, "-fix", "./..."); code != 0 && code != 3 {
		t.Fatalf("sipcode -fix: exit %d\n%s", code, out)
	}
	if out, code := run(t, dir, "go", "build", "./..."); code != 0 {
		t.Fatalf("the fixed module does not build:\n%s", out)
	}
	if out, code := run(t, dir, "go", "vet", "./..."); code != 0 {
		t.Fatalf("go vet fails on the fixed module:\n%s", out)
	}
	after := snapshot(t, dir)
	out, _ := run(t, dir, bin, "./...")
	for _, line := range findings(out, dir) {
		if strings.Contains(line, ": use ") || strings.Contains(line, "reason phrase") {
			t.Errorf("left after -fix: %s", line)
		}
	}
	remaining := findings(out, dir)
	if len(remaining) != 4 { // deprecated 409, unknown 499, invalid 1486, header 401: no automatic fix
		t.Errorf("after -fix: %d findings, want 4:\n%s", len(remaining), strings.Join(remaining, "\n"))
	}
	if out, code := run(t, dir, bin, "-fix", "./..."); code != 0 && code != 3 {
		t.Fatalf("second sipcode -fix: exit %d\n%s", code, out)
	}
	if again := snapshot(t, dir); !maps.Equal(after, again) {
		t.Errorf("a second -fix changed files: -fix is not idempotent")
	}
}

func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	matches, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, m := range matches {
		data, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(m)] = string(data)
	}
	return files
}
