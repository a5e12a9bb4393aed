package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// preCommitRequired, set by .ci/run, turns the skip of TestPreCommitHook
// into a failure: CI must run it.
const preCommitRequired = "SIPCODE_PRE_COMMIT_REQUIRED"

// preCommit returns a pre-commit command: installed from PyPI into a
// scratch virtualenv, else (PyPI unreachable, as on machines with no access
// to it) the one on PATH (.ci/run installs Debian's when it can). It skips
// the test when there is neither.
func preCommit(t *testing.T) string {
	t.Helper()
	var why []string
	if python, err := exec.LookPath("python3"); err == nil {
		venv := filepath.Join(t.TempDir(), "venv")
		if out, err := exec.Command(python, "-m", "venv", venv).CombinedOutput(); err != nil {
			why = append(why, "python3 -m venv: "+lastLine(out))
		} else if out, err := exec.Command(filepath.Join(venv, "bin", "pip"), "install", "--disable-pip-version-check",
			"--retries", "0", "--timeout", "15", "pre-commit").CombinedOutput(); err != nil {
			why = append(why, "pip install pre-commit (PyPI): "+lastLine(out))
		} else {
			t.Logf("pre-commit from PyPI, in %s", venv)
			return filepath.Join(venv, "bin", "pre-commit")
		}
	} else {
		why = append(why, "no python3 on PATH")
	}
	if path, err := exec.LookPath("pre-commit"); err == nil {
		t.Logf("%s; using %s", strings.Join(why, "; "), path)
		return path
	}
	msg := "no pre-commit: " + strings.Join(why, "; ") + "; and none on PATH (pip install pre-commit, or apt-get install pre-commit)"
	if os.Getenv(preCommitRequired) != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

func lastLine(out []byte) string {
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return lines[len(lines)-1]
}

// git runs git in dir, with an identity for commits, and fails the test
// on an error.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=sipcode test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// hookRepository is a clone of this repository as it is on disk: its
// tracked and untracked, not ignored files, committed in a fresh
// repository, so that the hook tested is the one of this tree.
func hookRepository(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, ".git")); err != nil {
		t.Skipf("%s is not a Git checkout: pre-commit try-repo needs one", root)
	}
	dst := t.TempDir()
	files := git(t, root, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	for _, name := range strings.Split(strings.TrimRight(files, "\x00"), "\x00") {
		src := filepath.Join(root, filepath.FromSlash(name))
		if info, err := os.Lstat(src); err != nil || !info.Mode().IsRegular() {
			continue // deleted in the work tree, or not a file
		}
		out := filepath.Join(dst, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := copyFile(src, out); err != nil {
			t.Fatal(err)
		}
	}
	git(t, dst, "init", "-q")
	git(t, dst, "add", "-A")
	git(t, dst, "commit", "-q", "-m", "sipcode as tested")
	return dst
}

// TestPreCommitHook runs the hook of .pre-commit-hooks.yaml through
// pre-commit try-repo on a clone of this repository, in a scratch Git
// repository of a module on the real sipgo v1.7.2: it checks the packages
// of the staged files (a change to a clean package passes although another
// package has a finding), fails on a bare code, and passes once sipcode
// -fix has replaced it.
func TestPreCommitHook(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: pre-commit builds the hook's environment")
	}
	preCommit := preCommit(t)
	hooks := hookRepository(t)
	app := scratchModule(t, map[string]string{
		"bad/bad.go": "package bad\n\nimport \"github.com/emiago/sipgo/sip\"\n\n" +
			"func Busy() *sip.Response { return sip.NewResponse(486, \"Busy Here\") }\n",
		"clean/clean.go": "package clean\n\nimport \"github.com/emiago/sipgo/sip\"\n\n" +
			"func Busy() *sip.Response { return sip.NewResponse(sip.StatusBusyHere, \"Busy Here\") }\n",
	})
	git(t, app, "init", "-q")
	git(t, app, "add", "-A")
	git(t, app, "commit", "-q", "-m", "app")
	gomodcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	env := []string{
		"PRE_COMMIT_HOME=" + t.TempDir(),
		// pre-commit builds the hook with GOPATH set to its environment;
		// the module cache .ci/run filled keeps that build off the network.
		"GOMODCACHE=" + strings.TrimSpace(string(gomodcache)),
	}
	tryRepo := func(args ...string) (string, int) {
		t.Helper()
		return runEnv(t, app, env, preCommit, append([]string{"try-repo", hooks, "sipcode"}, args...)...)
	}
	const finding = "bad/bad.go:5:52: use sip.StatusBusyHere instead of 486 (Busy Here)"
	appendLine := func(name string) {
		t.Helper()
		f, err := os.OpenFile(filepath.Join(app, name), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString("\n// A change.\n")
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		git(t, app, "add", name)
	}

	appendLine("clean/clean.go")
	if out, code := tryRepo(); code != 0 || strings.Contains(out, finding) {
		t.Errorf("a change to the clean package only: exit %d, want 0 without the other package's finding\n%s", code, out)
	}
	appendLine("bad/bad.go")
	if out, code := tryRepo(); code == 0 || !strings.Contains(out, finding) || !strings.Contains(out, "exit code: 3") {
		t.Errorf("a change to the package with a bare code: exit %d, want the hook to fail with sipcode's exit 3 and %q\n%s", code, finding, out)
	}
	if out, code := tryRepo("--all-files"); code == 0 || !strings.Contains(out, finding) {
		t.Errorf("--all-files: exit %d, want a failure with %q\n%s", code, finding, out)
	}
	if out, code := run(t, app, sipcodeBinary(t), "-fix", "./..."); code != 0 {
		t.Fatalf("sipcode -fix: exit %d\n%s", code, out)
	}
	if data, err := os.ReadFile(filepath.Join(app, "bad", "bad.go")); err != nil || !bytes.Contains(data, []byte("sip.StatusBusyHere")) {
		t.Fatalf("sipcode -fix did not fix bad/bad.go: %v\n%s", err, data)
	}
	git(t, app, "add", "-A")
	if out, code := tryRepo("--all-files"); code != 0 || !strings.Contains(out, "Passed") {
		t.Errorf("--all-files after sipcode -fix: exit %d, want 0 and Passed\n%s", code, out)
	}
}
