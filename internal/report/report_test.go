package report

import "testing"

func TestNolintApplies(t *testing.T) {
	for text, want := range map[string]bool{
		"//nolint":                  true,
		"//nolint // why":           true,
		"//nolint:sipcode":          true,
		"//nolint:errcheck,sipcode": true,
		"//nolint:all":              true,
		"//nolint:sipcode // why":   true,
		"//nolint:errcheck":         false,
		"//nolint:sipcodes":         false,
		"// nolint:sipcode":         false,
		"//nolintsipcode":           false,
		"/* nolint:sipcode */":      false,
	} {
		if got := nolintApplies(text); got != want {
			t.Errorf("nolintApplies(%q) = %v, want %v", text, got, want)
		}
	}
}
