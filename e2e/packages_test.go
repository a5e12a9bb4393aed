package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOddPackages: a package that does not type-check is skipped with the
// driver's own error, never given a sipcode report; a test-only package is
// analysed; a cgo package is analysed like any other.
func TestOddPackages(t *testing.T) {
	bin, dir := sipcodeBinary(t), demoCopy(t)
	write := func(name, src string) {
		t.Helper()
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("broken/broken.go", `package broken

import "github.com/emiago/sipgo/sip"

func f() *sip.Response { return sip.NewResponse(486, undefinedReason) }
`)
	write("testonly/x_test.go", `package testonly

import (
	"testing"

	"github.com/emiago/sipgo/sip"
)

func TestX(t *testing.T) { _ = sip.NewResponse(499, "Custom") }
`)
	write("withcgo/cgo.go", `package withcgo

// int answer(void) { return 42; }
import "C"

import "github.com/emiago/sipgo/sip"

func f() *sip.Response { _ = C.answer(); return sip.NewResponse(409, "Conflict") }

func g() *sip.Response { return sip.NewResponse(486, "Busy Here") }
`)
	out, code := run(t, dir, bin, "./...")
	if code != 1 {
		t.Errorf("exit %d, want 1 (a package has errors)\n%s", code, out)
	}
	if !strings.Contains(out, "undefined: undefinedReason") {
		t.Errorf("the type error is not reported:\n%s", out)
	}
	if strings.Contains(out, "broken.go:5:50: use sip.StatusBusyHere") || strings.Contains(out, "panic") {
		t.Errorf("the package that does not type-check got a sipcode report:\n%s", out)
	}
	for _, want := range []string{
		"x_test.go:9:48: 499 is not a registered SIP response code",
		"cgo.go:8:65: 409 Conflict is not a SIP response code",
		"cgo.go:10:49: use sip.StatusBusyHere instead of 486 (Busy Here)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	// cmd/cgo's output lives in the build cache: no fix may edit it.
	out, _ = run(t, dir, bin, "-json", "./withcgo")
	if !strings.Contains(out, "use sip.StatusBusyHere instead of 486") || strings.Contains(out, "suggested_fixes") {
		t.Errorf("want the cgo package's finding without a fix:\n%s", out)
	}
}
