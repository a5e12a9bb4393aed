package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The sipstatusapp module (e2e/testdata/sipstatusapp) is written on
// example.com/gosiplike (e2e/testdata/gosiplike), a stand-in of our own for
// a gosip-shaped library: a defined StatusCode type, no status constants,
// described by the -config table gosiplike.stack. It requires this
// repository's sipstatus module through a replace, so fixes use sipstatus's
// constants with no -constants flag.
var wantSipstatusFindings = []string{
	"handler.go:16:31: use sipstatus.BusyHere instead of 486 (Busy Here)",
	"handler.go:18:30: use sipstatus.NotImplemented instead of 501 (Not Implemented)",
	"reject.go:7:17: use sipstatus.CallTransactionDoesNotExist instead of 481 (Call/Transaction Does Not Exist)",
	"reject.go:8:31: use sipstatus.Decline instead of 603 (Decline)",
	`reject.go:8:36: reason phrase "Declined" misspells "Decline" (603)`,
	"reject.go:10:30: 409 Conflict is not a SIP response code: RFC 3261 removed it and IANA never registered it; a UAC treats it as 400 Bad Request",
}

// sipstatusAppCopy copies the two modules side by side to a temporary
// directory (copyTree, robust_test.go) and points the copy's replace of sipstatus at the repository's
// sipstatus directory. It returns the application module's directory.
func sipstatusAppCopy(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, name := range []string{"gosiplike", "sipstatusapp"} {
		copyTree(t, filepath.Join("testdata", name), filepath.Join(root, name))
	}
	app := filepath.Join(root, "sipstatusapp")
	sipstatus, err := filepath.Abs(filepath.Join("..", "sipstatus"))
	if err != nil {
		t.Fatal(err)
	}
	gomod := filepath.Join(app, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	const rel = "=> ../../../sipstatus"
	if !strings.Contains(string(data), rel) {
		t.Fatalf("sipstatusapp/go.mod lacks %q", rel)
	}
	data = []byte(strings.Replace(string(data), rel, "=> "+filepath.ToSlash(sipstatus), 1))
	if err := os.WriteFile(gomod, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return app
}

// TestSipstatusModule: the findings name sipstatus's constants; -fix writes
// them, adds the import to the file that lacks it, and the module still
// builds and vets; only the finding without a fix (409) is left.
func TestSipstatusModule(t *testing.T) {
	bin, dir := sipcodeBinary(t), sipstatusAppCopy(t)
	out, code := run(t, dir, bin, "-config=gosiplike.stack", "./...")
	if code != 3 {
		t.Errorf("sipcode ./...: exit %d, want 3 (findings)\n%s", code, out)
	}
	diffFindings(t, "sipstatusapp", goFindings(out, dir), wantSipstatusFindings)

	if out, code := run(t, dir, bin, "-config=gosiplike.stack", "-fix", "./..."); code != 0 && code != 3 {
		t.Fatalf("sipcode -fix: exit %d\n%s", code, out)
	}
	files := snapshot(t, dir)
	for file, wants := range map[string][]string{
		"handler.go": {
			`return sip.NewResponse(req, sipstatus.BusyHere, "Busy Here")`,
			`return sip.NewResponse(req, sipstatus.NotImplemented, "Not Implemented")`,
		},
		"reject.go": {
			`"github.com/sipcode/sipcode/sipstatus"`,
			`if res.Code == sipstatus.CallTransactionDoesNotExist {`,
			`return sip.NewResponse(req, sipstatus.Decline, "Decline")`,
			`return sip.NewResponse(req, 409, "Conflict")`,
		},
	} {
		for _, want := range wants {
			if !strings.Contains(files[file], want) {
				t.Errorf("fixed %s lacks %q:\n%s", file, want, files[file])
			}
		}
	}
	if out, code := run(t, dir, "go", "build", "./..."); code != 0 {
		t.Fatalf("the fixed module does not build:\n%s", out)
	}
	if out, code := run(t, dir, "go", "vet", "./..."); code != 0 {
		t.Fatalf("go vet fails on the fixed module:\n%s", out)
	}
	out, _ = run(t, dir, bin, "-config=gosiplike.stack", "./...")
	// The added import line moves 409 down one line.
	left := strings.Replace(wantSipstatusFindings[5], "reject.go:10:", "reject.go:11:", 1)
	diffFindings(t, "sipstatusapp after -fix", goFindings(out, dir), []string{left})
}
