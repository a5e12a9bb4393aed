package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sipcode/sipcode/analyzer"
)

// acmeStack describes the fake in-house stack under
// testdata/src/example.com/acme, which no built-in table knows.
var acmeStack = filepath.Join(testdata, "acme.stack")

// TestConfig runs the acme table end to end, given through Config and
// through the -config flag.
func TestConfig(t *testing.T) {
	t.Run("Config", func(t *testing.T) {
		a, err := analyzer.New(analyzer.Config{Config: acmeStack})
		if err != nil {
			t.Fatal(err)
		}
		analysistest.RunWithSuggestedFixes(t, testdata, a, "acmecases")
	})
	t.Run("flag", func(t *testing.T) {
		a, err := analyzer.New(analyzer.Config{})
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Flags.Set("config", acmeStack); err != nil {
			t.Fatal(err)
		}
		if got := a.Flags.Lookup("config").Value.String(); got != acmeStack {
			t.Errorf("-config reads back as %q", got)
		}
		analysistest.RunWithSuggestedFixes(t, testdata, a, "acmecases")
	})
}

// TestConfigErrors: a bad table stops the analyzer before it runs, with an
// error that names the file, the line and the directive.
func TestConfigErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.stack")
	src := "library acme\n# a comment\ncall example.com/acme/sip.Reply code=one reason=2\n"
	if err := os.WriteFile(bad, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	want := bad + `:3: call: code: "one" is not a parameter index`
	if _, err := analyzer.New(analyzer.Config{Config: bad}); err == nil || err.Error() != want {
		t.Errorf("New: error %v, want %q", err, want)
	}
	a, err := analyzer.New(analyzer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("config", bad); err == nil || err.Error() != want {
		t.Errorf("-config: error %v, want %q", err, want)
	}
	if got := a.Flags.Lookup("config").Value.String(); got != "" {
		t.Errorf("-config kept the bad file: reads back as %q", got)
	}
	if _, err := analyzer.New(analyzer.Config{Config: acmeStack + ".missing"}); err == nil || !strings.Contains(err.Error(), "acme.stack.missing") {
		t.Errorf("New with a missing file: error %v", err)
	}
}

// TestLibraryOwnConstants runs sipcode on a library's own package, as on
// sipgo itself: the constants a table names as the library's are never
// reported where they are declared, even where the package uses them as
// codes, and no fix names the constant it edits. Regression: -fix on sipgo
// v1.7.2 rewrote StatusOK = 200 to StatusOK = StatusOK, which no longer
// builds (e2e: TestFixLibraries).
func TestLibraryOwnConstants(t *testing.T) {
	a, err := analyzer.New(analyzer.Config{Config: filepath.Join(testdata, "selfstack.stack")})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, a, "example.com/selfstack/sip")
}
