package sarif

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"

	"golang.org/x/tools/go/analysis"
)

// A Report collects the diagnostics of one run of sipcode and writes them
// as one SARIF run.
type Report struct {
	root     string // absolute: what %SRCROOT% stands for
	version  string
	rules    []Rule
	index    map[string]int
	readFile func(string) ([]byte, error)
	lines    map[string][]string // file -> its lines, read once
	results  []result
	seen     map[seenKey]bool
	notes    []Notification
}

// A result is a SARIF result before its fingerprint, which depends on the
// results before it (the occurrence index).
type result struct {
	Result
	file     string // as its URI
	line     int
	column   int
	lineText string // trimmed, for the fingerprint
	flagged  string // the text of the region on its first line
}

type seenKey struct {
	start, end token.Position
	message    string
}

// New returns an empty report. root is the directory paths are written
// relative to (the repository's root); checks are the enabled categories,
// whose rules the log lists; readFile reads a source file, for the line
// text that columns and fingerprints are computed from.
func New(root, version string, checks []string, readFile func(string) ([]byte, error)) *Report {
	r := &Report{root: root, version: version, rules: Rules(checks), index: map[string]int{},
		readFile: readFile, lines: map[string][]string{}, seen: map[seenKey]bool{}}
	for i, rule := range r.rules {
		r.index[rule.ID] = i
	}
	return r
}

// Add adds a diagnostic. A diagnostic reported twice at the same place (a
// file of a package and of its test variant, with -test) is added once, as
// the text output prints it once.
func (r *Report) Add(fset *token.FileSet, d analysis.Diagnostic) {
	start := fset.Position(d.Pos)
	end := start
	if d.End.IsValid() {
		end = fset.Position(d.End)
	}
	k := seenKey{start, end, d.Message}
	if r.seen[k] {
		return
	}
	r.seen[k] = true
	id := RuleID(d)
	i, ok := r.index[id]
	if !ok {
		// Not a rule of the reference (a category -checks left out cannot
		// report): still a result, under a rule of its own.
		i = len(r.rules)
		r.rules = append(r.rules, Rule{ID: id, Name: pascal(id) + "Finding", ShortDescription: Message{Text: sentence(id)},
			FullDescription: Message{Text: sentence(id)}, Help: Message{Text: d.URL}, HelpURI: d.URL,
			DefaultConfiguration: Configuration{Level: "warning"}})
		r.index[id] = i
	}
	res := result{
		Result: Result{
			RuleID:    id,
			RuleIndex: i,
			Level:     r.rules[i].DefaultConfiguration.Level,
			Message:   Message{Text: d.Message},
			Locations: []Location{{PhysicalLocation: PhysicalLocation{ArtifactLocation: r.artifact(start.Filename), Region: r.region(start, end)}}},
		},
		file:   r.artifact(start.Filename).URI,
		line:   start.Line,
		column: start.Column,
	}
	res.lineText, res.flagged = r.text(start, end)
	for _, fix := range d.SuggestedFixes {
		res.Fixes = append(res.Fixes, r.fix(fset, fix))
	}
	r.results = append(r.results, res)
}

// Notify records an error of the run (a package that does not load, an
// analysis that failed): the log then says the run did not succeed.
func (r *Report) Notify(message string) {
	r.notes = append(r.notes, Notification{Level: "error", Message: Message{Text: message}})
}

func (r *Report) fix(fset *token.FileSet, fix analysis.SuggestedFix) Fix {
	out := Fix{Description: Message{Text: sentence(fix.Message)}}
	byFile := map[string]int{}
	for _, e := range fix.TextEdits {
		start := fset.Position(e.Pos)
		end := start
		if e.End.IsValid() {
			end = fset.Position(e.End)
		}
		i, ok := byFile[start.Filename]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[start.Filename] = i
			out.ArtifactChanges = append(out.ArtifactChanges, ArtifactChange{ArtifactLocation: r.artifact(start.Filename)})
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements,
			Replacement{DeletedRegion: *r.region(start, end), InsertedContent: &Content{Text: string(e.NewText)}})
	}
	return out
}

// artifact names a file relative to the root, or by its absolute file URI
// when it is outside (a cgo file in the build cache).
func (r *Report) artifact(file string) ArtifactLocation {
	if rel, err := filepath.Rel(r.root, file); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return ArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: SrcRoot}
	}
	return ArtifactLocation{URI: FileURI(file)}
}

// FileURI is the file: URI of an absolute path.
func FileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x on Windows
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// region converts Go's positions (byte columns) to SARIF's default
// columns, UTF-16 code units, from the text of the file.
func (r *Report) region(start, end token.Position) *Region {
	return &Region{StartLine: start.Line, StartColumn: r.column(start), EndLine: end.Line, EndColumn: r.column(end)}
}

func (r *Report) column(p token.Position) int {
	line, ok := r.line(p.Filename, p.Line)
	if !ok || p.Column-1 > len(line) {
		return p.Column
	}
	return len(utf16.Encode([]rune(line[:p.Column-1]))) + 1
}

func (r *Report) line(file string, n int) (string, bool) {
	lines, ok := r.lines[file]
	if !ok {
		data, err := r.readFile(file)
		if err == nil {
			lines = strings.Split(string(data), "\n")
		}
		r.lines[file] = lines
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimSuffix(lines[n-1], "\r"), true
}

// text returns what a fingerprint is made of: the finding's line, trimmed,
// and the text it flags on that line.
func (r *Report) text(start, end token.Position) (lineText, flagged string) {
	line, ok := r.line(start.Filename, start.Line)
	if !ok || start.Column-1 > len(line) {
		return "", ""
	}
	to := len(line)
	if end.Line == start.Line && end.Column-1 <= len(line) && end.Column >= start.Column {
		to = end.Column - 1
	}
	return strings.TrimSpace(line), line[start.Column-1 : to]
}

// Write writes the log, its results in file, line and column order.
//
// Each result's fingerprint hashes its rule, its file, the text of its
// line (trimmed) and the text it flags, never a line number, and adds the
// index of the result among those with the same hash: a finding keeps it
// when lines above it are added or removed or its line is re-indented,
// so code scanning keeps a dismissed alert dismissed.
func (r *Report) Write(w io.Writer) error {
	slices.SortStableFunc(r.results, func(a, b result) int {
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line), cmp.Compare(a.column, b.column),
			cmp.Compare(a.RuleID, b.RuleID), cmp.Compare(a.Message.Text, b.Message.Text))
	})
	count := map[string]int{}
	results := []Result{}
	for _, res := range r.results {
		sum := sha256.Sum256([]byte(strings.Join([]string{res.RuleID, res.file, res.lineText, res.flagged}, "\x00")))
		hash := fmt.Sprintf("%x", sum[:16])
		count[hash]++
		res.PartialFingerprints = map[string]string{FingerprintKey: fmt.Sprintf("%s:%d", hash, count[hash])}
		results = append(results, res.Result)
	}
	run := Run{
		Tool:        Tool{Driver: Driver{Name: ToolName, Version: r.version, InformationURI: InformationURI, Rules: r.rules}},
		Invocations: []Invocation{{ExecutionSuccessful: len(r.notes) == 0, ToolExecutionNotifications: r.notes}},
		OriginalURIBaseIDs: map[string]ArtifactLocation{
			SrcRoot: {URI: strings.TrimSuffix(FileURI(r.root), "/") + "/"},
		},
		ColumnKind: "utf16CodeUnits",
		Results:    results,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Log{Schema: Schema, Version: Version, Runs: []Run{run}}); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
