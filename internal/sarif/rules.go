package sarif

import (
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/analyzer/explain"
)

// RuleID returns the SARIF rule of a diagnostic: the section of
// docs/checks.md its URL points at (a protocol rule such as header-401, or
// its category), else its category. The analyzer sets a header or method
// finding's URL to its rule's section, so the URL is where the rule is
// known.
func RuleID(d analysis.Diagnostic) string {
	if id, ok := strings.CutPrefix(d.URL, explain.DocsURL+"#"); ok && id != "" {
		return id
	}
	return d.Category
}

// Rules returns the SARIF rules of the enabled categories: each category,
// then each protocol rule of an enabled category, in the order of
// docs/checks.md. Their text is the reference's, the same that
// sipcode -explain prints.
func Rules(checks []string) []Rule {
	category := map[string]string{}
	for _, r := range explain.Rules() {
		category[r.ID] = r.Category
	}
	var out []Rule
	for _, s := range explain.CategorySections() {
		if slices.Contains(checks, s.ID) {
			out = append(out, rule(s, s.ID, pascal(s.ID)+"Check"))
		}
	}
	for _, s := range explain.RuleSections() {
		if slices.Contains(checks, category[s.ID]) {
			out = append(out, rule(s, category[s.ID], pascal(s.ID)))
		}
	}
	return out
}

// rule is the SARIF rule of a section. Its name, which SARIF wants
// readable and unlike the id, is the id in Pascal case, with "Check" for a
// category: LiteralCheck, Header401.
func rule(s explain.Section, category, name string) Rule {
	return Rule{
		ID:                   s.ID,
		Name:                 name,
		ShortDescription:     Message{Text: sentence(s.Title)},
		FullDescription:      Message{Text: s.Body}, // help carries the markdown
		Help:                 Message{Text: strings.TrimSpace(s.Text()), Markdown: s.Body + "\n\n[" + s.ID + "](" + explain.URL(s.ID) + ")"},
		HelpURI:              explain.URL(s.ID),
		DefaultConfiguration: Configuration{Level: s.Level},
		Properties:           &Properties{Tags: []string{"sip", category}},
	}
}

// pascal writes an id in Pascal case: header-invite-contact is
// HeaderInviteContact.
func pascal(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// sentence makes a title a sentence, as SARIF asks of its messages: a
// capital letter and a final period.
func sentence(s string) string {
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
