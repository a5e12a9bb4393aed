package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sipcode/sipcode/analyzer"
)

// testdata is the repository's testdata directory, in GOPATH layout.
var testdata, _ = filepath.Abs(filepath.Join("..", "testdata"))

func TestLiteral(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, analyzer.Analyzer, "literal")
}

func TestChecks(t *testing.T) {
	for _, pkg := range []string{"deprecated", "unknown", "invalid", "reason"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, testdata, analyzer.Analyzer, pkg)
		})
	}
}

func TestFixes(t *testing.T) {
	for _, pkg := range []string{"imports", "collision", "foreign", "diagocase"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, testdata, analyzer.Analyzer, pkg)
		})
	}
}
