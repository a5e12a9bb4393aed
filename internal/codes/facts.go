package codes

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/internal/stacks"
)

// Indexes are what a code summary holds: the index of the code and of its
// reason phrase among a function's parameters (a wrapper) or results (a
// function returning a code), and the library whose constants fixes use.
type Indexes struct {
	Code    int    // index of the code
	Reason  int    // index of the reason phrase, or -1
	Library string // name of the table whose constants fixes use
}

func (x *Indexes) get() stacks.CodeParams { return stacks.CodeParams{Code: x.Code, Reason: x.Reason} }
func (x *Indexes) library() string        { return x.Library }
func (x *Indexes) set(p stacks.CodeParams) {
	x.Code, x.Reason, x.Library = p.Code, p.Reason, p.Lib.Name
}

// WrapperFact tells other packages that a function is a wrapper: the first
// kind of function summary, by parameter index. It is exported only in the
// cross-package mode.
type WrapperFact struct{ Indexes }

func (*WrapperFact) AFact() {}

func (f *WrapperFact) String() string {
	return fmt.Sprintf("sipcode wrapper(code=%d reason=%d library=%s)", f.Code, f.Reason, f.Library)
}

// ReturnsFact tells other packages that a function returns a code, by
// result index: a call of it is a code, as a status field is. It is
// exported only in the cross-package mode.
type ReturnsFact struct{ Indexes }

func (*ReturnsFact) AFact() {}

func (f *ReturnsFact) String() string {
	return fmt.Sprintf("sipcode returns(code=%d reason=%d library=%s)", f.Code, f.Reason, f.Library)
}

// FactTypes are the facts this layer reads and writes in the
// cross-package mode.
func FactTypes() []analysis.Fact { return []analysis.Fact{new(WrapperFact), new(ReturnsFact)} }

// An indexFact is a summary fact that holds Indexes.
type indexFact interface {
	analysis.Fact
	get() stacks.CodeParams // Lib nil: see library
	library() string
	set(p stacks.CodeParams)
}

// indexCodec turns summaries into facts of one kind and back. A fact names
// its library's table, which this run must have too.
type indexCodec struct {
	libs    map[string]*stacks.Table
	newFact func() indexFact
}

func newIndexCodec(tables []*stacks.Table, newFact func() indexFact) indexCodec {
	libs := map[string]*stacks.Table{}
	for _, t := range tables {
		libs[t.Name] = t
	}
	return indexCodec{libs, newFact}
}

func (c indexCodec) NewFact() analysis.Fact { return c.newFact() }

func (c indexCodec) Encode(p stacks.CodeParams) analysis.Fact {
	f := c.newFact()
	f.set(p)
	return f
}

func (c indexCodec) Decode(fact analysis.Fact) (stacks.CodeParams, bool) {
	f := fact.(indexFact)
	lib := c.libs[f.library()]
	if lib == nil {
		return stacks.CodeParams{}, false // a fact from a run with other tables
	}
	p := f.get()
	p.Lib = lib
	return p, true
}
