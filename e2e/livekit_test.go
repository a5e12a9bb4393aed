package e2e

import (
	"path/filepath"
	"strings"
	"testing"
)

// The livekit module (e2e/testdata/livekit) uses the real
// github.com/livekit/protocol v1.54.1: its protobuf enum SIPStatusCode is a
// defined int32 type, its constants are SIPStatusCode_SIP_STATUS_BUSY_HERE.
var wantLivekitFindings = []string{
	"status.go:18:35: use livekit.SIPStatusCode_SIP_STATUS_BUSY_HERE instead of 486 (Busy Here)",
	"status.go:20:35: use livekit.SIPStatusCode_SIP_STATUS_OK instead of 200 (OK)",
	"status.go:22:34: use livekit.SIPStatusCode_SIP_STATUS_GLOBAL_DECLINE instead of 603 (Decline)",
	"status.go:28:7: use livekit.SIPStatusCode_SIP_STATUS_TEMPORARILY_UNAVAILABLE instead of 480 (Temporarily Unavailable)",
	"status.go:30:7: livekit.SIPStatusCode_SIP_STATUS_CONFLICT (409 Conflict) is not a SIP response code: RFC 3261 removed it and IANA never registered it; a UAC treats it as 400 Bad Request",
	"status.go:33:42: 499 is not a registered SIP response code: a UAC treats it as 400 Bad Request (RFC 3261 section 8.1.3.2)",
}

func livekitCopy(t *testing.T) string {
	t.Helper()
	return moduleCopy(t, filepath.Join("testdata", "livekit"))
}

func TestLivekitProtocol(t *testing.T) {
	bin, dir := sipcodeBinary(t), livekitCopy(t)
	out, code := run(t, dir, bin, "./...")
	if code != 3 {
		t.Errorf("sipcode ./...: exit %d, want 3 (findings)\n%s", code, out)
	}
	diffFindings(t, "livekit/protocol", goFindings(out, dir), wantLivekitFindings)
}

// TestLivekitProtocolFix applies the fixes: the module still builds, and
// only the two findings without a fix (409, 499) are left.
func TestLivekitProtocolFix(t *testing.T) {
	bin, dir := sipcodeBinary(t), livekitCopy(t)
	if out, code := run(t, dir, bin, "-fix", "./..."); code != 0 && code != 3 {
		t.Fatalf("sipcode -fix: exit %d\n%s", code, out)
	}
	if out, code := run(t, dir, "go", "build", "./..."); code != 0 {
		t.Fatalf("the fixed module does not build:\n%s", out)
	}
	fixed := snapshot(t, dir)["status.go"]
	for _, want := range []string{
		"&livekit.SIPStatus{Code: livekit.SIPStatusCode_SIP_STATUS_BUSY_HERE, Status: \"Busy Here\"}",
		"&livekit.SIPStatus{Code: livekit.SIPStatusCode_SIP_STATUS_OK}",
		"&livekit.SIPStatus{Code: livekit.SIPStatusCode_SIP_STATUS_GLOBAL_DECLINE}",
		"case livekit.SIPStatusCode_SIP_STATUS_TEMPORARILY_UNAVAILABLE, livekit.SIPStatusCode_SIP_STATUS_SERVICE_UNAVAILABLE:",
	} {
		if !strings.Contains(fixed, want) {
			t.Errorf("fixed status.go lacks %q:\n%s", want, fixed)
		}
	}
	out, _ := run(t, dir, bin, "./...")
	want := []string{wantLivekitFindings[4], wantLivekitFindings[5]}
	diffFindings(t, "livekit/protocol after -fix", goFindings(out, dir), want)
}
