package e2e

import (
	"testing"
)

// wantIdioms are the findings on examples/idioms, a module on the real
// sipgo v1.7.2, diago v0.42.1 and testify v1.11.1 written with the idioms
// of public SIP code (issue 9): function-literal wrappers, spread calls,
// locals copied from a code, sipfrag status lines and test assertions.
var wantIdioms = []string{
	"dialog.go:11:19: use sip.StatusSessionInProgress instead of 183 (Session Progress)",
	"dialog.go:18:7: use sip.StatusUnauthorized instead of 401 (Unauthorized)",
	"dialog.go:22:15: use sip.StatusBusyHere instead of 486 (Busy Here)",
	"idioms_test.go:13:19: use sip.StatusBusyHere instead of 486 (Busy Here)",
	"idioms_test.go:14:22: 499 is not a registered SIP response code: a UAC treats it as 400 Bad Request (RFC 3261 section 8.1.3.2)",
	"notify.go:12:39: use sip.StatusTrying instead of 100 (Trying)",
	"notify.go:14:37: use sip.StatusOK instead of 200 (OK)",
	"wrappers.go:20:18: use sip.StatusOK instead of 200 (OK)",
	"wrappers.go:27:11: use sip.StatusNotAcceptableHere instead of 488 (Not Acceptable Here)",
}

func TestIdioms(t *testing.T) {
	bin, dir := sipcodeBinary(t), exampleCopy(t, "idioms")
	out, code := run(t, dir, bin, "./...")
	if code != 3 {
		t.Errorf("sipcode ./...: exit %d, want 3 (findings)\n%s", code, out)
	}
	diffFindings(t, "idioms", goFindings(out, dir), wantIdioms)

	out, code = run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if code != 1 {
		t.Errorf("go vet: exit %d, want 1 (findings)\n%s", code, out)
	}
	diffFindings(t, "idioms under go vet", goFindings(out, dir), wantIdioms)
}

// TestIdiomsFix applies every fix (one adds the sip import to a file that
// has none) and checks that the module and its tests still build and vet,
// and that only the unregistered 499, which has no fix, is left.
func TestIdiomsFix(t *testing.T) {
	bin, dir := sipcodeBinary(t), exampleCopy(t, "idioms")
	if out, code := run(t, dir, bin, "-fix", "./..."); code != 0 && code != 3 {
		t.Fatalf("sipcode -fix: exit %d\n%s", code, out)
	}
	if out, code := run(t, dir, "go", "vet", "./..."); code != 0 {
		t.Fatalf("go vet fails on the fixed module:\n%s", out)
	}
	out, _ := run(t, dir, bin, "./...")
	diffFindings(t, "idioms after -fix", goFindings(out, dir), []string{wantIdioms[4]})
}
