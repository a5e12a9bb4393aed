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

// FactTypes are the facts this layer reads and writes in the
// cross-package mode.
func FactTypes() []analysis.Fact { return []analysis.Fact{new(WrapperFact)} }

// wrapperCodec turns wrappers into facts and back. A fact names its
// library's table, which this run must have too.
type wrapperCodec struct{ libs map[string]*stacks.Table }

func newWrapperCodec(tables []*stacks.Table) wrapperCodec {
	libs := map[string]*stacks.Table{}
	for _, t := range tables {
		libs[t.Name] = t
	}
	return wrapperCodec{libs}
}

func (wrapperCodec) NewFact() analysis.Fact { return new(WrapperFact) }

func (wrapperCodec) Encode(p stacks.CodeParams) analysis.Fact {
	return &WrapperFact{Code: p.Code, Reason: p.Reason, Library: p.Lib.Name}
}

func (c wrapperCodec) Decode(fact analysis.Fact) (stacks.CodeParams, bool) {
	f := fact.(*WrapperFact)
	lib := c.libs[f.Library]
	if lib == nil {
		return stacks.CodeParams{}, false // a fact from a run with other tables
	}
	return stacks.CodeParams{Code: f.Code, Reason: f.Reason, Lib: lib}, true
}
