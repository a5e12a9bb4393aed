package stacks

import (
	"go/types"
	"slices"
	"strings"
	"unicode"

	"github.com/sipcode/sipcode/internal/astx"
	"github.com/sipcode/sipcode/registry"
)

// The library's own constants: which of them names each code.

// SipstatusPath is the module of constants generated from the registry, the
// last resort of fixes for libraries that have no constants.
const SipstatusPath = "github.com/sipcode/sipcode/sipstatus"

// IndexConstants picks, for each registered code, the exported constant of
// pkg that best names it. Constants listed as misnamed, and any whose name
// shares no word with the code's reason phrases (sipgo's 416
// StatusRequestedRangeNotSatisfiable is an HTTP name), are never picked.
func IndexConstants(pkg *types.Package, misnamed []string) map[int]*types.Const {
	idx := map[int]*types.Const{}
	scope := pkg.Scope()
	var consts []*types.Const
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || !k.Exported() || slices.Contains(misnamed, name) || !astx.IsInteger(k.Type()) {
			continue
		}
		consts = append(consts, k)
	}
	stems := constantStems(consts)
	for _, k := range consts {
		value, ok := astx.IntValue(k.Val())
		if !ok {
			continue
		}
		code, registered := registry.Lookup(value)
		stem := stems[k]
		if !registered || !namesCode(stem, code) {
			continue
		}
		if best := idx[value]; best == nil || betterName(stem, stems[best], code) {
			idx[value] = k
		}
	}
	return idx
}

// constantStems returns the part of each constant's name that can spell a
// reason phrase. Most names are their own stem (StatusBusyHere). Protobuf
// enum values are named Type_PREFIX_VALUE (livekit's
// SIPStatusCode_SIP_STATUS_BUSY_HERE): the stem drops the type's name and
// the words every value of the type starts with (SIP_STATUS_), leaving
// BUSY_HERE.
func constantStems(consts []*types.Const) map[*types.Const]string {
	stems := map[*types.Const]string{}
	enums := map[*types.TypeName][]*types.Const{}
	for _, k := range consts {
		stems[k] = k.Name()
		named, ok := types.Unalias(k.Type()).(*types.Named)
		if !ok {
			continue
		}
		if rest, ok := strings.CutPrefix(k.Name(), named.Obj().Name()+"_"); ok && rest != "" {
			stems[k] = rest
			enums[named.Obj()] = append(enums[named.Obj()], k)
		}
	}
	for _, values := range enums {
		if len(values) < 2 {
			continue
		}
		prefix := strings.Split(stems[values[0]], "_")
		for _, k := range values[1:] {
			segs := strings.Split(stems[k], "_")
			n := 0
			for n < len(prefix) && n < len(segs)-1 && prefix[n] == segs[n] {
				n++
			}
			prefix = prefix[:n]
		}
		if len(prefix) == 0 {
			continue
		}
		cut := strings.Join(prefix, "_") + "_"
		for _, k := range values {
			stems[k] = strings.TrimPrefix(stems[k], cut)
		}
	}
	return stems
}

// namesCode reports whether a constant's name shares a word with the
// code's reason phrase or one of its variants, or spells one of them
// outright (livekit's NOTFOUND is "Not Found").
func namesCode(name string, code registry.Code) bool {
	words := nameWords(name)
	for _, phrase := range append([]string{code.Reason}, code.Variants...) {
		for _, w := range phraseWords(phrase) {
			if slices.Contains(words, w) {
				return true
			}
		}
		if strings.Join(splitName(name), "") == strings.Join(splitPhrase(phrase), "") {
			return true
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

// spellsReason reports whether a name is the reason phrase, less stop words
// (StatusBusyHere, BUSY_HERE) or with all of its words run together
// (NOTFOUND).
func spellsReason(name string, code registry.Code) bool {
	return strings.Join(nameWords(name), "") == strings.Join(phraseWords(code.Reason), "") ||
		strings.Join(splitName(name), "") == strings.Join(splitPhrase(code.Reason), "")
}

// stopWords are too common in reason phrases to tie a name to a code.
var stopWords = []string{"status", "not", "too", "is", "in", "of", "the", "does", "here", "a"}

// nameWords splits a Go name into lower-case words: StatusBusyHere is
// [busy here], StatusRequestURITooLong is [request uri too long],
// StatusNotAcceptable606 is [not acceptable 606], BUSY_HERE is [busy]
// (stop words dropped).
func nameWords(name string) []string {
	return dropStopWords(splitName(name))
}

// splitName splits a Go name into lower-case words, at case changes,
// underscores and digits.
func splitName(name string) []string {
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
	return words
}

// phraseWords splits a reason phrase into lower-case words, stop words
// dropped.
func phraseWords(phrase string) []string {
	return dropStopWords(splitPhrase(phrase))
}

// splitPhrase splits a reason phrase into lower-case words.
func splitPhrase(phrase string) []string {
	return strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func dropStopWords(words []string) []string {
	return slices.DeleteFunc(words, func(w string) bool { return slices.Contains(stopWords, w) })
}
