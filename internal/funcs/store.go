package funcs

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// A Store keeps one kind of function summary, of value type V, for one
// pass: the summaries inferred in the package, and, in the cross-package
// mode, those of other packages' functions, read from their facts.
//
// Each summary set is queued (Next), so that the layer inferring them can
// revisit the function's callers, which may in turn get a summary (a
// wrapper of a wrapper). A new kind of summary is a value type and a Codec.
type Store[V any] struct {
	pass    *analysis.Pass
	codec   Codec[V] // nil: no facts (the default mode)
	known   map[types.Object]V
	pending []types.Object
}

// A Codec turns one kind of summary into an analysis fact and back.
type Codec[V any] interface {
	// NewFact returns an empty fact of the kind, to import into.
	NewFact() analysis.Fact
	Encode(V) analysis.Fact
	// Decode returns the summary a fact holds, or false when this run
	// cannot use it (a fact written with other library tables).
	Decode(analysis.Fact) (V, bool)
}

// NewStore returns an empty store. With a nil codec no fact is read or
// written.
func NewStore[V any](pass *analysis.Pass, codec Codec[V]) *Store[V] {
	return &Store[V]{pass: pass, codec: codec, known: map[types.Object]V{}}
}

// Of returns obj's summary: one set in this pass, or one read from a fact
// about another package's function.
func (s *Store[V]) Of(obj types.Object) (V, bool) {
	if v, ok := s.known[obj]; ok {
		return v, true
	}
	var zero V
	fn, ok := obj.(*types.Func)
	if s.codec == nil || !ok || fn.Pkg() == nil || fn.Pkg() == s.pass.Pkg {
		return zero, false
	}
	fact := s.codec.NewFact()
	if !s.pass.ImportObjectFact(fn, fact) {
		return zero, false
	}
	v, ok := s.codec.Decode(fact)
	if ok {
		s.known[fn] = v
	}
	return v, ok
}

// Set records the summary of obj, a function (or a variable bound to a
// function literal) of this package, and queues obj for Next; it exports
// the fact in the cross-package mode. The layer that infers the summaries
// asks Of first: a function's summary is normally set once.
func (s *Store[V]) Set(obj types.Object, v V) {
	s.known[obj] = v
	s.pending = append(s.pending, obj)
	if fn, ok := obj.(*types.Func); ok && s.codec != nil && fn.Pkg() == s.pass.Pkg {
		s.pass.ExportObjectFact(fn, s.codec.Encode(v))
	}
}

// Pending returns how many summaries were set since Next last returned
// false.
func (s *Store[V]) Pending() int { return len(s.pending) }

// Next returns a function whose summary was set since the last call, in
// the order they were set.
func (s *Store[V]) Next() (types.Object, bool) {
	if len(s.pending) == 0 {
		return nil, false
	}
	obj := s.pending[0]
	s.pending = s.pending[1:]
	return obj, true
}
