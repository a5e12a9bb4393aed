package e2e

import (
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The robustness tests run sipcode over large amounts of real code, tests
// included, and accept nothing but diagnostics: no panic, no internal error,
// no analysis skipped. They take a minute or two, so -short skips them.

// diagnosticLine is a line of the standalone driver's text output.
var diagnosticLine = regexp.MustCompile(`^\S+\.go:\d+:\d+: `)

// robustRun runs sipcode in dir on patterns and fails on anything but a
// clean run. It returns the diagnostic lines.
func robustRun(t *testing.T, dir string, patterns ...string) []string {
	t.Helper()
	out, code := run(t, dir, sipcodeBinary(t), patterns...)
	for _, bad := range []string{"panic", "internal error", "analysis skipped"} {
		if strings.Contains(out, bad) {
			t.Errorf("sipcode output has %q:\n%s", bad, tailLines(out, 40))
		}
	}
	if code != 0 && code != 3 {
		t.Errorf("sipcode exit status %d, want 0 or 3:\n%s", code, tailLines(out, 40))
	}
	// Exit status 3 hides status 1: the driver prints load errors, then
	// exits with the highest status. Lines that are not diagnostics are
	// load errors, which would leave packages unanalysed.
	var diags []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		switch {
		case line == "":
		case diagnosticLine.MatchString(line):
			diags = append(diags, line)
		default:
			t.Errorf("not a diagnostic: %s", line)
		}
	}
	return diags
}

func tailLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// moduleDir returns the module cache directory of path@version, or skips
// the test when the module can be neither found nor downloaded.
func moduleDir(t *testing.T, path, version string) string {
	t.Helper()
	cmd := exec.Command("go", "mod", "download", "-json", path+"@"+version)
	cmd.Dir = os.TempDir()
	out, err := cmd.Output()
	var m struct{ Dir, Error string }
	if err != nil || json.Unmarshal(out, &m) != nil || m.Dir == "" {
		t.Skipf("module %s@%s unavailable: %v %s", path, version, err, m.Error)
	}
	return m.Dir
}

// copyTree copies a module's files, leaving them writable.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		out := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestRobustSIPLibraries runs sipcode on all of diago v0.42.1 and sipgo
// v1.7.2, tests included: the code sipcode is written for, with every
// construct its authors use. diago is copied as the main module and sipgo
// into it, replacing the required version, so that the driver analyses the
// syntax of both (bench/main.go prepares the same target).
func TestRobustSIPLibraries(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs sipcode on all of sipgo and diago")
	}
	diago, sipgo := moduleDir(t, "github.com/emiago/diago", "v0.42.1"), moduleDir(t, "github.com/emiago/sipgo", "v1.7.2")
	dir := t.TempDir()
	copyTree(t, diago, dir)
	copyTree(t, sipgo, filepath.Join(dir, "_sipgo"))
	// sipgo's module zip lacks the certificates its TLS test embeds.
	certs := filepath.Join(dir, "_sipgo", "testdata", "certs")
	if err := os.MkdirAll(certs, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"server.crt", "server.key", "client.crt", "client.key"} {
		if err := os.WriteFile(filepath.Join(certs, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out, code := run(t, dir, "go", "mod", "edit", "-replace=github.com/emiago/sipgo=./_sipgo"); code != 0 {
		t.Fatalf("go mod edit: %s", out)
	}
	patterns := []string{"./..."}
	for _, pkg := range []string{"", "/sip", "/siptest", "/fakes", "/example/register/client", "/example/register/server"} {
		patterns = append(patterns, "github.com/emiago/sipgo"+pkg)
	}
	if out, code := run(t, dir, "go", append([]string{"list", "-deps", "-test"}, patterns...)...); code != 0 {
		t.Skipf("cannot resolve the modules of sipgo and diago: %s", tailLines(out, 10))
	}
	diags := robustRun(t, dir, patterns...)
	var inSipgo, inDiago int
	for _, d := range diags {
		if strings.Contains(d, "_sipgo"+string(filepath.Separator)) {
			inSipgo++
		} else {
			inDiago++
		}
	}
	// Both libraries have bare codes: no diagnostic in one of them means it
	// was not analysed.
	if inSipgo == 0 || inDiago == 0 {
		t.Errorf("%d diagnostics in sipgo, %d in diago: want some in each", inSipgo, inDiago)
	}
	t.Logf("%d diagnostics in sipgo, %d in diago", inSipgo, inDiago)
}

// stdTables make common std functions, fields and types code positions,
// so that sipcode walks the syntax of std (which imports no SIP library and
// would otherwise take the fast path) and finds, judges and fixes values in
// every kind of code there is.
const stdTables = `library std-as-sip
constants net/http
call net/http.Error code=2 reason=1
call net/http.StatusText code=0
call (net/http.ResponseWriter).WriteHeader code=0
call strconv.Itoa code=0
call (*strings.Builder).Grow code=0
call (*bytes.Buffer).Grow code=0
field net/http.Response.StatusCode
field net/http.Request.ContentLength
result (reflect.Value).Len
type go/token.Token
type reflect.Kind
type io/fs.FileMode
`

// TestRobustStd runs sipcode on the parts of the standard library richest
// in odd syntax and types: go/..., net/..., encoding/..., with tests, with
// tables that turn std's own APIs into code positions. Diagnostics are
// expected; anything else is a failure.
func TestRobustStd(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs sipcode on a slice of std")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module robust\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	config := filepath.Join(dir, "std.stack")
	if err := os.WriteFile(config, []byte(stdTables), 0o644); err != nil {
		t.Fatal(err)
	}
	diags := robustRun(t, dir, "-config", config, "go/...", "net/...", "encoding/...")
	if len(diags) == 0 {
		t.Errorf("no diagnostics: the tables made nothing in std a code position")
	}
	t.Logf("%d diagnostics", len(diags))
}
