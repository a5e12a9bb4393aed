// Package regen makes the registry's data from IANA's CSV of the SIP
// response codes and sipcode's policy file: registry/codes.csv, which the
// registry embeds, and the source of the sipstatus module's constants.
// go generate ./registry runs it (registry/gen); the registry's tests run
// it on the checked-in copy of IANA's file to check that both outputs are
// current.
package regen

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"go/format"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/sipcode/sipcode/registry/internal/csvfile"
)

// File is an input: its name, for error messages, and its contents.
type File struct {
	Name string
	Data []byte
}

// Output is what the generator writes.
type Output struct {
	Codes     []byte // registry/codes.csv
	Constants []byte // sipstatus/sipstatus.go
}

// code is one code of the registry, IANA's row with the policy applied.
type code struct {
	value     int
	reason    string
	status    string // active, deprecated, reserved or removed
	reference string // RFC1234
	variants  []string
	note      string // for the constant's doc comment
}

// Generate reads IANA's CSV and the policy file and returns the outputs.
// Errors name the file and line: "sip-parameters-7.csv:12: ...".
func Generate(iana, policy File) (Output, error) {
	rows, err := readIANA(iana)
	if err != nil {
		return Output{}, err
	}
	rules, err := readPolicy(policy)
	if err != nil {
		return Output{}, err
	}
	codes, err := apply(rows, rules, iana.Name, policy.Name)
	if err != nil {
		return Output{}, err
	}
	csvData, err := writeCodes(codes)
	if err != nil {
		return Output{}, err
	}
	goData, err := writeConstants(codes)
	if err != nil {
		return Output{}, err
	}
	return Output{Codes: csvData, Constants: goData}, nil
}

// ianaRow is one row of IANA's file.
type ianaRow struct {
	line        int
	value       int
	description string // as IANA writes it, e.g. "Accepted (Deprecated)"
	references  []string
}

var ianaHeader = []string{"Number", "Description", "Reference"}

// readIANA reads a file in the layout of IANA's sip-parameters-7.csv.
// Rows IANA marks "Unassigned" (none today) are skipped.
func readIANA(f File) ([]ianaRow, error) {
	var rows []ianaRow
	seen := map[int]int{}
	err := csvfile.Read(bytes.TrimPrefix(f.Data, []byte("\ufeff")), ianaHeader, 0, func(line int, rec []string) error {
		desc := strings.Join(strings.Fields(rec[1]), " ")
		if desc == "Unassigned" {
			return nil
		}
		value, err := strconv.Atoi(strings.TrimSpace(rec[0]))
		if err != nil || len(strings.TrimSpace(rec[0])) != 3 || value < 100 || value > 699 {
			return fmt.Errorf("number %q is not a code in 100..699", rec[0])
		}
		if prev, ok := seen[value]; ok {
			return fmt.Errorf("code %d is listed twice (first on line %d)", value, prev)
		}
		seen[value] = line
		if desc == "" {
			return fmt.Errorf("code %d has no description", value)
		}
		refs, err := parseReferences(rec[2])
		if err != nil {
			return fmt.Errorf("code %d: %w", value, err)
		}
		rows = append(rows, ianaRow{line: line, value: value, description: desc, references: refs})
		return nil
	})
	if err != nil {
		return nil, fileError(f.Name, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no codes", f.Name)
	}
	slices.SortFunc(rows, func(a, b ianaRow) int { return a.value - b.value })
	return rows, nil
}

// parseReferences splits IANA's "[RFC3265][RFC6665]" into its bracketed
// parts. Parts that are not RFCs (a person, a draft) are kept as written.
func parseReferences(s string) ([]string, error) {
	s = strings.TrimSpace(s)
	var refs []string
	for s != "" {
		if s[0] != '[' {
			return nil, fmt.Errorf("reference %q is not of the form [RFC1234]", s)
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return nil, fmt.Errorf("reference %q lacks its closing ]", s)
		}
		refs = append(refs, strings.TrimSpace(s[1:end]))
		s = strings.TrimSpace(s[end+1:])
	}
	if len(refs) == 0 {
		return nil, errors.New("no reference")
	}
	return refs, nil
}

// isRFC reports whether ref is of the form RFC1234.
func isRFC(ref string) bool {
	num, ok := strings.CutPrefix(ref, "RFC")
	n, err := strconv.Atoi(num)
	return ok && err == nil && n > 0 && num[0] != '0'
}

// rule is one line of the policy file.
type rule struct {
	line      int
	value     int
	status    string
	reason    string
	reference string
	variants  []string
	note      string
}

var policyHeader = []string{"code", "status", "reason", "reference", "variants", "note"}

var statuses = []string{"active", "deprecated", "reserved", "removed"}

// readPolicy reads the policy file: comment lines starting with #, a
// header, then one line per code the policy says something about.
func readPolicy(f File) (map[int]rule, error) {
	rules := map[int]rule{}
	err := csvfile.Read(f.Data, policyHeader, '#', func(line int, rec []string) error {
		ru, err := parseRule(rec)
		if err != nil {
			return err
		}
		if prev, ok := rules[ru.value]; ok {
			return fmt.Errorf("code %d is listed twice (first on line %d)", ru.value, prev.line)
		}
		ru.line = line
		rules[ru.value] = ru
		return nil
	})
	if err != nil {
		return nil, fileError(f.Name, err)
	}
	return rules, nil
}

func parseRule(rec []string) (rule, error) {
	value, err := strconv.Atoi(rec[0])
	if err != nil || len(rec[0]) != 3 || value < 100 || value > 699 {
		return rule{}, fmt.Errorf("code %q is not a code in 100..699", rec[0])
	}
	ru := rule{value: value, status: rec[1], reason: rec[2], reference: rec[3], note: rec[5]}
	if ru.status != "" && !slices.Contains(statuses, ru.status) {
		return rule{}, fmt.Errorf("code %d: unknown status %q (want one of %s)", value, ru.status, strings.Join(statuses, ", "))
	}
	for _, field := range []string{ru.reason, ru.reference, ru.note} {
		if strings.TrimSpace(field) != field {
			return rule{}, fmt.Errorf("code %d: %q has surrounding spaces", value, field)
		}
	}
	if ru.reference != "" && !isRFC(ru.reference) {
		return rule{}, fmt.Errorf("code %d: reference %q is not of the form RFC1234", value, ru.reference)
	}
	if rec[4] != "" {
		ru.variants = strings.Split(rec[4], "|")
		for _, v := range ru.variants {
			if v == "" || strings.TrimSpace(v) != v {
				return rule{}, fmt.Errorf("code %d: variant phrase %q is empty or has surrounding spaces", value, v)
			}
		}
	}
	return ru, nil
}

const deprecatedMark = " (Deprecated)"

// apply merges IANA's rows and the policy. IANA is the authority on which
// codes are registered, their phrases and references; the policy adds the
// codes IANA never registered (removed ones only), says which registered
// codes are deprecated or reserved, and adds variant phrases. Where the two
// disagree (IANA marks a code deprecated that the policy does not, or the
// other way round) the generator stops, so that a change at IANA is
// reviewed, not copied.
func apply(rows []ianaRow, rules map[int]rule, ianaName, policyName string) ([]code, error) {
	var codes []code
	registered := map[int]bool{}
	for _, row := range rows {
		registered[row.value] = true
		ru := rules[row.value]
		c := code{value: row.value, reason: row.description, status: "active", variants: ru.variants, note: ru.note}
		ianaDeprecated := false
		if reason, ok := strings.CutSuffix(c.reason, deprecatedMark); ok {
			c.reason, ianaDeprecated = reason, true
		}
		switch {
		case ru.status == "removed":
			return nil, fmt.Errorf("%s:%d: code %d is registered (%s:%d): only codes IANA does not list can be removed", policyName, ru.line, row.value, ianaName, row.line)
		case ianaDeprecated && ru.status != "deprecated":
			return nil, fmt.Errorf("%s:%d: IANA marks %d %q deprecated; say so in %s (status deprecated)", ianaName, row.line, row.value, c.reason, policyName)
		case !ianaDeprecated && ru.status == "deprecated":
			return nil, fmt.Errorf("%s:%d: code %d is deprecated, but IANA no longer marks it so (%s:%d)", policyName, ru.line, row.value, ianaName, row.line)
		case ru.status != "":
			c.status = ru.status
		}
		if ru.reason != "" {
			c.reason = ru.reason
		}
		// The last reference is the RFC that last defined the code
		// ([RFC3265][RFC6665] is RFC6665); the policy may name another.
		c.reference = row.references[len(row.references)-1]
		if ru.reference != "" {
			c.reference = ru.reference
		}
		if !isRFC(c.reference) {
			return nil, fmt.Errorf("%s:%d: code %d: reference %q is not an RFC; give one in %s", ianaName, row.line, row.value, c.reference, policyName)
		}
		codes = append(codes, c)
	}
	for _, ru := range rules {
		if registered[ru.value] {
			continue
		}
		if ru.status != "removed" || ru.reason == "" || ru.reference == "" {
			return nil, fmt.Errorf("%s:%d: code %d is not in %s: only a removed code with its reason and reference can be added", policyName, ru.line, ru.value, ianaName)
		}
		codes = append(codes, code{value: ru.value, reason: ru.reason, status: ru.status, reference: ru.reference, variants: ru.variants, note: ru.note})
	}
	slices.SortFunc(codes, func(a, b code) int { return a.value - b.value })
	return codes, nil
}

// fileError names the file in an error of csvfile.Read: "name:line: what".
func fileError(name string, err error) error {
	var le *csvfile.LineError
	if errors.As(err, &le) {
		return fmt.Errorf("%s:%d: %w", name, le.Line, le.Err)
	}
	return fmt.Errorf("%s: %w", name, err)
}

var classNames = map[int]string{
	1: "provisional", 2: "success", 3: "redirection",
	4: "client-failure", 5: "server-failure", 6: "global-failure",
}

// writeCodes writes codes.csv, the registry's embedded data.
func writeCodes(codes []code) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"code", "reason", "class", "status", "reference", "older_or_variant_reasons"})
	for _, c := range codes {
		w.Write([]string{strconv.Itoa(c.value), c.reason, classNames[c.value/100], c.status, c.reference, strings.Join(c.variants, "|")})
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// ConstName is the Go name of a reason phrase: the phrase's words, split
// at spaces and slashes, each with its first letter upper-cased; hyphens
// are dropped and the letters after them keep the phrase's case; other
// punctuation is dropped. Busy Here is BusyHere, Call/Transaction Does Not
// Exist is CallTransactionDoesNotExist, Request-URI Too Long is
// RequestURITooLong, Server Time-out is ServerTimeout, OK is OK.
func ConstName(phrase string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(phrase, func(r rune) bool { return r == ' ' || r == '/' }) {
		first := true
		for _, r := range word {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			if first {
				r = unicode.ToUpper(r)
				first = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

var classDocs = map[int]string{
	1: "provisional (1xx)", 2: "success (2xx)", 3: "redirection (3xx)",
	4: "client failure (4xx)", 5: "server failure (5xx)", 6: "global failure (6xx)",
}

// constants names every code that has a constant: all but the removed ones.
// A phrase registered for two codes (406 and 606 Not Acceptable) names the
// lower one; the others add their number (NotAcceptable606).
func constants(codes []code) ([]string, []code, error) {
	var names []string
	var kept []code
	first := map[string]int{}
	for _, c := range codes {
		if c.status == "removed" {
			continue
		}
		name := ConstName(c.reason)
		if _, taken := first[name]; taken {
			name += strconv.Itoa(c.value)
		}
		if prev, taken := first[name]; taken {
			return nil, nil, fmt.Errorf("codes %d and %d both make the name %s", prev, c.value, name)
		}
		if name == "" || !unicode.IsLetter([]rune(name)[0]) {
			return nil, nil, fmt.Errorf("code %d: phrase %q makes no Go name", c.value, c.reason)
		}
		first[name] = c.value
		names = append(names, name)
		kept = append(kept, c)
	}
	return names, kept, nil
}

// Header is the first line of the generated Go file.
const Header = "// Code generated by registry/gen from registry/testdata/sip-parameters-7.csv and registry/policy.csv; DO NOT EDIT."

const packageDoc = `// Package sipstatus names the SIP response codes that IANA registers (the
// "Response Codes" registry of the Session Initiation Protocol Parameters),
// one untyped constant per code, for SIP stacks that have none of their own
// (gosip, go-sip-ua, gossip). Untyped, a constant fits whatever integer type
// a stack uses for codes: sip.StatusCode(sipstatus.BusyHere), a uint16, an
// int.
//
// A name is the registered reason phrase in Go style: its words, split at
// spaces and slashes, each with a capital first letter; hyphens are dropped
// and the letters after them keep their case. So 486 Busy Here is BusyHere,
// 481 Call/Transaction Does Not Exist is CallTransactionDoesNotExist, 414
// Request-URI Too Long is RequestURITooLong and 504 Server Time-out is
// ServerTimeout. 606 Not Acceptable shares its phrase with 406 and is
// NotAcceptable606.
//
%s//
// sipcode (github.com/sipcode/sipcode) suggests these constants in its
// fixes for packages that depend on this module. The file is generated
// from sipcode's registry (go generate ./registry in the sipcode
// repository).
package sipstatus
`

// writeConstants writes the sipstatus package.
func writeConstants(codes []code) ([]byte, error) {
	names, kept, err := constants(codes)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(Header + "\n\n")
	var status []string
	for _, st := range []struct{ status, text string }{
		{"removed", "The codes of RFC 2543 that RFC 3261 removed and IANA never registered (%s) have no constant: a UAC treats them as the x00 of their class."},
		{"deprecated", "IANA marks %s deprecated, and so does the doc comment of %s."},
		{"reserved", "%s %s registered with no semantics (reserved): %s constant is kept, with a note, and sipcode reports its use."},
	} {
		var list []string
		for _, c := range codes {
			if c.status == st.status {
				list = append(list, fmt.Sprintf("%d %s", c.value, c.reason))
			}
		}
		switch joined := strings.Join(list, ", "); {
		case len(list) == 0:
		case st.status == "removed":
			status = append(status, fmt.Sprintf(st.text, joined))
		case st.status == "deprecated":
			status = append(status, fmt.Sprintf(st.text, joined, plural(len(list), "its constant", "their constants")))
		default:
			status = append(status, fmt.Sprintf(st.text, joined, plural(len(list), "is", "are"), plural(len(list), "its", "each")))
		}
	}
	var para strings.Builder
	if len(status) > 0 {
		for _, line := range wrap(strings.Join(status, " "), 74) {
			para.WriteString("// " + line + "\n")
		}
	}
	fmt.Fprintf(&b, packageDoc, para.String())
	b.WriteString("\nconst (\n")
	for i, c := range kept {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "\t// %s is %d %s: %s, RFC %s.\n", names[i], c.value, c.reason, classDocs[c.value/100], strings.TrimPrefix(c.reference, "RFC"))
		// IANA's one deprecated code, 202, still answers REFER, and sipcode's
		// fixes write it there: a "Deprecated:" paragraph would make
		// staticcheck (SA1019) and editors flag every such fix. The note says
		// what IANA marks instead.
		note := c.note
		if c.status == "deprecated" && note == "" {
			note = fmt.Sprintf("IANA marks %d deprecated.", c.value)
		}
		if note != "" {
			b.WriteString("\t//\n")
			for _, line := range wrap(note, 70) {
				b.WriteString("\t// " + line + "\n")
			}
		}
		fmt.Fprintf(&b, "\t%s = %d\n", names[i], c.value)
	}
	b.WriteString(")\n")
	return format.Source(b.Bytes())
}

func plural(n int, one, more string) string {
	if n == 1 {
		return one
	}
	return more
}

// wrap breaks text into lines of at most width bytes, at spaces.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}
