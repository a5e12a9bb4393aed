package main

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	flags, files := split([]string{"-checks=literal", "-fix", "a.go", "b/c.go"})
	if !reflect.DeepEqual(flags, []string{"-checks=literal", "-fix"}) || !reflect.DeepEqual(files, []string{"a.go", "b/c.go"}) {
		t.Errorf("split: flags %q, files %q", flags, files)
	}
	flags, files = split([]string{"--", "-odd.go"})
	if !reflect.DeepEqual(flags, []string{"--"}) || !reflect.DeepEqual(files, []string{"-odd.go"}) {
		t.Errorf("split with --: flags %q, files %q", flags, files)
	}
}

// TestModules: files become their directories' packages, grouped by the
// module holding them, each directory once; files outside Go's ./...
// and outside any module are left out.
func TestModules(t *testing.T) {
	root := filepath.Join(t.TempDir(), ".cache", "repo") // a dot above the module root does not count
	mods := map[string]bool{filepath.Join(root, "go.mod"): true, filepath.Join(root, "tools", "go.mod"): true}
	exists := func(p string) bool { return mods[p] }
	files := []string{
		"main.go", "main_test.go", "sip/a.go", "sip/b.go", "sip/inner/c.go",
		"tools/gen.go", "tools/cmd/x/x.go",
		"testdata/bad.go", "sip/testdata/bad.go", "vendor/v/v.go", "_old/o.go", ".hidden/h.go",
		"README.md", "sip/go.sum",
	}
	for i, f := range files {
		files[i] = filepath.Join(root, filepath.FromSlash(f))
	}
	got := modules(files, exists)
	want := []module{
		{root: root, packages: []string{".", "./sip", "./sip/inner"}},
		{root: filepath.Join(root, "tools"), packages: []string{".", "./cmd/x"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("modules:\n got %v\nwant %v", got, want)
	}
	if got := modules([]string{filepath.Join(t.TempDir(), "x.go")}, exists); len(got) != 0 {
		t.Errorf("a file in no module: %v, want nothing", got)
	}
}
