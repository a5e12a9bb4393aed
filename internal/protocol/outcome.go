package protocol

import (
	"go/ast"
	"slices"

	"github.com/sipcode/sipcode/internal/stacks"
)

// outcome is what happened to one response.
type outcome struct {
	sent     bool                // it reaches a sender (or its constructor sends it)
	escaped  bool                // it went where the tracker cannot follow
	unknown  bool                // a header on it could not be named
	built    map[string]bool     // header names it gets before it is sent
	have     map[string]bool     // built, plus what the sender adds
	maybe    map[string]bool     // names the library adds to some responses only
	maybeFor map[string][]string // of those, the ones added to responses to these methods only
	replaces []replaceUse
}

// replaceUse is a replacer call on the response.
type replaceUse struct {
	call    *ast.CallExpr
	sel     *ast.SelectorExpr
	names   []string // canonical
	display []string // as written
}

func newOutcome() *outcome {
	return &outcome{built: map[string]bool{}, have: map[string]bool{}, maybe: map[string]bool{}, maybeFor: map[string][]string{}}
}

func (o *outcome) anyOf(group []string) bool {
	for _, h := range group {
		if o.have[stacks.CanonicalHeader(h)] {
			return true
		}
	}
	return false
}

// maybeAny reports whether the library may add a header of group to a
// response to a request whose method is one of methods (nil: unknown). A
// header it adds only for other methods is no evidence once the method is
// known.
func (o *outcome) maybeAny(group, methods []string) bool {
	for _, h := range group {
		h = stacks.CanonicalHeader(h)
		if !o.maybe[h] {
			continue
		}
		only, ok := o.maybeFor[h]
		if !ok || len(methods) == 0 || slices.Contains(methods, "*") || slices.ContainsFunc(methods, func(m string) bool { return slices.Contains(only, m) }) {
			return true
		}
	}
	return false
}

func (o *outcome) addBuilt(names ...string) {
	for _, n := range names {
		o.built[n], o.have[n] = true, true
	}
}

// addMaybe notes headers the library may add, for the methods in only (nil:
// for any).
func (o *outcome) addMaybe(only map[string][]string, names ...string) {
	for _, n := range names {
		methods, restricted := only[n]
		_, wasRestricted := o.maybeFor[n]
		switch {
		case !o.maybe[n]:
			o.maybe[n] = true
			if restricted {
				o.maybeFor[n] = methods
			}
		case !wasRestricted:
			// already added for any method
		case !restricted:
			delete(o.maybeFor, n) // now added for any method
		default:
			o.maybeFor[n] = append(slices.Clip(o.maybeFor[n]), methods...)
		}
	}
}
