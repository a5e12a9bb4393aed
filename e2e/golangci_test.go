package e2e

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The golangci-lint tests build golangci-lint v2.15.0 with the sipcode
// plugin linked in, from the module proxy, by following the recipe of docs/integrations.md
// as written: the files of testdata/gcl, which docs/integrations.md shows, in a clean
// directory next to a "sipcode" checkout (a link to this repository),
// then go mod tidy and go build. That takes minutes the first time, so the
// binary is kept in the user's cache directory, under a key that changes
// with every input of the build; SIPCODE_E2E_REBUILD=1 ignores the cache.
// go test -short skips these tests.

const (
	golangciVersion = "v2.15.0"
	gclDir          = "testdata/gcl" // the files docs/integrations.md shows
	modulePath      = "github.com/sipcode/sipcode"
)

var (
	gclOnce sync.Once
	gclBin  string
	gclErr  error

	tempDirsMu sync.Mutex
	tempDirs   []string // removed by TestMain
)

func TestMain(m *testing.M) {
	code := m.Run()
	tempDirsMu.Lock()
	for _, dir := range tempDirs {
		os.RemoveAll(dir)
	}
	tempDirsMu.Unlock()
	if binary != "" {
		os.RemoveAll(filepath.Dir(binary)) // sipcodeBinary's
	}
	os.Exit(code)
}

// golangciBinary returns golangci-lint with the plugin, built once.
func golangciBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping the golangci-lint " + golangciVersion + " plugin build (minutes the first time; go test without -short runs it)")
	}
	gclOnce.Do(func() { gclBin, gclErr = buildGolangci(t) })
	if gclErr != nil {
		t.Fatalf("building golangci-lint with the sipcode plugin: %v", gclErr)
	}
	return gclBin
}

func buildGolangci(t *testing.T) (string, error) {
	root, err := filepath.Abs("..")
	if err != nil {
		return "", err
	}
	key, err := buildKey(root)
	if err != nil {
		return "", fmt.Errorf("computing the cache key: %w", err)
	}
	exe := ""
	if runtime.GOOS == "windows" {
		exe = ".exe"
	}
	cacheDir := ""
	if dir, err := os.UserCacheDir(); err == nil {
		cacheDir = filepath.Join(dir, "sipcode-e2e")
	}
	cached := filepath.Join(cacheDir, "golangci-lint-"+key+exe)
	if cacheDir != "" && os.Getenv("SIPCODE_E2E_REBUILD") == "" {
		if _, err := os.Stat(cached); err == nil {
			t.Logf("golangci-lint with the plugin: cached %s", cached)
			return cached, nil
		}
	}

	// The recipe of docs/integrations.md, in a clean directory: a sipcode checkout (here a
	// link to this repository) and the wrapper module next to it.
	tmp, err := os.MkdirTemp("", "sipcode-e2e-gcl")
	if err != nil {
		return "", err
	}
	tempDirsMu.Lock()
	tempDirs = append(tempDirs, tmp)
	tempDirsMu.Unlock()
	wrapper := filepath.Join(tmp, "golangci-lint-sipcode")
	if err := os.Mkdir(wrapper, 0o755); err != nil {
		return "", err
	}
	for _, name := range []string{"go.mod", "main.go"} {
		if err := copyFile(filepath.Join(gclDir, name), filepath.Join(wrapper, name)); err != nil {
			return "", err
		}
	}
	steps := [][]string{{"go", "mod", "tidy"}, {"go", "build", "-o", "golangci-lint" + exe, "."}}
	if err := os.Symlink(root, filepath.Join(tmp, "sipcode")); err != nil {
		// No symbolic links (Windows without privileges): point the
		// replace directive at the repository instead.
		steps = slices.Insert(steps, 0, []string{"go", "mod", "edit", "-replace=" + modulePath + "=" + root})
	}
	start := time.Now()
	for _, step := range steps {
		cmd := exec.Command(step[0], step[1:]...)
		cmd.Dir = wrapper
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("%s: %v\n%s", strings.Join(step, " "), err, out)
		}
	}
	t.Logf("built golangci-lint %s with the sipcode plugin in %v", golangciVersion, time.Since(start).Round(time.Second))
	built := filepath.Join(wrapper, "golangci-lint"+exe)
	if cacheDir == "" {
		return built, nil
	}
	if err := cacheBinary(built, cacheDir, cached); err != nil {
		t.Logf("not caching golangci-lint: %v", err)
		return built, nil
	}
	return cached, nil
}

// cacheBinary moves built to cached, atomically, and removes the binaries
// of older keys.
func cacheBinary(built, cacheDir, cached string) error {
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(cacheDir, "golangci-lint-*"))
	tmp, err := os.CreateTemp(cacheDir, "tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	src, err := os.Open(built)
	if err != nil {
		tmp.Close()
		return err
	}
	defer src.Close()
	if _, err := io.Copy(tmp, src); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o755); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), cached); err != nil {
		return err
	}
	for _, o := range old {
		if o != cached {
			os.Remove(o)
		}
	}
	return nil
}

// buildKey hashes every input of the build: the Go toolchain and target,
// The files docs/integrations.md shows, this module's go.mod and go.sum, and the files of every
// package of this module that the plugin links in.
func buildKey(root string) (string, error) {
	h := sha256.New()
	env, err := exec.Command("go", "env", "GOVERSION", "GOOS", "GOARCH", "CGO_ENABLED").Output()
	if err != nil {
		return "", err
	}
	h.Write(env)
	files := []string{
		filepath.Join(gclDir, "go.mod"),
		filepath.Join(gclDir, "main.go"),
		filepath.Join(root, "go.mod"),
		filepath.Join(root, "go.sum"),
	}
	format := `{{if and .Module (eq .Module.Path "` + modulePath + `")}}{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}
{{end}}{{range .EmbedFiles}}{{$d}}/{{.}}
{{end}}{{end}}`
	cmd := exec.Command("go", "list", "-deps", "-f", format, modulePath+"/plugin")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list: %v", err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			files = append(files, line)
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(root, f)
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:20], nil
}

func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// baseSettings are the plugin settings of testdata/gcl/.golangci.yml.
const baseSettings = `        settings:
          checks: [literal, deprecated, unknown, invalid, reason, header, method]
          allow: [599]
`

// golangciConfig writes the .golangci.yml of docs/integrations.md to dir, with settings (the
// lines of its settings block, "" for none) in place of baseSettings.
func golangciConfig(t *testing.T, dir, settings string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(gclDir, ".golangci.yml"))
	if err != nil {
		t.Fatal(err)
	}
	config := string(data)
	if !strings.Contains(config, baseSettings) {
		t.Fatalf("%s/.golangci.yml has no settings block\n%s\nupdate baseSettings", gclDir, baseSettings)
	}
	config = strings.Replace(config, baseSettings, settings, 1)
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runGolangci runs golangci-lint in dir with a cache of its own, and
// returns its output and exit code.
func runGolangci(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	t.Setenv("GOLANGCI_LINT_CACHE", t.TempDir())
	return run(t, dir, golangciBinary(t), append([]string{"run"}, args...)...)
}

// golangciFindings returns the findings golangci-lint printed, without
// the " (sipcode)" that names the linter: each must have it.
func golangciFindings(t *testing.T, out, dir string) []string {
	t.Helper()
	var got []string
	for _, f := range findings(out, dir) {
		text, ok := strings.CutSuffix(f, " (sipcode)")
		if !ok {
			t.Errorf("golangci-lint finding not from the sipcode linter: %s", f)
		}
		got = append(got, text)
	}
	return got
}

func TestGolangciLint(t *testing.T) {
	golangciBinary(t)
	dir := demoCopy(t)
	golangciConfig(t, dir, baseSettings)
	out, code := runGolangci(t, dir, "./...")
	if code != 1 {
		t.Errorf("golangci-lint run: exit %d, want 1 (issues)\n%s", code, out)
	}
	diffFindings(t, "golangci-lint", golangciFindings(t, out, dir), wantFindings)
}

// TestGolangciLintSettings checks that the settings of .golangci.yml reach
// the analyzer.
func TestGolangciLintSettings(t *testing.T) {
	golangciBinary(t)
	for _, tc := range []struct {
		name, settings string
		want           []string
		exit           int
	}{
		{"checks", "        settings:\n          checks: [deprecated]\n", []string{wantFindings[8]}, 1},
		{"checks and allow", "        settings:\n          checks: [deprecated, unknown, invalid]\n          allow: [499]\n", []string{wantFindings[8], wantFindings[12]}, 1},
		{"clean", "        settings:\n          checks: [deprecated]\n          allow: [409]\n", nil, 0},
		{"no settings", "", wantFindings, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := demoCopy(t)
			golangciConfig(t, dir, tc.settings)
			out, code := runGolangci(t, dir, "./...")
			if code != tc.exit {
				t.Errorf("golangci-lint run: exit %d, want %d\n%s", code, tc.exit, out)
			}
			diffFindings(t, "golangci-lint "+tc.name, golangciFindings(t, out, dir), tc.want)
		})
	}
}

// TestGolangciLintBadSettings checks that a mistake in the settings stops
// golangci-lint with a message that names it.
func TestGolangciLintBadSettings(t *testing.T) {
	golangciBinary(t)
	for _, tc := range []struct {
		name, settings, want string
	}{
		{"unknown key", "        settings:\n          checks: [deprecated]\n          chekcs: [literal]\n", `unknown setting "chekcs"`},
		{"bad check", "        settings:\n          checks: [literals]\n", `unknown check "literals"`},
		{"bad allow", "        settings:\n          allow: [99]\n", "allowed code 99 is outside 100..699"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := demoCopy(t)
			golangciConfig(t, dir, tc.settings)
			out, code := runGolangci(t, dir, "./...")
			if code != 3 {
				t.Errorf("golangci-lint run: exit %d, want 3 (failure)\n%s", code, out)
			}
			if !strings.Contains(out, "plugin(sipcode)") || !strings.Contains(out, tc.want) {
				t.Errorf("golangci-lint run: output does not name the plugin and %s:\n%s", tc.want, out)
			}
			if got := findings(out, dir); len(got) != 0 {
				t.Errorf("golangci-lint reported findings despite bad settings:\n%s", out)
			}
		})
	}
}

func TestGolangciLintNolint(t *testing.T) {
	golangciBinary(t)
	dir, want := nolintDemo(t)
	golangciConfig(t, dir, baseSettings)
	out, code := runGolangci(t, dir, "./...")
	if code != 1 {
		t.Errorf("golangci-lint run: exit %d, want 1 (issues)\n%s", code, out)
	}
	diffFindings(t, "golangci-lint with //nolint", golangciFindings(t, out, dir), want)
}

// TestGolangciLintFix applies the fixes through golangci-lint --fix: the
// files must be those sipcode -fix writes, the module must build, and only
// the findings without a fix must be left.
func TestGolangciLintFix(t *testing.T) {
	golangciBinary(t)
	bin, standalone := sipcodeBinary(t), demoCopy(t)
	if out, code := run(t, standalone, bin, "-fix", "./..."); code != 0 {
		t.Fatalf("sipcode -fix: exit %d\n%s", code, out)
	}
	want := snapshot(t, standalone)

	dir := demoCopy(t)
	golangciConfig(t, dir, baseSettings)
	before := snapshot(t, dir)
	if out, code := runGolangci(t, dir, "--fix", "./..."); code != 0 && code != 1 {
		t.Fatalf("golangci-lint run --fix: exit %d\n%s", code, out)
	}
	got := snapshot(t, dir)
	if maps.Equal(got, before) {
		t.Fatal("golangci-lint run --fix changed nothing")
	}
	for name := range want {
		if got[name] != want[name] {
			t.Errorf("golangci-lint --fix wrote a %s unlike sipcode -fix's:\n%s", name, got[name])
		}
	}
	if out, code := run(t, dir, "go", "build", "./..."); code != 0 {
		t.Fatalf("the fixed module does not build:\n%s", out)
	}
	if out, code := run(t, dir, "go", "vet", "./..."); code != 0 {
		t.Fatalf("go vet fails on the fixed module:\n%s", out)
	}
	out, code := runGolangci(t, dir, "./...")
	if code != 1 {
		t.Errorf("golangci-lint run after --fix: exit %d, want 1 (issues left)\n%s", code, out)
	}
	// The deprecated 409, unknown 499, invalid 1486 and the header 401 have no fix.
	diffFindings(t, "golangci-lint after --fix", golangciFindings(t, out, dir), []string{wantFindings[8], wantFindings[9], wantFindings[12], wantFindings[14]})
}

// TestCustomGclConfig checks the .custom-gcl.yml docs/integrations.md shows against the
// wrapper module the tests build: same golangci-lint version, this module,
// its plugin package. (golangci-lint custom clones golangci-lint with Git,
// so the tests build the wrapper module instead.)
func TestCustomGclConfig(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(gclDir, ".custom-gcl.yml"))
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]string{} // "version", "plugin.module", ...
	for _, line := range strings.Split(string(data), "\n") {
		key, value, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(line), "- "), ":")
		if !ok {
			continue
		}
		if strings.HasPrefix(line, " ") {
			key = "plugin." + key
		}
		fields[key] = strings.TrimSpace(value)
	}
	gomod, err := os.ReadFile(filepath.Join(gclDir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(gomod), "github.com/golangci/golangci-lint/v2 "+golangciVersion+"\n") {
		t.Errorf("%s/go.mod does not require golangci-lint %s", gclDir, golangciVersion)
	}
	for key, want := range map[string]string{
		"version":       golangciVersion,
		"plugin.module": modulePath,
		"plugin.import": modulePath + "/plugin",
	} {
		if fields[key] != want {
			t.Errorf(".custom-gcl.yml: %s is %q, want %q", key, fields[key], want)
		}
	}
	main, err := os.ReadFile(filepath.Join(gclDir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(main), `_ "`+fields["plugin.import"]+`"`) {
		t.Errorf("%s/main.go does not import %s", gclDir, fields["plugin.import"])
	}
	if _, err := os.Stat(filepath.Join("..", strings.TrimPrefix(fields["plugin.import"], modulePath+"/"), "plugin.go")); err != nil {
		t.Errorf(".custom-gcl.yml imports %s: %v", fields["plugin.import"], err)
	}
}

// TestReadmeShowsTestdata checks that docs/integrations.md shows the files the tests
// build and run, verbatim, so that the instructions and the tests cannot
// drift apart.
func TestReadmeShowsTestdata(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "integrations.md"))
	if err != nil {
		t.Fatal(err)
	}
	checkShowsTestdata(t, "docs/integrations.md", string(data))
}

func checkShowsTestdata(t *testing.T, what, readme string) {
	t.Helper()
	for _, name := range []string{"go.mod", "main.go", ".golangci.yml", ".custom-gcl.yml"} {
		file, err := os.ReadFile(filepath.Join(gclDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(readme, "\n"+string(file)+"```\n") {
			t.Errorf("%s does not show e2e/%s/%s verbatim in a code block", what, gclDir, name)
		}
	}
}

// TestGolangciLintSARIF runs the golangci-lint code scanning step
// (docs/integrations.md, "golangci-lint's SARIF"): golangci-lint with SARIF output, the text output kept on
// stdout and exit status 0 with findings. Every sipcode finding must be a
// SARIF result whose rule id is the linter's name, "sipcode" (golangci-lint
// v2.15.0 writes the linter, not the category, and no rules table), at
// level "error" (golangci-lint's default severity) or the level the
// severity settings give, with the file relative to the directory
// golangci-lint ran in, its line and column, and sipcode's message. It
// runs with no settings, every category on, so that the want list is the
// demo's full one.
func TestGolangciLintSARIF(t *testing.T) {
	golangciBinary(t)
	for _, tc := range []struct {
		name, extra, level string
	}{
		{"default severity", "", "error"},
		{"severity warning", "\nseverity:\n  default: warning\n", "warning"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := demoCopy(t)
			golangciConfig(t, dir, "")
			if tc.extra != "" {
				f, err := os.OpenFile(filepath.Join(dir, ".golangci.yml"), os.O_APPEND|os.O_WRONLY, 0)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := f.WriteString(tc.extra); err != nil {
					t.Fatal(err)
				}
				if err := f.Close(); err != nil {
					t.Fatal(err)
				}
			}
			sarif := filepath.Join(t.TempDir(), "golangci-lint.sarif")
			out, code := runGolangci(t, dir, "--output.text.path=stdout", "--output.sarif.path="+sarif, "--issues-exit-code=0", "./...")
			if code != 0 {
				t.Errorf("golangci-lint run --issues-exit-code=0: exit %d, want 0\n%s", code, out)
			}
			diffFindings(t, "golangci-lint text output beside SARIF", golangciFindings(t, out, dir), wantFindings)
			diffFindings(t, "golangci-lint SARIF", sarifFindings(t, sarif, tc.level), wantFindings)
		})
	}
}

// sarifFindings reads golangci-lint's SARIF file and returns its results
// as "file:line:column: message", sorted, checking that each is sipcode's
// at the given level.
func sarifFindings(t *testing.T, file, level string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("golangci-lint wrote no SARIF file: %v", err)
	}
	var report sarifFile // sarif_test.go
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("SARIF file: %v\n%s", err, data)
	}
	if report.Version != "2.1.0" || len(report.Runs) != 1 {
		t.Fatalf("SARIF version %q with %d runs, want 2.1.0 with 1\n%s", report.Version, len(report.Runs), data)
	}
	if name := report.Runs[0].Tool.Driver.Name; name != "golangci-lint" {
		t.Errorf("SARIF tool.driver.name %q, want golangci-lint", name)
	}
	var got []string
	for _, r := range report.Runs[0].Results {
		if r.RuleID != "sipcode" {
			t.Errorf("SARIF result %q: ruleId %q, want sipcode", r.Message.Text, r.RuleID)
		}
		if r.Level != level {
			t.Errorf("SARIF result %q: level %q, want %s", r.Message.Text, r.Level, level)
		}
		if len(r.Locations) != 1 {
			t.Errorf("SARIF result %q: %d locations, want 1", r.Message.Text, len(r.Locations))
			continue
		}
		got = append(got, r.line())
	}
	slices.Sort(got)
	return got
}
