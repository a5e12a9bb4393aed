// Package docs holds the documentation pages; its test checks their links.
package docs

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestLinks: every relative link in README.md and docs/*.md names a file
// or directory that exists and, with a #fragment, an anchor of that page:
// a heading, by GitHub's rules for heading ids, or an <a id> / <a name>.
func TestLinks(t *testing.T) {
	pages, err := filepath.Glob("*.md")
	if err != nil || len(pages) < 5 {
		t.Fatalf("docs/*.md: %v (%d pages)", err, len(pages))
	}
	pages = append(pages, filepath.Join("..", "README.md"))
	for _, problem := range brokenLinks(pages) {
		t.Error(problem)
	}
}

// TestBrokenLinksFails: the check finds a missing file, a missing anchor
// in another page and in the same one, and accepts the good links beside
// them.
func TestBrokenLinksFails(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.md", "# Page A\n\n## Code scanning (SARIF)\n\n<a id=\"x-1\"></a>\n\n"+
		"[ok](b.md#go-fix-go-126-and-later) [ok](#code-scanning-sarif) [ok](#x-1) [ok](https://example.com/#nope)\n"+
		"[ok](b.md#same-1) `[not a link](c.md)`\n\n```md\n[not a link](c.md)\n```\n"+
		"[bad](c.md) [bad](b.md#nope) [bad](#page-b)\n")
	write("b.md", "# go fix (Go 1.26 and later)\n\n## Same\n\n## Same\n")
	got := brokenLinks([]string{filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")})
	want := []string{"c.md", "b.md#nope", "#page-b"}
	if len(got) != len(want) {
		t.Fatalf("problems %q, want one for each of %q", got, want)
	}
	for i, w := range want {
		if !strings.Contains(got[i], "("+w+")") {
			t.Errorf("problem %d: %q, want one about %s", i, got[i], w)
		}
	}
}

func TestSlug(t *testing.T) {
	for heading, want := range map[string]string{
		"Constants for stacks that have none: `sipstatus`": "constants-for-stacks-that-have-none-sipstatus",
		"`-cross-package` under go vet and golangci-lint":  "-cross-package-under-go-vet-and-golangci-lint",
		"Silencing a line: `//nolint:sipcode`":             "silencing-a-line-nolintsipcode",
		"[Library](x.md) tables_v2 **now**":                "library-tables_v2-now",
		"Où — 2xx":                                         "où--2xx",
	} {
		if got := slug(heading); got != want {
			t.Errorf("slug(%q) = %q, want %q", heading, got, want)
		}
	}
}

var (
	linkRE    = regexp.MustCompile(`\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)
	codeRE    = regexp.MustCompile("`[^`]*`")
	headingRE = regexp.MustCompile(`^#{1,6}\s+(.*?)\s*#*\s*$`)
	anchorRE  = regexp.MustCompile(`<a (?:id|name)="([^"]+)"`)
	schemeRE  = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)
	mdLinkRE  = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
)

// brokenLinks returns a line for each broken relative link of the pages.
func brokenLinks(pages []string) []string {
	anchors := map[string][]string{} // page -> its anchors
	var problems []string
	for _, page := range pages {
		data, err := os.ReadFile(page)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		for n, line := range prose(string(data)) {
			for _, m := range linkRE.FindAllStringSubmatch(codeRE.ReplaceAllString(line, ""), -1) {
				target := m[1]
				if schemeRE.MatchString(target) {
					continue
				}
				path, fragment, _ := strings.Cut(target, "#")
				file := page
				if path != "" {
					file = filepath.Join(filepath.Dir(page), filepath.FromSlash(path))
					if _, err := os.Stat(file); err != nil {
						problems = append(problems, page+":"+strconv.Itoa(n+1)+": no such file: ("+target+")")
						continue
					}
				}
				if fragment == "" {
					continue
				}
				if _, ok := anchors[file]; !ok {
					anchors[file] = pageAnchors(file)
				}
				if !slices.Contains(anchors[file], fragment) {
					problems = append(problems, page+":"+strconv.Itoa(n+1)+": no such anchor: ("+target+")")
				}
			}
		}
	}
	return problems
}

// prose returns the lines of a markdown text, those of fenced code blocks
// blanked, so that line numbers stay right.
func prose(text string) []string {
	lines := strings.Split(text, "\n")
	fenced := false
	for i, line := range lines {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			lines[i] = ""
		} else if fenced {
			lines[i] = ""
		}
	}
	return lines
}

// pageAnchors returns the anchors of a page: its headings' ids, numbered
// -1, -2, ... when repeated, as GitHub numbers them, and its <a> anchors.
func pageAnchors(file string) []string {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var out []string
	seen := map[string]int{}
	for _, line := range prose(string(data)) {
		if m := headingRE.FindStringSubmatch(line); m != nil {
			id := slug(m[1])
			if n := seen[id]; n > 0 {
				out = append(out, id+"-"+strconv.Itoa(n))
			} else {
				out = append(out, id)
			}
			seen[id]++
		}
		for _, m := range anchorRE.FindAllStringSubmatch(line, -1) {
			out = append(out, m[1])
		}
	}
	return out
}

// slug is GitHub's id of a heading: its text as rendered (links reduced to
// their text, code and emphasis marks gone), lower case, every character
// but letters, digits, marks, connector punctuation (_), spaces and
// hyphens dropped, and each space a hyphen.
func slug(heading string) string {
	text := mdLinkRE.ReplaceAllString(heading, "$1")
	var b strings.Builder
	for _, r := range strings.ToLower(text) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.Is(unicode.Pc, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
