package explain

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sipcode/sipcode/registry"
)

const docsPath = "../../docs/checks.md"

func readDocs(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.FromSlash(docsPath))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestDocsUpToDate: docs/checks.md is what the generator writes.
func TestDocsUpToDate(t *testing.T) {
	if readDocs(t) != Markdown() {
		t.Errorf("docs/checks.md is not what package explain generates: run go generate ./analyzer/explain")
	}
}

// TestSections: every text file is used, every category and rule has a
// section with a title and the parts the reference promises.
func TestSections(t *testing.T) {
	files, _ := fs.Glob(text, "text/*.md")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		if name != "intro" && name != "rules" && !slices.Contains(categories, name) {
			t.Errorf("%s: not a category", f)
		}
	}
	for _, s := range CategorySections() {
		for _, part := range []string{"**What it reports.**", "**Why.**", "**Bad.**", "**Good.**", "**Options.**", "**Silencing.**", "//nolint:sipcode", "-checks"} {
			if !strings.Contains(s.Body, part) {
				t.Errorf("section %s has no %q", s.ID, part)
			}
		}
	}
	prose := ruleProse(mustRead("rules.md"))
	var ids []string
	for _, r := range Rules() {
		ids = append(ids, r.ID)
	}
	for id := range prose {
		if !slices.Contains(ids, id) {
			t.Errorf("text/rules.md: %s is not a rule", id)
		}
	}
	for _, want := range []string{"header-401", "header-invite-contact", ReplaceRule, "method-ack", "method-subscribe-202"} {
		if !slices.Contains(ids, want) {
			t.Errorf("no rule %s", want)
		}
	}
	if len(RuleSections()) != len(registry.HeaderRules())+len(registry.MethodRules())+len(registry.TransactionRules())+1 {
		t.Errorf("%d rule sections, want the registry's rules and %s", len(RuleSections()), ReplaceRule)
	}
}

// TestAnchors: every category, rule and code has its anchor in
// docs/checks.md, once.
func TestAnchors(t *testing.T) {
	docs := readDocs(t)
	ids := Categories()
	for _, s := range RuleSections() {
		ids = append(ids, s.ID)
	}
	for _, c := range registry.All() {
		ids = append(ids, CodeAnchor(c.Value))
	}
	for _, id := range ids {
		if n := strings.Count(docs, `<a id="`+id+`"></a>`); n != 1 {
			t.Errorf("docs/checks.md has %d anchors %q, want 1", n, id)
		}
	}
}

// TestDocsAndExplainAgree: -explain prints, for each category and rule,
// the title and body docs/checks.md shows; for each code, every cell of its
// row in the table.
func TestDocsAndExplainAgree(t *testing.T) {
	docs := readDocs(t)
	for _, s := range slices.Concat(CategorySections(), RuleSections()) {
		out, err := Explain(s.ID)
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		heading := "`" + s.ID + "`: " + s.Title + "\n\n" + s.Body + "\n"
		if !strings.Contains(docs, heading) {
			t.Errorf("docs/checks.md has no section %s as -explain prints it", s.ID)
		}
		if !strings.Contains(out, s.ID+": "+s.Title+"\n\n"+s.Body+"\n") || !strings.Contains(out, URL(s.ID)) {
			t.Errorf("-explain %s does not print its section:\n%s", s.ID, out)
		}
	}
	for _, c := range registry.All() {
		f := Facts(c.Value)
		row := CodeRow(f)
		if !strings.Contains(docs, row+"\n") {
			t.Errorf("docs/checks.md has no row %s", row)
		}
		out, _ := Explain(strings.TrimSpace(strings.Fields(f.Heading())[0]))
		for _, cell := range []string{f.Heading(), f.Class(), f.Status(), c.Reference} {
			if !strings.Contains(out, cell) {
				t.Errorf("-explain %d lacks %q", c.Value, cell)
			}
		}
		for _, k := range f.Constants {
			if k.Name != "" && (!strings.Contains(out, k.Name+"\n") || !strings.Contains(row, "`"+k.Name+"`")) {
				t.Errorf("-explain %d and its row disagree on %s's %q", c.Value, k.Library.Name, k.Name)
			}
		}
	}
}

// TestExplainCategories: each category's text says what it reports.
func TestExplainCategories(t *testing.T) {
	want := map[string]string{
		"literal":    "sip.StatusBusyHere",
		"deprecated": "409 Conflict",
		"unknown":    "499",
		"invalid":    "1486",
		"reason":     `"Unathorized"`,
		"header":     "WWW-Authenticate",
		"method":     "ACK",
	}
	for _, c := range Categories() {
		out, err := Explain(c)
		if err != nil {
			t.Errorf("-explain %s: %v", c, err)
			continue
		}
		if !strings.HasPrefix(out, c+": ") || !strings.Contains(out, want[c]) || !strings.HasSuffix(out, URL(c)+"\n") {
			t.Errorf("-explain %s:\n%s", c, out)
		}
	}
}

// TestExplainCodes: a code of each status, an unregistered and an invalid
// value.
func TestExplainCodes(t *testing.T) {
	for _, tc := range []struct {
		x    string
		want []string
	}{
		{"486", []string{"486 Busy Here\n", "Class: client-failure (4xx). Status: active. Reference: RFC 3261.",
			"`literal` finding", "sipgo:            sip.StatusBusyHere", "livekit/protocol: livekit.SIPStatusCode_SIP_STATUS_BUSY_HERE",
			"sipstatus:        sipstatus.BusyHere", "method-ack", "Header rules: none", URL("code-486")}},
		{"401", []string{"header-401", "a 401 MUST carry a challenge (RFC 3261 §22.2 MUST)", "method-cancel-challenge"}},
		{"200", []string{"header-invite-contact", "header-publish-200", "header-subscribe-expires"}},
		{"202", []string{"Status: deprecated.", "REFER (RFC 3515)", "method-subscribe-202", "sip.StatusAccepted", "livekit/sipgo:    none"}},
		{"409", []string{"Status: removed.", "RFC 3261 removed it and IANA never registered it; a UAC treats it as 400 Bad Request",
			"`deprecated`", "jart/gosip:       none"}},
		{"402", []string{"Status: reserved.", "treats it as 400 Bad Request", "sipstatus:        none"}},
		{"504", []string{`"Gateway Time-out"`}},
		{"416", []string{"sipgo:            none", "sipstatus:        sipstatus.UnsupportedURIScheme"}},
		{"499", []string{"499\n", "Status: unregistered.", "a UAC treats it as 400 Bad Request (RFC 3261 §8.1.3.2)", "-allow=499", URL("unknown")}},
		{"199", []string{"Early Dialog Terminated"}},
		{"150", []string{"treats it as 183 Session Progress", "method-provisional"}},
		{"1486", []string{"1486\n", "Class: none. Status: invalid.", "100 to 699", "Did you mean 486 Busy Here?", URL("invalid")}},
		{"0", []string{"Status: invalid."}},
	} {
		out, err := Explain(tc.x)
		if err != nil {
			t.Errorf("-explain %s: %v", tc.x, err)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("-explain %s: no %q in\n%s", tc.x, w, out)
			}
		}
	}
}

// TestDeprecatedIs202: the deprecated status's text speaks of 202 (REFER,
// SUBSCRIBE); it holds while 202 is the one deprecated code.
func TestDeprecatedIs202(t *testing.T) {
	for _, c := range registry.All() {
		if c.Status == registry.Deprecated && c.Value != 202 {
			t.Errorf("%d is deprecated: the text of Facts for registry.Deprecated speaks of 202 only", c.Value)
		}
	}
}

func TestExplainRule(t *testing.T) {
	out, err := Explain("header-401")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"header-401: a 401 MUST carry a challenge\n", "Requires: WWW-Authenticate.", "RFC 3261 §22.2 (MUST)", "Proxy-Authenticate", URL("header-401")} {
		if !strings.Contains(out, w) {
			t.Errorf("no %q in\n%s", w, out)
		}
	}
	out, _ = Explain(ReplaceRule)
	if !strings.Contains(out, "AppendHeader") {
		t.Errorf("-explain %s:\n%s", ReplaceRule, out)
	}
}

// TestMainArgs drives Main as the command does: arguments without
// -explain are left to the driver.
func TestMainArgs(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		handled bool
		status  int
		stdout  string
		stderr  []string
	}{
		{args: []string{"./..."}},
		{args: []string{"-flags"}},
		{args: []string{"-V=full"}},
		{args: []string{"-checks=literal", "./..."}},
		{args: []string{"-explain", "literal"}, handled: true, stdout: "literal: an integer literal"},
		{args: []string{"--explain=486"}, handled: true, stdout: "486 Busy Here"},
		{args: []string{"-explain=header-401"}, handled: true, stdout: "header-401: "},
		{args: []string{"-explain"}, handled: true, status: 2, stderr: []string{"-explain needs an argument", "a category: literal, deprecated", "a rule: header-401", "100..699"}},
		{args: []string{"-explain", "99999"}, handled: true, status: 2, stderr: []string{`cannot explain "99999"`, "100..699"}},
		{args: []string{"-explain", "-5"}, handled: true, status: 2, stderr: []string{`cannot explain "-5"`}},
		{args: []string{"-explain", "lit"}, handled: true, status: 2, stderr: []string{`cannot explain "lit"`, "did you mean literal?", "method-ack"}},
		{args: []string{"-explain", "literal", "./..."}, handled: true, status: 2, stderr: []string{"no other flags or packages (got ./...)"}},
		{args: []string{"-checks=literal", "-explain", "literal"}, handled: true, status: 2, stderr: []string{"got -checks=literal"}},
	} {
		var stdout, stderr bytes.Buffer
		status, handled := Main(tc.args, &stdout, &stderr)
		if handled != tc.handled || status != tc.status {
			t.Errorf("Main(%q) = %d, %v; want %d, %v", tc.args, status, handled, tc.status, tc.handled)
		}
		if !strings.HasPrefix(stdout.String(), tc.stdout) || tc.stdout == "" && stdout.Len() > 0 {
			t.Errorf("Main(%q): stdout %q, want it to start with %q", tc.args, stdout.String(), tc.stdout)
		}
		for _, w := range tc.stderr {
			if !strings.Contains(stderr.String(), w) {
				t.Errorf("Main(%q): no %q in stderr %q", tc.args, w, stderr.String())
			}
		}
		if len(tc.stderr) == 0 && stderr.Len() > 0 {
			t.Errorf("Main(%q): stderr %q", tc.args, stderr.String())
		}
	}
}

// TestReadmeLinks: README's links into docs/checks.md name existing
// anchors, and its summary tables link every category and rule.
func TestReadmeLinks(t *testing.T) {
	data, err := os.ReadFile(filepath.FromSlash("../../README.md"))
	if err != nil {
		t.Fatal(err)
	}
	docs := readDocs(t)
	readme := string(data)
	linked := map[string]bool{}
	for _, part := range strings.Split(readme, "docs/checks.md#")[1:] {
		id := part[:strings.IndexFunc(part, func(r rune) bool { return !(r == '-' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })]
		linked[id] = true
		if !strings.Contains(docs, `<a id="`+id+`"></a>`) {
			t.Errorf("README links docs/checks.md#%s, which has no such anchor", id)
		}
	}
	for _, s := range slices.Concat(CategorySections(), RuleSections()) {
		if !linked[s.ID] {
			t.Errorf("README does not link docs/checks.md#%s", s.ID)
		}
	}
}

// TestLevels: every section has a SARIF level; the style categories with
// fixes are warnings, what breaks calls is an error, and a rule that only
// deprecates is a warning.
func TestLevels(t *testing.T) {
	want := map[string]string{
		"literal": LevelWarning, "reason": LevelWarning, "deprecated": LevelError, "unknown": LevelError,
		"invalid": LevelError, "header": LevelError, "method": LevelError,
		"header-401": LevelError, ReplaceRule: LevelError, "method-ack": LevelError, "method-subscribe-202": LevelWarning,
	}
	for _, s := range slices.Concat(CategorySections(), RuleSections()) {
		if s.Level != LevelError && s.Level != LevelWarning {
			t.Errorf("%s: level %q", s.ID, s.Level)
		}
		if w, ok := want[s.ID]; ok && s.Level != w {
			t.Errorf("%s: level %q, want %q", s.ID, s.Level, w)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("categorySection accepted a file without a Level line")
		}
	}()
	categorySection("x", "Title: t\n\nbody")
}
