package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The livekitsipgo module (e2e/testdata/livekitsipgo) is a bridge on the
// real github.com/livekit/sipgo at the pseudo-version livekit's SIP bridge
// pins, v0.13.2-0.20260519205735-a5b4a38b6ceb: sip.StatusCode is an alias
// of int there, sip.ServerTransaction the fork's own interface, and a
// handler takes (*slog.Logger, *sip.Request, sip.ServerTransaction).
var wantLivekitSipgoLiterals = []string{
	// Values the code spells with the alias: a result, a conversion, a
	// slice element, a field, a variable, a parameter.
	"codes.go:14:10: use sip.StatusBusyHere instead of 486 (Busy Here)",
	"codes.go:16:9: use sip.StatusTemporarilyUnavailable instead of 480 (Temporarily Unavailable)",
	"codes.go:27:31: use sip.StatusServiceUnavailable instead of 503 (Service Unavailable)",
	"codes.go:28:32: use sip.StatusGlobalDecline instead of 603 (Decline)",
	"codes.go:38:10: use sip.StatusForbidden instead of 403 (Forbidden)",
	"codes.go:41:21: use sip.StatusRequestTerminated instead of 487 (Request Terminated)",
}

var wantLivekitSipgoProtocol = []string{
	"server.go:43:50: 401 response without WWW-Authenticate: a 401 MUST carry a challenge (RFC 3261 §22.2 MUST); when the credentials were rejected, re-challenge or answer 403 (RFC 3261 §22.1)",
	"server.go:66:18: 200 response to INVITE without Contact: a 2xx to INVITE MUST carry a Contact, the remote target of the dialog it establishes or refreshes (RFC 3261 §12.1.1 and §20 (header table) MUST)",
	"server.go:78:49: 180 response to OPTIONS: no provisional response other than 100 to a non-INVITE request (RFC 4320 §4.1 MUST NOT)",
	"server.go:99:41: 405 response without Allow: a 405 MUST list the supported methods (RFC 3261 §8.2.1 MUST)",
}

func livekitSipgoCopy(t *testing.T) string {
	t.Helper()
	return moduleCopy(t, filepath.Join("testdata", "livekitsipgo"))
}

// TestLivekitSipgo: on the real fork, the handlers' bare 401 (rejected
// credentials), the no-route 405 sent with Server.WriteResponse, the SDP
// 200 without Contact and the 180 to OPTIONS (registered with OnRequest)
// are reported, and so are the literals in alias-typed values, with the
// fork's constants. The challenged 401, the 405 with Allow, the 200 with
// Contact and the plain ints stay silent.
func TestLivekitSipgo(t *testing.T) {
	bin, dir := sipcodeBinary(t), livekitSipgoCopy(t)
	out, code := run(t, dir, bin, "./...")
	if code != 3 {
		t.Fatalf("sipcode ./...: exit %d, want 3 (findings)\n%s", code, out)
	}
	diffFindings(t, "livekit/sipgo", goFindings(out, dir), slices.Concat(wantLivekitSipgoLiterals, wantLivekitSipgoProtocol))

	// The header and method findings are on the lines marked BAD, and
	// nowhere else.
	out, _ = run(t, dir, bin, "-checks=header,method", "./...")
	src, err := os.ReadFile(filepath.Join(dir, "server.go"))
	if err != nil {
		t.Fatal(err)
	}
	var bad []int
	for i, line := range strings.Split(string(src), "\n") {
		if strings.Contains(line, "// BAD") {
			bad = append(bad, i+1)
		}
	}
	if got := findingLines(t, out, "server.go"); !slices.Equal(got, bad) {
		t.Errorf("header and method findings on lines %v, want the BAD lines %v\n%s", got, bad, out)
	}
	if got := findingLines(t, out, "codes.go"); len(got) != 0 {
		t.Errorf("header and method findings in codes.go on lines %v\n%s", got, out)
	}
}

// TestLivekitSipgoFix applies the fixes: the module still builds and vets,
// the literals became the fork's constants, and only the protocol findings
// (which have no fix) are left.
func TestLivekitSipgoFix(t *testing.T) {
	bin, dir := sipcodeBinary(t), livekitSipgoCopy(t)
	if out, code := run(t, dir, bin, "-fix", "./..."); code != 0 && code != 3 {
		t.Fatalf("sipcode -fix: exit %d\n%s", code, out)
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		if out, code := run(t, dir, "go", args...); code != 0 {
			t.Fatalf("go %s on the fixed module:\n%s", strings.Join(args, " "), out)
		}
	}
	fixed := snapshot(t, dir)["codes.go"]
	for _, want := range []string{
		"return sip.StatusBusyHere\n",
		"return sip.StatusTemporarilyUnavailable\n",
		"[]sip.StatusCode{sip.StatusServiceUnavailable, sip.StatusRequestTimeout}",
		"hangupCause{Code: sip.StatusGlobalDecline, Reason: \"Decline\"}",
		"code = sip.StatusForbidden\n",
		"recordHangup(room, sip.StatusRequestTerminated)",
		"port := 5060\n",
		"budget := 404\n",
	} {
		if !strings.Contains(fixed, want) {
			t.Errorf("fixed codes.go lacks %q:\n%s", want, fixed)
		}
	}
	out, _ := run(t, dir, bin, "./...")
	diffFindings(t, "livekit/sipgo after -fix", goFindings(out, dir), wantLivekitSipgoProtocol)
}
