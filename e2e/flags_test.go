package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHelp: sipcode -help lists the driver's flags, the analyzer's, and
// the two handled before the driver: -explain and -sarif. -tags says what
// it does, not "no effect".
func TestHelp(t *testing.T) {
	bin := sipcodeBinary(t)
	for _, flag := range []string{"-help", "-h"} {
		out, code := run(t, t.TempDir(), bin, flag)
		if code != 0 {
			t.Errorf("sipcode %s: exit %d, want 0", flag, code)
		}
		for _, want := range []string{"-checks", "-cross-package", "-fix", "-json", "-test", "-explain X", "-sarif FILE", "build tags"} {
			if !strings.Contains(out, want) {
				t.Errorf("sipcode %s does not name %s:\n%s", flag, want, out)
			}
		}
		if i := strings.Index(out, "-tags string"); i < 0 || strings.Contains(out[i:i+80], "no effect") {
			t.Errorf("sipcode %s: -tags listed as having no effect:\n%s", flag, out)
		}
	}
	// -sarif's own driver has a -help of its own.
	out, code := run(t, t.TempDir(), bin, "-sarif=x.sarif", "-help")
	if code != 0 || !strings.Contains(out, "Usage: sipcode -sarif=FILE") || !strings.Contains(out, "-cross-package") {
		t.Errorf("sipcode -sarif -help: exit %d\n%s", code, out)
	}
}

// TestBuildTags: a finding in a file behind //go:build integration is
// reported by every driver given the tag, the standalone -tags in both
// spellings included, and by none without it.
func TestBuildTags(t *testing.T) {
	bin, dir := sipcodeBinary(t), demoCopy(t)
	writeFiles(t, dir, map[string]string{"integ.go": "//go:build integration\n\npackage demo\n\n" +
		"import \"github.com/emiago/sipgo/sip\"\n\nfunc integ() *sip.Response { return sip.NewResponse(404, \"Not Found\") }\n"})
	const finding = "integ.go:7:53: use sip.StatusNotFound instead of 404 (Not Found)"
	for _, tc := range []struct {
		name string
		env  []string
		cmd  []string
		want bool
	}{
		{"standalone", nil, []string{bin, "./..."}, false},
		{"standalone -tags=", nil, []string{bin, "-tags=integration", "./..."}, true},
		{"standalone -tags with a space", nil, []string{bin, "-tags", "integration", "./..."}, true},
		{"standalone GOFLAGS", []string{"GOFLAGS=-mod=mod -tags=integration"}, []string{bin, "./..."}, true},
		{"standalone -sarif -tags", nil, []string{bin, "-sarif=" + filepath.Join(t.TempDir(), "x.sarif"), "-tags=integration", "./..."}, true},
		{"go vet", nil, []string{"go", "vet", "-vettool=" + bin, "./..."}, false},
		{"go vet -tags", nil, []string{"go", "vet", "-tags=integration", "-vettool=" + bin, "./..."}, true},
	} {
		out, _ := runEnv(t, dir, tc.env, tc.cmd[0], tc.cmd[1:]...)
		if got := strings.Contains(strings.Join(goFindings(out, dir), "\n"), finding); got != tc.want {
			t.Errorf("%s: reports the tagged file: %v, want %v\n%s", tc.name, got, tc.want, out)
		}
	}
}

// TestSARIFExitCodes: -sarif exits 0 with findings, once the file is
// written; 1 when a package does not compile, the file still written and
// marked unsuccessful; 2 for flags it does not take, with what to do.
func TestSARIFExitCodes(t *testing.T) {
	bin, dir := sipcodeBinary(t), demoCopy(t)
	log, out, code := runSARIF(t, dir, "-checks=deprecated", "./...")
	if code != 0 || len(log.Runs[0].Results) != 1 {
		t.Errorf("findings: exit %d with %d results, want 0 with 1\n%s", code, len(log.Runs[0].Results), out)
	}
	writeFiles(t, dir, map[string]string{"broken.go": "package demo\n\nfunc broken() { return 1 }\n"})
	log, out, code = runSARIF(t, dir, "./...")
	if code != 1 || log.Runs[0].Invocations[0].ExecutionSuccessful {
		t.Errorf("a package that does not compile: exit %d, executionSuccessful %v; want 1, false\n%s", code, log.Runs[0].Invocations[0].ExecutionSuccessful, out)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-sarif=x.sarif", "-fix", "./..."}, "-fix does not go with -sarif"},
		{[]string{"-sarif=x.sarif", "-json", "./..."}, "-json does not go with -sarif"},
		{[]string{"-sarif=x.sarif"}, "-sarif needs a file name and packages"},
		{[]string{"-sarif=x.sarif", "-checks=literals", "./..."}, `unknown check "literals"`},
	} {
		out, code := run(t, dir, bin, tc.args...)
		if code != 2 || !strings.Contains(out, tc.want) {
			t.Errorf("sipcode %s: exit %d, want 2 and %q\n%s", strings.Join(tc.args, " "), code, tc.want, out)
		}
		if _, err := os.Stat(filepath.Join(dir, "x.sarif")); err == nil {
			t.Errorf("sipcode %s wrote the file", strings.Join(tc.args, " "))
		}
	}
}
