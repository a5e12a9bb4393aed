// Package verdict decides what is wrong with a code site: a value outside
// 100..699, an unregistered, removed or reserved code, a literal the
// library has a named constant for (and which constant a fix names),
// another protocol's constant, a reason phrase that is another code's or a
// typo of the right one. Its input is the sites package codes found, in
// order; its output is findings (package finding). It never looks for
// code positions itself, nor writes a diagnostic or a text edit.
package verdict
