// Package explain is sipcode's reference text: one section per category of
// diagnostic and per protocol rule, and the facts of every response code.
// docs/checks.md is generated from it (go generate ./analyzer/explain), and
// sipcode -explain prints it, so the two never disagree.
//
// The prose is data: text/CATEGORY.md for each category, text/rules.md for
// the rules, text/intro.md for the top of the page. The rest is generated
// from the registry (registry.All, registry.HeaderRules,
// registry.MethodRules) and from constants.csv, the constant each library
// offers for each code, which a test of package analyzer computes from the
// libraries themselves (go test ./analyzer -run TestLibraryConstants -update).
package explain

//go:generate go test -C ../../internal/stacks -run TestLibraryConstants -update
//go:generate go run ./internal/gendocs ../../docs/checks.md

import (
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sipcode/sipcode/registry"
)

// DocsURL is the page generated from this package; each section's ID is an
// anchor in it.
const DocsURL = "https://github.com/sipcode/sipcode/blob/main/docs/checks.md"

// URL returns the address of the section with the given id.
func URL(id string) string { return DocsURL + "#" + id }

// Categories are the categories of diagnostics, in the order of -checks.
var categories = []string{"literal", "deprecated", "unknown", "invalid", "reason", "header", "method", "transaction"}

// Categories returns the categories the reference documents.
func Categories() []string { return slices.Clone(categories) }

// ReplaceRule is the id of the header rule that is a library fact, not a
// registry rule: ReplaceHeader on a new response.
const ReplaceRule = "header-replace"

// A Section is one category or rule: its anchor, a one-line title and the
// body, markdown as docs/checks.md shows it and -explain prints it.
type Section struct {
	ID    string
	Title string
	Body  string
	// Level is how serious a finding is, as SARIF names it: "error" for a
	// code or response that breaks calls, "warning" for style with a fix.
	Level string
}

// Levels a section can have: SARIF's names.
const (
	LevelError   = "error"
	LevelWarning = "warning"
)

//go:embed text/*.md
var text embed.FS

//go:embed constants.csv
var constantsData []byte

func mustRead(name string) string {
	data, err := text.ReadFile("text/" + name)
	if err != nil {
		panic(err) // the files are embedded; TestSections reads every one
	}
	return strings.TrimSpace(string(data))
}

type reference struct {
	intro      string
	categories []Section
	rules      []Section
	byID       map[string]Section
	constants  map[string]map[int]string // library -> code -> constant
}

// load builds the reference once; TestSections makes every panic here a
// test failure.
var load = sync.OnceValue(func() *reference {
	r := &reference{intro: mustRead("intro.md"), byID: map[string]Section{}}
	for _, c := range categories {
		r.categories = append(r.categories, categorySection(c, mustRead(c+".md")))
	}
	prose := ruleProse(mustRead("rules.md"))
	for _, rule := range Rules() {
		body, ok := prose[rule.ID]
		if !ok {
			panic("text/rules.md: no section for " + rule.ID)
		}
		r.rules = append(r.rules, Section{ID: rule.ID, Title: rule.title(), Body: rule.facts() + "\n\n" + body, Level: rule.Level()})
	}
	for _, s := range slices.Concat(r.categories, r.rules) {
		r.byID[s.ID] = s
	}
	consts, err := parseConstants(constantsData)
	if err != nil {
		panic("constants.csv: " + err.Error())
	}
	r.constants = consts
	return r
})

// categorySection reads text/CATEGORY.md: a "Title: " line, a "Level: "
// line, then the body.
func categorySection(id, text string) Section {
	title, rest, _ := strings.Cut(text, "\n")
	level, body, _ := strings.Cut(rest, "\n")
	title, okTitle := strings.CutPrefix(title, "Title: ")
	level, okLevel := strings.CutPrefix(level, "Level: ")
	if !okTitle || !okLevel || level != LevelError && level != LevelWarning {
		panic("text/" + id + ".md: does not start with Title: ... and Level: error or warning")
	}
	return Section{ID: id, Title: title, Body: strings.TrimSpace(body), Level: level}
}

// ruleProse splits text/rules.md at its "## id" lines.
func ruleProse(s string) map[string]string {
	out := map[string]string{}
	for _, part := range strings.Split("\n"+s, "\n## ")[1:] {
		id, body, _ := strings.Cut(part, "\n")
		out[strings.TrimSpace(id)] = strings.TrimSpace(body)
	}
	return out
}

// CategorySections returns the sections of the categories.
func CategorySections() []Section { return slices.Clone(load().categories) }

// RuleSections returns the sections of the protocol rules.
func RuleSections() []Section { return slices.Clone(load().rules) }

// A Rule is a protocol rule as the reference shows it.
type Rule struct {
	ID        string
	Category  string // header, method or transaction
	Codes     string // "401", "2xx", "any"
	Method    string // "any", "INVITE", "any but INVITE"
	Requires  string // header rules: what the response must carry
	Word      string
	Reference string
	Summary   string
	applies   func(code int) bool
}

// Rules returns the protocol rules: the registry's, then header-replace.
func Rules() []Rule {
	var out []Rule
	for _, r := range registry.HeaderRules() {
		var groups []string
		for _, g := range r.Requires {
			groups = append(groups, strings.Join(g, " or "))
		}
		out = append(out, Rule{ID: r.ID, Category: "header", Codes: codesText(r.Codes), Method: methodText(r.Method),
			Requires: strings.Join(groups, " and "), Word: r.Word, Reference: r.Reference, Summary: r.Summary, applies: r.Codes.Contains})
	}
	out = append(out, Rule{ID: ReplaceRule, Category: "header", Codes: "any", Method: "any",
		Requires: "`AppendHeader`, not `ReplaceHeader`, to add a header to a new response", Word: "library fact",
		Reference: "sipgo, gosip", Summary: "ReplaceHeader on a new response adds nothing",
		applies: func(int) bool { return false }})
	for _, r := range registry.MethodRules() {
		out = append(out, Rule{ID: r.ID, Category: "method", Codes: codesText(r.Codes), Method: methodText(r.Method),
			Word: r.Word, Reference: r.Reference, Summary: r.Summary, applies: r.Codes.Contains})
	}
	for _, r := range registry.TransactionRules() {
		out = append(out, Rule{ID: r.ID, Category: "transaction", Codes: codesText(r.Codes), Method: methodText(r.Method),
			Word: r.Word, Reference: r.Reference, Summary: r.Summary, applies: func(int) bool { return false }})
	}
	return out
}

func codesText(cs registry.Codes) string {
	if len(cs) == 1 && cs[0] == (registry.CodeRange{Low: 100, High: 699}) {
		return "any"
	}
	return cs.String()
}

func methodText(m registry.Method) string {
	switch {
	case m == "":
		return "any"
	case strings.HasPrefix(string(m), "!"):
		return "any but " + strings.TrimPrefix(string(m), "!")
	}
	return string(m)
}

// Level is a rule's SARIF level: a rule that only deprecates (202 to
// SUBSCRIBE) is a warning; one that a MUST, a MUST NOT or a library fact
// breaks is an error, as its category.
func (r Rule) Level() string {
	if r.Word == "deprecated" {
		return LevelWarning
	}
	return LevelError
}

func (r Rule) title() string {
	return r.Summary
}

// facts is the first paragraph of a rule's section.
func (r Rule) facts() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Category `%s`. Codes: %s. Method: %s.", r.Category, r.Codes, r.Method)
	if r.Requires != "" {
		fmt.Fprintf(&b, " Requires: %s.", r.Requires)
	}
	fmt.Fprintf(&b, " Source: %s (%s).", r.Reference, r.Word)
	return b.String()
}

// A Library is a supported library, as the table of codes shows it.
type Library struct {
	Name     string // as the README names it
	Table    string // the built-in table whose constants it is, or "" for sipstatus
	Package  string // the package of the constants
	Source   string // where constants.csv's names for it come from
	Fallback string // for sipstatus: the libraries it serves
}

var libraries = []Library{
	{Name: "sipgo", Table: "sipgo", Package: "github.com/emiago/sipgo/sip", Source: "sipgo v1.7.2, loaded from the module proxy (diago uses them too)"},
	{Name: "livekit/sipgo", Table: "livekit-sipgo", Package: "github.com/livekit/sipgo/sip", Source: "livekit/sipgo v0.13.2-0.20260519205735-a5b4a38b6ceb (the version livekit's SIP bridge pins), loaded from the module proxy"},
	{Name: "jart/gosip", Table: "jart-gosip", Package: "github.com/jart/gosip/sip", Source: "the test stub of its published source at 1158f11 (the proxy does not serve it)"},
	{Name: "livekit/protocol", Table: "livekit-protocol", Package: "github.com/livekit/protocol/livekit", Source: "livekit/protocol v1.54.1, loaded from the module proxy"},
	{Name: "sipstatus", Package: "github.com/sipcode/sipcode/sipstatus", Source: "this repository's sipstatus module",
		Fallback: "gosip, go-sip-ua, gossip and any stack without constants, when the checked package depends on it"},
}

// Libraries returns the libraries whose constants the reference lists.
func Libraries() []Library { return slices.Clone(libraries) }

// LibraryConstants returns what constants.csv holds: library name -> code
// -> the constant, as a file importing its package names it.
func LibraryConstants() map[string]map[int]string {
	out := map[string]map[int]string{}
	for lib, m := range load().constants {
		out[lib] = map[int]string{}
		for code, k := range m {
			out[lib][code] = k
		}
	}
	return out
}

const constantsHeader = "# Generated by go test ./analyzer -run TestLibraryConstants -update; DO NOT EDIT.\n" +
	"# The constant each library offers for each code: analyzer's own choice\n" +
	"# (indexConstants) on the library's package.\n"

// FormatConstants writes constants.csv.
func FormatConstants(consts map[string]map[int]string) []byte {
	var b bytes.Buffer
	b.WriteString(constantsHeader)
	w := csv.NewWriter(&b)
	w.Write([]string{"library", "code", "constant"})
	for _, lib := range libraries {
		codes := make([]int, 0, len(consts[lib.Name]))
		for code := range consts[lib.Name] {
			codes = append(codes, code)
		}
		slices.Sort(codes)
		for _, code := range codes {
			w.Write([]string{lib.Name, strconv.Itoa(code), consts[lib.Name][code]})
		}
	}
	w.Flush()
	return b.Bytes()
}

func parseConstants(data []byte) (map[string]map[int]string, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comment = '#'
	r.FieldsPerRecord = 3
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	out := map[string]map[int]string{}
	for i, rec := range recs {
		if i == 0 {
			if !slices.Equal(rec, []string{"library", "code", "constant"}) {
				return nil, fmt.Errorf("header is %q", rec)
			}
			continue
		}
		code, err := strconv.Atoi(rec[1])
		if err != nil {
			return nil, fmt.Errorf("record %d: code %q", i, rec[1])
		}
		if !slices.ContainsFunc(libraries, func(l Library) bool { return l.Name == rec[0] }) {
			return nil, fmt.Errorf("record %d: unknown library %q", i, rec[0])
		}
		if out[rec[0]] == nil {
			out[rec[0]] = map[int]string{}
		}
		out[rec[0]][code] = rec[2]
	}
	return out, nil
}
