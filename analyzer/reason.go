package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/sipcode/sipcode/registry"
)

// checkReason reports a reason phrase literal that is clearly wrong for
// code: another code's phrase ("OK" with 486) or a near miss of its own
// ("Unathorized"). The registered phrase and its variants are accepted in
// any case; any other text is the author's own and is left alone.
func (c *checker) checkReason(e ast.Expr, code registry.Code) {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING || c.judged[lit] {
		return
	}
	c.judged[lit] = true
	phrase, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	phrase = strings.TrimSpace(phrase)
	if phrase == "" || phraseOf(code, phrase) {
		return
	}
	var msg string
	if owner, ok := c.phraseOwner(phrase); ok {
		msg = fmt.Sprintf("reason phrase %q is that of %d; %d is %q", phrase, owner, code.Value, code.Reason)
	} else if nearMiss(code, phrase) {
		msg = fmt.Sprintf("reason phrase %q misspells %q (%d)", phrase, code.Reason, code.Value)
	} else {
		return
	}
	if f := c.add(lit, categoryReason, msg); f != nil {
		f.text = strconv.Quote(code.Reason)
	}
}

// phraseOf reports whether phrase is the code's phrase or one of its variants.
func phraseOf(code registry.Code, phrase string) bool {
	if strings.EqualFold(phrase, code.Reason) {
		return true
	}
	for _, v := range code.Variants {
		if strings.EqualFold(phrase, v) {
			return true
		}
	}
	return false
}

// phraseOwner returns the code whose phrase (or variant) phrase is.
func (c *checker) phraseOwner(phrase string) (int, bool) {
	if c.phrases == nil {
		c.phrases = map[string]int{}
		// Iterate in reverse so that a phrase two codes share (406 and 606
		// "Not Acceptable") belongs to the lower code.
		all := registry.All()
		for i := len(all) - 1; i >= 0; i-- {
			for _, p := range append([]string{all[i].Reason}, all[i].Variants...) {
				c.phrases[strings.ToLower(p)] = all[i].Value
			}
		}
	}
	owner, ok := c.phrases[strings.ToLower(phrase)]
	return owner, ok
}

// nearMiss reports whether phrase is a misspelling of the code's phrase or
// a variant: a few edits away, relative to its length. Short phrases need
// an exact match: "Ok" is fine, "Busy" is the author's own text.
func nearMiss(code registry.Code, phrase string) bool {
	for _, p := range append([]string{code.Reason}, code.Variants...) {
		if len(p) < 5 {
			continue
		}
		limit := 1 + len(p)/10
		if d := editDistance(strings.ToLower(phrase), strings.ToLower(p)); d > 0 && d <= limit {
			return true
		}
	}
	return false
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of adjacent bytes.
func editDistance(a, b string) int {
	if abs(len(a)-len(b)) > 3 {
		return 4 // more than any limit nearMiss uses
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
