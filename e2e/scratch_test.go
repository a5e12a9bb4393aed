package e2e

import (
	"os"
	"path/filepath"
	"testing"
)

// scratchModule makes a module in a temporary directory with the demo's
// go.mod and go.sum (module example.com/demo, on the real sipgo and diago)
// and the given files, by slash-separated path.
func scratchModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "go.sum"} {
		if err := copyFile(filepath.Join("..", "examples", "demo", name), filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	writeFiles(t, dir, files)
	return dir
}

// writeFiles writes files (by slash-separated path) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
