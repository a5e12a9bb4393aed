// Command nop is a do-nothing analyzer run by the same driver as sipcode
// (singlechecker, same golang.org/x/tools version). The bench command runs
// it beside sipcode: what sipcode costs more than nop is sipcode's own cost,
// everything else (go list, parsing, type checking, export data) being the
// driver's.
//
// With -cross-package it declares a fact type, as sipcode does in that
// mode, so that the driver loads and analyses every dependency from source.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// nopFact is never exported; declaring it is what changes the driver's work.
type nopFact struct{ Unused int }

func (*nopFact) AFact() {}

var analyzer = &analysis.Analyzer{
	Name: "nop",
	Doc:  "nop does nothing: the baseline of sipcode's benchmark",
	URL:  "https://github.com/sipcode/sipcode/tree/main/bench",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func init() {
	analyzer.Flags.BoolFunc("cross-package", "declare a fact type, as sipcode -cross-package does", func(s string) error {
		analyzer.FactTypes = nil
		if s == "true" || s == "1" {
			analyzer.FactTypes = []analysis.Fact{new(nopFact)}
		}
		return nil
	})
}

func main() { singlechecker.Main(analyzer) }
