package main

import (
	"strings"
)

// findFlag finds -name or --name among args (before a "--"), with its
// value: after "=", or, when the flag takes a value and has no "=", the
// next argument. sipcode reads -sarif and -tags this way before any driver
// parses the arguments, as explain.Main does for -explain.
func findFlag(args []string, name string, takesValue bool) (value string, found bool) {
	for i, a := range args {
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "-") {
			continue
		}
		n, v, eq := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if n != name {
			continue
		}
		if !eq && takesValue && i+1 < len(args) {
			v = args[i+1]
		}
		return v, true
	}
	return "", false
}

// unitchecker tells whether go vet or go fix runs sipcode on one package:
// its last argument is then the .cfg file they write.
func unitchecker(args []string) bool {
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// withTags returns GOFLAGS with -tags=tags added. The x/tools drivers
// accept -tags only as a no-op kept from cmd/vet, so on its own it would
// check less than the user asked; but they load packages with go list,
// which takes build flags from GOFLAGS. Tags may be separated by commas or,
// in the old form, spaces; GOFLAGS separates flags with spaces, so they are
// written with commas.
func withTags(goflags, tags string) string {
	tags = strings.Join(strings.Fields(strings.ReplaceAll(tags, ",", " ")), ",")
	if tags == "" {
		return goflags
	}
	return strings.TrimSpace(goflags + " -tags=" + tags)
}
