// Command sipcode-pre-commit is the entry of the pre-commit hook
// (.pre-commit-hooks.yaml): it runs sipcode on the packages of the files
// it is given.
//
//	sipcode-pre-commit [sipcode flags] FILE...
//
// pre-commit passes the changed files, but sipcode, like every analysis
// driver, checks packages: several files of one directory are one package,
// and files of several directories given to sipcode would be read as one
// package. So each .go file stands for its directory, and the directories
// are checked module by module (a repository may hold several), each run
// in its module's root as sipcode ./dir1 ./dir2. Directories that
// sipcode ./... leaves out (testdata, vendor, names starting with . or _)
// are left out here too.
//
// The flags before the first file go to sipcode unchanged; write them with
// "=" (-checks=literal): a flag's value in a separate argument would be
// taken for a file. The exit status is the highest of the runs': 3 when
// there are findings, 0 when there are none.
package main

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	flags, files := split(os.Args[1:])
	status := 0
	for _, m := range modules(files, exists) {
		cmd := exec.Command(sipcode(), append(slices.Clone(flags), m.packages...)...)
		cmd.Dir = m.root
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		err := cmd.Run()
		code := cmd.ProcessState.ExitCode()
		if err != nil && code < 0 {
			fmt.Fprintf(os.Stderr, "sipcode-pre-commit: %v\n", err)
			code = 1
		}
		status = max(status, code)
	}
	os.Exit(status)
}

// sipcode is the sipcode binary beside this one (go install ./..., which
// pre-commit runs, puts both in one directory), else the one on PATH.
func sipcode() string {
	if self, err := os.Executable(); err == nil {
		name := filepath.Join(filepath.Dir(self), "sipcode"+filepath.Ext(self))
		if exists(name) {
			return name
		}
	}
	return "sipcode"
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// split separates the leading flags from the files.
func split(args []string) (flags, files []string) {
	i := 0
	for i < len(args) && strings.HasPrefix(args[i], "-") {
		if args[i] == "--" {
			i++
			break
		}
		i++
	}
	return args[:i], args[i:]
}

// A module is a module root and the packages to check in it, as sipcode
// takes them there: "." or "./dir".
type module struct {
	root     string
	packages []string
}

// modules groups the directories of the .go files by module: the nearest
// directory above with a go.mod. A file in no module is left out.
// fileExists tells whether a path exists (a test's stand-in for the file
// system).
func modules(files []string, fileExists func(string) bool) []module {
	byRoot := map[string][]string{}
	for _, f := range files {
		if filepath.Ext(f) != ".go" {
			continue
		}
		dir, err := filepath.Abs(filepath.Dir(f))
		if err != nil {
			continue
		}
		root, ok := moduleRoot(dir, fileExists)
		if !ok {
			continue
		}
		rel, err := filepath.Rel(root, dir)
		if err != nil || skipped(rel) {
			continue
		}
		pkg := "./" + filepath.ToSlash(rel)
		if rel == "." {
			pkg = "."
		}
		if !slices.Contains(byRoot[root], pkg) {
			byRoot[root] = append(byRoot[root], pkg)
		}
	}
	var out []module
	for _, root := range slices.Sorted(maps.Keys(byRoot)) {
		pkgs := byRoot[root]
		slices.Sort(pkgs)
		out = append(out, module{root: root, packages: pkgs})
	}
	return out
}

// skipped tells whether the go command's ./... leaves dir (relative to the
// module root) out.
func skipped(dir string) bool {
	for _, part := range strings.Split(filepath.ToSlash(dir), "/") {
		if part == "testdata" || part == "vendor" || part != "." && part != ".." && (strings.HasPrefix(part, ".") || strings.HasPrefix(part, "_")) {
			return true
		}
	}
	return false
}

// moduleRoot finds the directory of the go.mod governing dir (absolute),
// among dir and its parents.
func moduleRoot(dir string, fileExists func(string) bool) (string, bool) {
	for {
		if fileExists(filepath.Join(dir, "go.mod")) {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
