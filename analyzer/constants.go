package analyzer

import (
	"go/types"
	"slices"
	"strings"
	"unicode"

	"github.com/sipcode/sipcode/registry"
)

// constIndex maps a code to the constant a fix writes for it.
type constIndex map[int]*types.Const

// constantFor returns the constant to suggest for code: from the library's
// constants package, else from the -constants package, else nil. Both are
// read from the packages the pass has loaded, so a fix names only constants
// that exist in the version the user builds with.
func (c *checker) constantFor(lib *table, code registry.Code) *types.Const {
	for _, path := range []string{lib.constants, c.opts.constants} {
		if path == "" {
			continue
		}
		if k := c.constIndex(path, lib)[code.Value]; k != nil {
			return k
		}
	}
	return nil
}

func (c *checker) constIndex(path string, lib *table) constIndex {
	if idx, ok := c.consts[path]; ok {
		return idx
	}
	idx := constIndex{}
	if pkg := c.sinks.pkgs[path]; pkg != nil {
		var misnamed []string
		if path == lib.constants {
			misnamed = lib.misnamed
		}
		idx = indexConstants(pkg, misnamed)
	}
	c.consts[path] = idx
	return idx
}

// indexConstants picks, for each registered code, the exported constant of
// pkg that best names it. Constants listed as misnamed, and any whose name
// shares no word with the code's reason phrases (sipgo's 416
// StatusRequestedRangeNotSatisfiable is an HTTP name), are never picked.
func indexConstants(pkg *types.Package, misnamed []string) constIndex {
	idx := constIndex{}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || !k.Exported() || slices.Contains(misnamed, name) || !isInteger(k.Type()) {
			continue
		}
		value, ok := intValue(k.Val())
		if !ok {
			continue
		}
		code, registered := registry.Lookup(value)
		if !registered || !namesCode(name, code) {
			continue
		}
		if best := idx[value]; best == nil || betterName(name, best.Name(), code) {
			idx[value] = k
		}
	}
	return idx
}

// namesCode reports whether a constant's name shares a word with the
// code's reason phrase or one of its variants.
func namesCode(name string, code registry.Code) bool {
	words := nameWords(name)
	for _, phrase := range append([]string{code.Reason}, code.Variants...) {
		for _, w := range phraseWords(phrase) {
			if slices.Contains(words, w) {
				return true
			}
		}
	}
	return false
}

// betterName prefers the name that spells the reason phrase exactly
// (StatusBusyHere), then the shorter, then the first in order.
func betterName(a, b string, code registry.Code) bool {
	ea, eb := spellsReason(a, code), spellsReason(b, code)
	if ea != eb {
		return ea
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

func spellsReason(name string, code registry.Code) bool {
	return strings.Join(nameWords(name), "") == strings.Join(phraseWords(code.Reason), "")
}

// stopWords are too common in reason phrases to tie a name to a code.
var stopWords = []string{"status", "not", "too", "is", "in", "of", "the", "does", "here", "a"}

// nameWords splits a Go name into lower-case words: StatusBusyHere is
// [busy here], StatusRequestURITooLong is [request uri too long],
// StatusNotAcceptable606 is [not acceptable 606] (stop words dropped).
func nameWords(name string) []string {
	var words []string
	runes := []rune(name)
	start := 0
	for i := 1; i <= len(runes); i++ {
		boundary := i == len(runes) || runes[i] == '_' ||
			unicode.IsUpper(runes[i]) && (unicode.IsLower(runes[i-1]) || i+1 < len(runes) && unicode.IsLower(runes[i+1])) ||
			unicode.IsDigit(runes[i]) != unicode.IsDigit(runes[i-1]) // jart's StatusNotAcceptable606
		if boundary {
			if w := strings.ToLower(strings.Trim(string(runes[start:i]), "_")); w != "" {
				words = append(words, w)
			}
			start = i
		}
	}
	return dropStopWords(words)
}

// phraseWords splits a reason phrase into lower-case words.
func phraseWords(phrase string) []string {
	return dropStopWords(strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

func dropStopWords(words []string) []string {
	return slices.DeleteFunc(words, func(w string) bool { return slices.Contains(stopWords, w) })
}
