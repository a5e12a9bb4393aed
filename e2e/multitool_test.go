package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// multitoolEnv names Microsoft's SARIF Multitool binary (npm
// @microsoft/sarif-multitool), which .ci/run installs.
const multitoolEnv = "SIPCODE_SARIF_MULTITOOL"

// TestSARIFMultitool validates sipcode's SARIF with the Multitool's
// validate (the JSON schema and its SARIF rules): the demo's log, and that
// of a run where a package does not compile, must draw no error and no
// warning. A file with a required property removed must draw an error, so
// that the test is known to read the validator's findings.
func TestSARIFMultitool(t *testing.T) {
	tool := os.Getenv(multitoolEnv)
	if tool == "" {
		t.Skipf("%s is not set: install the SARIF Multitool (npm install @microsoft/sarif-multitool@5.7.0, as .ci/run does) and set it to the Sarif.Multitool binary", multitoolEnv)
	}
	bin, dir := sipcodeBinary(t), demoCopy(t)
	good := filepath.Join(t.TempDir(), "demo.sarif")
	if out, code := run(t, dir, bin, "-sarif="+good, "./..."); code != 0 {
		t.Fatalf("sipcode -sarif: exit %d\n%s", code, out)
	}
	if problems := validate(t, tool, good); len(problems) > 0 {
		t.Errorf("the demo's SARIF:\n%s", strings.Join(problems, "\n"))
	}
	writeFiles(t, dir, map[string]string{"broken.go": "package demo\n\nfunc broken() { return 1 }\n"})
	failed := filepath.Join(t.TempDir(), "failed.sarif")
	if out, code := run(t, dir, bin, "-sarif="+failed, "./..."); code != 1 {
		t.Fatalf("sipcode -sarif on a package that does not compile: exit %d, want 1\n%s", code, out)
	}
	if problems := validate(t, tool, failed); len(problems) > 0 {
		t.Errorf("the SARIF of a run with errors:\n%s", strings.Join(problems, "\n"))
	}
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "bad.sarif")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(data), `"name": "sipcode",`, "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if problems := validate(t, tool, bad); len(problems) == 0 {
		t.Errorf("a log without tool.driver.name passed validation: the test does not read the validator's findings")
	}
}

// validate runs the Multitool's validate on file and returns its errors
// and warnings (a result without a level is a warning, SARIF's default).
func validate(t *testing.T, tool, file string) []string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "validation.sarif")
	cmd := exec.Command(tool, "validate", file, "-o", out, "--log", "ForceOverwrite")
	cmd.Env = append(os.Environ(), "DOTNET_CLI_TELEMETRY_OPTOUT=1")
	stdout, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s validate: %v\n%s", tool, err, stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("%s validate wrote nothing: %v\n%s", tool, err, stdout)
	}
	var report struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful        bool `json:"executionSuccessful"`
				ToolExecutionNotifications []struct {
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text      string   `json:"text"`
					Arguments []string `json:"arguments"`
				} `json:"message"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &report); err != nil || len(report.Runs) != 1 {
		t.Fatalf("the validator's output: %v\n%s", err, data)
	}
	var problems []string
	for _, inv := range report.Runs[0].Invocations {
		for _, n := range inv.ToolExecutionNotifications {
			problems = append(problems, "validator: "+n.Message.Text)
		}
		if !inv.ExecutionSuccessful {
			problems = append(problems, "the validator's run failed")
		}
	}
	for _, r := range report.Runs[0].Results {
		if r.Level == "note" || r.Level == "none" {
			continue
		}
		problems = append(problems, r.RuleID+" "+r.Level+": "+strings.Join(r.Message.Arguments, "; ")+r.Message.Text)
	}
	if len(problems) > 0 {
		t.Logf("%s validate:\n%s", tool, stdout)
	}
	return problems
}
