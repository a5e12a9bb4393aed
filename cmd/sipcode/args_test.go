package main

import "testing"

func TestFindFlag(t *testing.T) {
	for _, tc := range []struct {
		args       []string
		name       string
		takesValue bool
		value      string
		found      bool
	}{
		{[]string{"-sarif=out.sarif", "./..."}, "sarif", true, "out.sarif", true},
		{[]string{"-checks=literal", "--sarif", "out.sarif", "./..."}, "sarif", true, "out.sarif", true},
		{[]string{"-tags", "integration,e2e", "./..."}, "tags", true, "integration,e2e", true},
		{[]string{"-tags=", "./..."}, "tags", true, "", true},
		{[]string{"./...", "-tags=x"}, "tags", true, "x", true},
		{[]string{"-sarifx=out", "./..."}, "sarif", true, "", false},
		{[]string{"--", "-sarif=out"}, "sarif", true, "", false},
		{[]string{"./..."}, "sarif", true, "", false},
	} {
		value, found := findFlag(tc.args, tc.name, tc.takesValue)
		if value != tc.value || found != tc.found {
			t.Errorf("findFlag(%q, %q) = %q, %v; want %q, %v", tc.args, tc.name, value, found, tc.value, tc.found)
		}
	}
}

func TestWithTags(t *testing.T) {
	for _, tc := range []struct{ goflags, tags, want string }{
		{"", "integration", "-tags=integration"},
		{"-mod=mod", "a,b", "-mod=mod -tags=a,b"},
		{"", "a b", "-tags=a,b"}, // the old space-separated form
		{"-mod=mod", "", "-mod=mod"},
		{"", " , ", ""},
	} {
		if got := withTags(tc.goflags, tc.tags); got != tc.want {
			t.Errorf("withTags(%q, %q) = %q, want %q", tc.goflags, tc.tags, got, tc.want)
		}
	}
}

func TestUnitchecker(t *testing.T) {
	if !unitchecker([]string{"-checks=literal", "/tmp/vet123/vet.cfg"}) || unitchecker([]string{"./..."}) || unitchecker(nil) {
		t.Error("unitchecker: want true only when the last argument is go vet's .cfg file")
	}
}
