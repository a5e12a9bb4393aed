package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/sipcode/sipcode/analyzer/explain"
)

// sarifFile is what the tests read of a SARIF log, with the property names
// of the SARIF 2.1.0 schema written out here, not taken from the package
// that writes them, so that a misspelt name fails.
type sarifFile struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID               string `json:"id"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
					FullDescription struct {
						Text string `json:"text"`
					} `json:"fullDescription"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
		} `json:"invocations"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Results []sarifResult `json:"results"`
	} `json:"runs"`
}

type sarifResult struct {
	RuleID    string `json:"ruleId"`
	RuleIndex int    `json:"ruleIndex"`
	Level     string `json:"level"`
	Message   struct {
		Text string `json:"text"`
	} `json:"message"`
	Locations []struct {
		PhysicalLocation struct {
			ArtifactLocation sarifArtifact `json:"artifactLocation"`
			Region           sarifRegion   `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []struct {
		ArtifactChanges []struct {
			ArtifactLocation sarifArtifact `json:"artifactLocation"`
			Replacements     []struct {
				DeletedRegion   sarifRegion `json:"deletedRegion"`
				InsertedContent struct {
					Text string `json:"text"`
				} `json:"insertedContent"`
			} `json:"replacements"`
		} `json:"artifactChanges"`
	} `json:"fixes"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// line is a result as the text driver prints it, relative to the root.
func (r sarifResult) line() string {
	loc := r.Locations[0].PhysicalLocation
	return fmt.Sprintf("%s:%d:%d: %s", loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn, r.Message.Text)
}

// runSARIF runs sipcode -sarif in dir and decodes the file it writes.
func runSARIF(t *testing.T, dir string, args ...string) (log sarifFile, out string, code int) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "sipcode.sarif")
	out, code = run(t, dir, sipcodeBinary(t), append([]string{"-sarif=" + file}, args...)...)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("sipcode -sarif wrote no file (exit %d): %v\n%s", code, err, out)
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("SARIF file: %v\n%s", err, data)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "sipcode" {
		t.Fatalf("SARIF version %q, %d runs: want 2.1.0, one run of sipcode", log.Version, len(log.Runs))
	}
	return log, out, code
}

func (log sarifFile) lines() []string {
	var out []string
	for _, r := range log.Runs[0].Results {
		out = append(out, r.line())
	}
	slices.Sort(out)
	return out
}

// demoRule is the rule each of the demo's findings must name.
func demoRule(message string) string {
	switch {
	case strings.HasPrefix(message, "use "):
		return "literal"
	case strings.HasPrefix(message, "reason phrase"):
		return "reason"
	case strings.Contains(message, "without WWW-Authenticate"):
		return "header-401"
	case strings.Contains(message, "removed it"):
		return "deprecated"
	case strings.Contains(message, "not a registered"):
		return "unknown"
	}
	return "invalid"
}

// TestSARIF runs sipcode -sarif on the demo module (the real sipgo and
// diago): the findings of the text driver, each under its rule with the
// rule's level, paths relative to the root, the literal and reason
// findings with their fix as a replacement of the flagged text, exit
// status 0, and the text report on standard error.
func TestSARIF(t *testing.T) {
	dir := demoCopy(t)
	log, out, code := runSARIF(t, dir, "./...")
	if code != 0 {
		t.Errorf("sipcode -sarif: exit %d, want 0\n%s", code, out)
	}
	diffFindings(t, "sipcode -sarif, results", log.lines(), wantFindings)
	diffFindings(t, "sipcode -sarif, text on stderr", findings(out, dir), wantFindings)
	run0 := log.Runs[0]
	if got, want := run0.OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(dir)+"/"; got != want {
		t.Errorf("%%SRCROOT%% is %q, want %q (no .git above: the current directory)", got, want)
	}
	if len(run0.Invocations) != 1 || !run0.Invocations[0].ExecutionSuccessful {
		t.Errorf("invocations %+v, want one that succeeded", run0.Invocations)
	}
	docs, err := os.ReadFile(filepath.Join("..", "docs", "checks.md"))
	if err != nil {
		t.Fatal(err)
	}
	rules := run0.Tool.Driver.Rules
	fired := map[string]bool{}
	for _, r := range run0.Results {
		want := demoRule(r.Message.Text)
		fired[want] = true
		if r.RuleID != want || r.RuleIndex < 0 || r.RuleIndex >= len(rules) || rules[r.RuleIndex].ID != want {
			t.Errorf("%s: rule %q (index %d), want %q", r.line(), r.RuleID, r.RuleIndex, want)
			continue
		}
		if wantLevel := map[bool]string{true: "warning", false: "error"}[want == "literal" || want == "reason"]; r.Level != wantLevel {
			t.Errorf("%s: level %q, want %q", r.line(), r.Level, wantLevel)
		}
		if a := r.Locations[0].PhysicalLocation.ArtifactLocation; a.URIBaseID != "%SRCROOT%" || strings.Contains(a.URI, "/") {
			t.Errorf("%s: artifact %+v, want a file name under %%SRCROOT%%", r.line(), a)
		}
		checkFix(t, r)
	}
	count := map[string]int{}
	for _, rule := range rules {
		count[rule.ID]++
		if rule.ShortDescription.Text == "" || rule.FullDescription.Text == "" || rule.DefaultConfiguration.Level == "" {
			t.Errorf("rule %s: no text or level", rule.ID)
		}
		anchor, ok := strings.CutPrefix(rule.HelpURI, explain.DocsURL+"#")
		if !ok || anchor != rule.ID || !strings.Contains(string(docs), `<a id="`+anchor+`"></a>`) {
			t.Errorf("rule %s: helpUri %s is not its section of docs/checks.md", rule.ID, rule.HelpURI)
		}
	}
	for id := range fired {
		if count[id] != 1 {
			t.Errorf("rule %s fired and is listed %d times, want once", id, count[id])
		}
	}
	if len(fired) != 6 {
		t.Errorf("the demo fired %d rules, want 6 (five categories and header-401)", len(fired))
	}
}

var fixMessage = regexp.MustCompile(`^use (\S+) instead of|^reason phrase ".*" (?:is that of \d+; \d+ is|misspells) "([^"]+)"`)

// checkFix checks a result's fix: one for literal and reason findings,
// replacing the flagged text with the constant or phrase the message
// names; none for the others.
func checkFix(t *testing.T, r sarifResult) {
	t.Helper()
	m := fixMessage.FindStringSubmatch(r.Message.Text)
	if r.RuleID != "literal" && r.RuleID != "reason" {
		if len(r.Fixes) != 0 {
			t.Errorf("%s: %d fixes, want none", r.line(), len(r.Fixes))
		}
		return
	}
	if m == nil || len(r.Fixes) != 1 || len(r.Fixes[0].ArtifactChanges) != 1 || len(r.Fixes[0].ArtifactChanges[0].Replacements) != 1 {
		t.Errorf("%s: fixes %+v, want one replacement", r.line(), r.Fixes)
		return
	}
	change := r.Fixes[0].ArtifactChanges[0]
	repl := change.Replacements[0]
	want := m[1]
	if r.RuleID == "reason" {
		want = `"` + m[2] + `"`
	}
	if repl.InsertedContent.Text != want || repl.DeletedRegion != r.Locations[0].PhysicalLocation.Region ||
		change.ArtifactLocation != r.Locations[0].PhysicalLocation.ArtifactLocation {
		t.Errorf("%s: replacement %+v in %+v, want %s in place of the flagged text", r.line(), repl, change.ArtifactLocation, want)
	}
}

// TestSARIFFingerprints: after an unrelated line is added at the top of
// each file, every finding moves down a line and keeps its fingerprint.
func TestSARIFFingerprints(t *testing.T) {
	dir := demoCopy(t)
	before, _, _ := runSARIF(t, dir, "./...")
	for _, name := range []string{"server.go", "dialog.go"} {
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append([]byte("// An unrelated comment.\n\n"), data...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	after, _, _ := runSARIF(t, dir, "./...")
	prints := map[string]string{}
	for _, r := range before.Runs[0].Results {
		fp := r.PartialFingerprints["primaryLocationLineHash"]
		if fp == "" || prints[fp] != "" {
			t.Errorf("%s: fingerprint %q missing or not unique", r.line(), fp)
		}
		prints[fp] = r.line()
	}
	if len(after.Runs[0].Results) != len(before.Runs[0].Results) {
		t.Fatalf("%d results after the edit, %d before", len(after.Runs[0].Results), len(before.Runs[0].Results))
	}
	for _, r := range after.Runs[0].Results {
		was, ok := prints[r.PartialFingerprints["primaryLocationLineHash"]]
		if !ok {
			t.Errorf("%s: a new fingerprint after an unrelated edit", r.line())
			continue
		}
		moved := regexp.MustCompile(`:(\d+):`).ReplaceAllStringFunc(was, func(s string) string {
			var n int
			fmt.Sscanf(s, ":%d:", &n)
			return fmt.Sprintf(":%d:", n+2)
		})
		if moved != r.line() {
			t.Errorf("fingerprint of %q now on %q, want %q", was, r.line(), moved)
		}
	}
}

// TestSARIFFlags: with -checks, -test=false, -cross-package and -tags the
// SARIF results are the text driver's findings with the same flags, and
// only the enabled categories have rules.
func TestSARIFFlags(t *testing.T) {
	bin := sipcodeBinary(t)
	tagged := demoCopy(t)
	writeFiles(t, tagged, map[string]string{"integ.go": "//go:build integration\n\npackage demo\n\n" +
		"import \"github.com/emiago/sipgo/sip\"\n\nfunc integ() *sip.Response { return sip.NewResponse(404, \"Not Found\") }\n"})
	for _, tc := range []struct {
		name string
		dir  string
		args []string
		want int // findings, so that a flag that changes nothing fails (the demo has 8 literal ones)
	}{
		{"checks", demoCopy(t), []string{"-checks=deprecated,header"}, 2},
		{"test files", exampleCopy(t, "idioms"), nil, 9},
		{"no test files", exampleCopy(t, "idioms"), []string{"-test=false"}, 7},
		{"cross-package", crossPackageModule(t), []string{"-cross-package"}, 2},
		{"tags", tagged, []string{"-tags=integration", "-checks=literal"}, 9},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, _ := run(t, tc.dir, bin, append(slices.Clone(tc.args), "./...")...)
			log, out, code := runSARIF(t, tc.dir, append(slices.Clone(tc.args), "./...")...)
			want := goFindings(text, tc.dir)
			if code != 0 {
				t.Errorf("exit %d, want 0\n%s", code, out)
			}
			diffFindings(t, "sipcode -sarif "+strings.Join(tc.args, " "), log.lines(), want)
			if len(want) != tc.want {
				t.Errorf("the text driver found %d, want %d:\n%s", len(want), tc.want, text)
			}
			if tc.name == "checks" {
				for _, r := range log.Runs[0].Tool.Driver.Rules {
					if r.ID != "deprecated" && r.ID != "header" && !strings.HasPrefix(r.ID, "header-") {
						t.Errorf("-checks=deprecated,header: rule %s listed", r.ID)
					}
				}
			}
		})
	}
}
