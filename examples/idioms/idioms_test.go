package idioms

import (
	"testing"

	"github.com/emiago/sipgo/sip"
	"github.com/stretchr/testify/require"
)

func TestOutcome(t *testing.T) {
	res := sip.NewResponse(sip.StatusBusyHere, "Busy Here")
	require.Equal(t, "busy", Outcome(res))
	require.Equal(t, 486, res.StatusCode)
	require.NotEqual(t, 499, res.StatusCode)
	require.Equal(t, 3, len(res.Reason)/3)
}
