package verdict

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"unicode"

	"github.com/sipcode/sipcode/internal/finding"
	"github.com/sipcode/sipcode/registry"
)

// checkReason reports a reason phrase literal that is clearly wrong for
// code: another code's phrase ("OK" with 486) or a near miss of its own
// ("Unathorized"). The registered phrase and its variants are accepted in
// any case; any other text is the author's own and is left alone.
func (j *Judge) checkReason(e ast.Expr, code registry.Code) {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING || j.judged[lit] {
		return
	}
	j.judged[lit] = true
	phrase, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	phrase = strings.TrimSpace(phrase)
	if normalizePhrase(phrase) == "" || phraseOf(code, phrase) {
		return
	}
	var msg string
	if owner, ok := j.phraseOwner(phrase); ok {
		msg = fmt.Sprintf("reason phrase %q is that of %d; %d is %q", phrase, owner, code.Value, code.Reason)
	} else if nearMiss(code, phrase) {
		msg = fmt.Sprintf("reason phrase %q misspells %q (%d)", phrase, code.Reason, code.Value)
	} else {
		return
	}
	j.add(lit, finding.Reason, msg).Text = strconv.Quote(code.Reason)
}

// phraseOf reports whether phrase is the code's phrase or one of its
// variants, which include the HTTP phrase of the same code where it means
// the same thing (504 "Gateway Timeout"). Case, spaces, hyphens and
// punctuation are not typos: "Request Time-out" is "Request Timeout".
func phraseOf(code registry.Code, phrase string) bool {
	if strings.EqualFold(phrase, code.Reason) {
		return true // the common case, without normalising
	}
	norm := normalizePhrase(phrase)
	for _, p := range phrasesOf(code) {
		if normalizePhrase(p) == norm {
			return true
		}
	}
	return false
}

func phrasesOf(code registry.Code) []string {
	return append([]string{code.Reason}, code.Variants...)
}

// normalizePhrase keeps only the letters and digits of a phrase, in lower
// case.
func normalizePhrase(phrase string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, phrase)
}

// phraseOwner returns the code whose phrase (or variant) phrase is.
func (j *Judge) phraseOwner(phrase string) (int, bool) {
	if j.phrases == nil {
		j.phrases = map[string]int{}
		// Iterate in reverse so that a phrase two codes share (406 and 606
		// "Not Acceptable") belongs to the lower code.
		all := registry.All()
		for i := len(all) - 1; i >= 0; i-- {
			for _, p := range phrasesOf(all[i]) {
				j.phrases[normalizePhrase(p)] = all[i].Value
			}
		}
	}
	owner, ok := j.phrases[normalizePhrase(phrase)]
	return owner, ok
}

// nearMiss reports whether phrase is a letter-level typo of the code's
// phrase or a variant: as many words, and a few letters wrong, relative to
// its length. Anything else is the author's own text ("Call does not
// exist" for 481 Call/Transaction Does Not Exist). Short phrases need an
// exact match: "Ok" is fine, "Busy" is the author's own text.
func nearMiss(code registry.Code, phrase string) bool {
	norm, words := normalizePhrase(phrase), wordCount(phrase)
	for _, p := range phrasesOf(code) {
		if len(p) < 5 || wordCount(p) != words {
			continue
		}
		limit := 1 + len(p)/10
		if d := editDistance(norm, normalizePhrase(p), limit); d > 0 && d <= limit {
			return true
		}
	}
	return false
}

func wordCount(phrase string) int {
	return len(strings.FieldsFunc(phrase, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of adjacent bytes. Past limit it only
// says so: it returns limit+1 when the lengths alone differ by more.
func editDistance(a, b string, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
