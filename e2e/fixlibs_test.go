package e2e

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFixLibraries runs sipcode -fix on the SIP libraries themselves, from
// the module cache: each must still build and vet, every fix must have
// applied (a second run finds no literal that a fix could remove), and the
// library's own constant declarations (StatusOK = 200) stay as they are.
// go vet must say after -fix what it said before: the libraries have vet
// findings of their own.
// Regression: -fix rewrote sipgo's StatusOK = 200 to StatusOK = StatusOK,
// an initialization cycle.
func TestFixLibraries(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds and vets copies of sipgo and diago")
	}
	bin := sipcodeBinary(t)
	for _, m := range []struct{ path, version, constants string }{
		{"github.com/emiago/sipgo", "v1.7.2", "sip/message.go"},
		{"github.com/emiago/sipgo", "v0.22.0", "sip/message.go"},
		{"github.com/emiago/diago", "v0.42.1", ""},
	} {
		t.Run(m.path+"@"+m.version, func(t *testing.T) {
			src := moduleDir(t, m.path, m.version)
			dir := t.TempDir()
			copyTree(t, src, dir)
			// sipgo's module zip lacks the certificates its TLS test embeds.
			certs := filepath.Join(dir, "testdata", "certs")
			if err := os.MkdirAll(certs, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{"server.crt", "server.key", "client.crt", "client.key"} {
				if err := os.WriteFile(filepath.Join(certs, f), nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			vetBefore, _ := run(t, dir, "go", "vet", "./...") // the libraries have findings of their own
			before := treeSnapshot(t, dir)
			if out, code := run(t, dir, bin, "-fix", "./..."); code != 0 && code != 3 {
				t.Fatalf("sipcode -fix: exit %d\n%s", code, tailLines(out, 20))
			}
			after := treeSnapshot(t, dir)
			changed := 0
			for name, text := range after {
				if before[name] != text {
					changed++
				}
			}
			if changed == 0 {
				t.Errorf("-fix changed no file: the library's bare codes were not fixed")
			}
			if m.constants != "" && after[m.constants] != before[m.constants] {
				t.Errorf("-fix edited %s, the library's own constant declarations", m.constants)
			}
			if out, code := run(t, dir, "go", "build", "./..."); code != 0 {
				t.Fatalf("go build after -fix: %s", tailLines(out, 20))
			}
			if vetAfter, _ := run(t, dir, "go", "vet", "./..."); !slices.Equal(sortedLines(vetAfter), sortedLines(vetBefore)) {
				t.Fatalf("go vet says something new after -fix:\n%s\nbefore:\n%s", tailLines(vetAfter, 20), tailLines(vetBefore, 20))
			}
			out, code := run(t, dir, bin, "-json", "./...")
			if code != 0 {
				t.Fatalf("sipcode -json: exit %d\n%s", code, tailLines(out, 20))
			}
			var tree map[string]map[string][]struct {
				Posn     string `json:"posn"`
				Category string `json:"category"`
				Message  string `json:"message"`
				Fixes    []any  `json:"suggested_fixes"`
			}
			if err := json.Unmarshal([]byte(out), &tree); err != nil {
				t.Fatalf("-json output: %v\n%s", err, tailLines(out, 20))
			}
			for _, analyzers := range tree {
				for _, d := range analyzers["sipcode"] {
					if d.Category == "literal" && len(d.Fixes) > 0 {
						t.Errorf("after -fix, still fixable: %s: %s", d.Posn, d.Message)
					}
				}
			}
		})
	}
}

// sortedLines returns the lines of out, sorted: go vet prints its packages
// in the order they finish.
func sortedLines(out string) []string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	slices.Sort(lines)
	return lines
}

// treeSnapshot returns the text of every .go file under dir, by path
// relative to dir.
func treeSnapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
