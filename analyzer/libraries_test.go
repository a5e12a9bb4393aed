package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sipcode/sipcode/analyzer"
)

// More GOPATH roots, for stubs whose import paths clash with those under
// testdata/src: sipgo v0.x (typed sip.StatusCode, and livekit/sipgo built
// on it) has the same paths as the v1 stubs; gossip's upper-case path
// would differ from the lower-case one only in case, which some file
// systems cannot hold side by side.
var (
	sipgoV0     = filepath.Join(testdata, "sipgov0")
	gossipUpper = filepath.Join(testdata, "gossipupper")
)

// TestLibraries runs each built-in table against stubs written from the
// library's published signatures.
func TestLibraries(t *testing.T) {
	tests := []struct{ dir, pkg string }{
		{sipgoV0, "sipgov0cases"},
		{sipgoV0, "livekitv0cases"},
		{testdata, "livekitcases"},
		{testdata, "gosipcases"},
		{testdata, "sipuacases"},
		{testdata, "jartcases"},
		{testdata, "livekitprotocolcases"},
		{testdata, "gossipcases"},
		{gossipUpper, "gossipuppercases"},
	}
	for _, tt := range tests {
		t.Run(tt.pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, tt.dir, analyzer.Analyzer, tt.pkg)
		})
	}
}

// TestLibraryConstants: gosip and go-sip-ua have no constants; with
// -constants, fixes use that package's, untyped, in gosip's uint16 type.
func TestLibraryConstants(t *testing.T) {
	a, err := analyzer.New(analyzer.Config{Constants: "example.com/sipstatus"})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, a, "gosipconstants")
}

// TestSipstatusFallback: a package that depends on
// github.com/sipcode/sipcode/sipstatus gets its constants in fixes where
// the library has none, with no flag; -constants comes before it; a package
// that does not depend on it gets no fix (gosipcases in TestLibraries).
func TestSipstatusFallback(t *testing.T) {
	t.Run("default", func(t *testing.T) {
		analysistest.RunWithSuggestedFixes(t, testdata, analyzer.Analyzer, "gosipsipstatus")
	})
	t.Run("constants flag first", func(t *testing.T) {
		a, err := analyzer.New(analyzer.Config{Constants: "example.com/sipstatus"})
		if err != nil {
			t.Fatal(err)
		}
		analysistest.RunWithSuggestedFixes(t, testdata, a, "gosipoverride")
	})
}
