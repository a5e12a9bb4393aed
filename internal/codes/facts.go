package codes

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/sipcode/sipcode/internal/stacks"
)

// WrapperFact tells other packages that a function is a wrapper: the first
// kind of function summary. It is exported only in the cross-package mode.
type WrapperFact struct {
	Code    int    // parameter index of the code
	Reason  int    // parameter index of the reason phrase, or -1
	Library string // name of the table whose constants fixes use
}

func (*WrapperFact) AFact() {}

func (f *WrapperFact) String() string {
	return fmt.Sprintf("sipcode wrapper(code=%d reason=%d library=%s)", f.Code, f.Reason, f.Library)
}

// ReturnsFact tells other packages that a function returns a code: a call
// of it is a code, as a status field is. It is exported only in the
// cross-package mode.
type ReturnsFact struct {
	Code    int    // result index of the code
	Reason  int    // result index of the reason phrase, or -1
	Library string // name of the table whose constants fixes use
}

func (*ReturnsFact) AFact() {}

func (f *ReturnsFact) String() string {
	return fmt.Sprintf("sipcode returns(code=%d reason=%d library=%s)", f.Code, f.Reason, f.Library)
}

// FactTypes are the facts this layer reads and writes in the
// cross-package mode.
func FactTypes() []analysis.Fact { return []analysis.Fact{new(WrapperFact), new(ReturnsFact)} }

// An indexFact is a summary fact that holds two indexes and a library: a
// wrapper's parameters, a function's results.
type indexFact interface {
	analysis.Fact
	get() stacks.CodeParams // Lib nil: see Library
	library() string
	set(p stacks.CodeParams)
}

func (f *WrapperFact) get() stacks.CodeParams {
	return stacks.CodeParams{Code: f.Code, Reason: f.Reason}
}
func (f *WrapperFact) library() string { return f.Library }
func (f *WrapperFact) set(p stacks.CodeParams) {
	f.Code, f.Reason, f.Library = p.Code, p.Reason, p.Lib.Name
}

func (f *ReturnsFact) get() stacks.CodeParams {
	return stacks.CodeParams{Code: f.Code, Reason: f.Reason}
}
func (f *ReturnsFact) library() string { return f.Library }
func (f *ReturnsFact) set(p stacks.CodeParams) {
	f.Code, f.Reason, f.Library = p.Code, p.Reason, p.Lib.Name
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
