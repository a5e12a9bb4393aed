// Package testifycases: codes as expected values in test assertions. When
// one operand is a code, the other constant is compared with a code.
package testifycases

import (
	"github.com/emiago/sipgo/sip"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	http "github.com/valyala/fasthttp"
)

// recorder is a mock server transaction that keeps the last response.
type recorder struct{ last *sip.Response }

// fakeT stands for *testing.T, which analysistest would load from source.
type fakeT struct{}

func (fakeT) Errorf(format string, args ...interface{}) {}
func (fakeT) FailNow()                                  {}

func TestRespond(t fakeT) {
	var rec recorder
	res := rec.last
	require.Equal(t, 200, res.StatusCode)                // want `use sip.StatusOK instead of 200 \(OK\)`
	assert.Equal(t, res.StatusCode, 486)                 // want `use sip.StatusBusyHere instead of 486 \(Busy Here\)`
	assert.NotEqual(t, 500, rec.last.StatusCode)         // want `use sip.StatusInternalServerError instead of 500 \(Server Internal Error\)`
	require.EqualValues(t, 480, res.StatusCode, "retry") // want `use sip.StatusTemporarilyUnavailable instead of 480 \(Temporarily Unavailable\)`
	assert.Equalf(t, 499, res.StatusCode, "got %d", 1)   // want `499 is not a registered SIP response code`
	a := assert.New(t)
	a.Equal(603, res.StatusCode) // want `use sip.StatusGlobalDecline instead of 603 \(Decline\)`
	r := require.New(t)
	r.Exactly(409, res.StatusCode) // want `409 Conflict is not a SIP response code`
	// A local copied from a code, then asserted.
	code := res.StatusCode
	require.Equal(t, 404, code) // want `use sip.StatusNotFound instead of 404 \(Not Found\)`

	// Not codes: neither operand is a SIP code.
	require.Equal(t, 200, len(rec.last.Reason))
	var hres *http.Response
	require.Equal(t, 200, hres.StatusCode())
	require.Equal(t, http.StatusOK, hres.StatusCode())
	require.Equal(t, 486, 486)
	assert.Equal(t, sip.StatusOK, res.StatusCode)
	// Other assertions with two values are not equality.
	assert.Greater(t, res.StatusCode, 199)
}
