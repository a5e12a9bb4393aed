package e2e

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGoVetCrossPackage runs the go vet step of the CI recipe in docs/integrations.md,
// go vet -vettool=sipcode -cross-package, on a module of the demo's
// dependencies where one package wraps sipgo and another calls the wrapper
// with bare codes: the calls are reported only with -cross-package, through
// the facts go vet passes from package to package.
func TestGoVetCrossPackage(t *testing.T) {
	bin := sipcodeBinary(t)
	dir := crossPackageModule(t)
	want := []string{
		"app/app.go:11:23: use sip.StatusBusyHere instead of 486 (Busy Here)",
		`app/app.go:11:28: reason phrase "OK" is that of 200; 486 is "Busy Here"`,
	}
	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "-cross-package", "./...")
	if code != 1 {
		t.Errorf("go vet -cross-package: exit %d, want 1 (findings)\n%s", code, out)
	}
	diffFindings(t, "go vet -cross-package", appFindings(out), want)

	out, code = run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if code != 0 || len(appFindings(out)) != 0 {
		t.Errorf("go vet without -cross-package: exit %d, want 0 and no findings (the wrapper is in another package)\n%s", code, out)
	}
}

// crossPackageModule is a module where one package wraps sipgo and another
// calls the wrapper with bare codes.
func crossPackageModule(t *testing.T) string {
	t.Helper()
	return scratchModule(t, map[string]string{
		"sipx/sipx.go": `// Package sipx wraps sipgo.
package sipx

import "github.com/emiago/sipgo/sip"

// Reject answers req with code and reason.
func Reject(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}
`,
		"app/app.go": `// Package app calls the wrapper of another package.
package app

import (
	"example.com/demo/sipx"

	"github.com/emiago/sipgo/sip"
)

func onInvite(req *sip.Request, tx sip.ServerTransaction) {
	sipx.Reject(tx, req, 486, "OK")
}
`,
	})
}

// appFindings returns go vet's diagnostic lines about app/app.go, sorted.
func appFindings(out string) []string {
	var got []string
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimPrefix(line, "."+string(filepath.Separator))
		if strings.HasPrefix(line, filepath.Join("app", "app.go")+":") {
			got = append(got, filepath.ToSlash(line))
		}
	}
	slices.Sort(got)
	return got
}
