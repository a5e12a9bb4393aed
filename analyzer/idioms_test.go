package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sipcode/sipcode/analyzer"
)

// TestRealCodeIdioms runs one package per idiom found in public SIP code
// that the first tests never imagined (issue 9), positives and negatives
// side by side, each fix pinned by its .golden file.
func TestRealCodeIdioms(t *testing.T) {
	for _, pkg := range []string{
		"accepted",        // 202 is the answer to REFER: a literal, not deprecated
		"funclitwrappers", // wrappers bound to variables: var reply = func(...) {...}
		"spread",          // d.Respond(183, "Session Progress", body, headers...)
		"copiedlocals",    // code := res.StatusCode; switch code { case 401: }
		"testifycases",    // require.Equal(t, 200, res.StatusCode)
		"sipfrag",         // fmt.Sprintf("SIP/2.0 %d %s", code, reason)
		"foreignvalue",    // sip.StatusCode(http.StatusSwitchingProtocols)
		"localconsts",     // const statusOK = 200, used as a code: judged where declared
		"statusconsts",    // const bad codeType = http.StatusBadRequest
		"wrapperparams",   // if code == 200 inside a wrapper
		"classbounds",     // res.StatusCode > http.StatusOK
		"returnedcodes",   // code, reason := mapFailure(err): return 486, "Busy Here" (issue 15)
		"fedparams",       // disposition(res.StatusCode): switch code { case 486: } inside (issue 15)
		"reasonmaps",      // reply(tx, req, code, reasons[code]) with var reasons = map[int]string{...}
	} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, testdata, analyzer.Analyzer, pkg)
		})
	}
}
