package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sipcode/sipcode/analyzer"
)

// TestCrossPackage: with -cross-package, wrappers declared in one package
// (functions, methods, wrappers of wrappers) make call sites in another
// checked. The want lines on the wrappers pin the facts.
func TestCrossPackage(t *testing.T) {
	a, err := analyzer.New(analyzer.Config{CrossPackage: true})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, a, "crosspkg/sipx", "crosspkg/sipy", "crosspkg/app")
}

// TestCrossPackageOff: by default the wrappers of other packages are not
// known, so the same calls are not reported.
func TestCrossPackageOff(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.Analyzer, "crosspkg/nofacts")
}
