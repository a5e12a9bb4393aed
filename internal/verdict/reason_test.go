package verdict

import "testing"

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"unathorized", "unauthorized", 1},
		{"forbiden", "forbidden", 1},
		{"fobridden", "forbidden", 1}, // a swap
		{"busy", "busy here", 5},      // the lengths alone differ by more than the limit: limit+1
		{"", "", 0},
		// Regression: "too far" was 4, which was also the limit for phrases
		// of 30 or more characters, so any short text "misspelled" them.
		{"hello", "calltransactiondoesnotexist", 5},
	} {
		if got := editDistance(tt.a, tt.b, 4); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
