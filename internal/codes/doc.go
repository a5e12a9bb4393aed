// Package codes finds where a value is a SIP response code: the arguments
// of the library functions that take one, status fields, comparisons and
// switch cases on codes, values of status types, the project's wrappers of
// all these (and their facts), locals copied from a code, the package's
// own constants, status lines and test assertions. Its input is one pass
// and the library tables resolved to it (stacks.Sinks); its output is the
// code sites it found, in the order found (Finder.Sites). It never decides
// whether a code is wrong: that is package verdict's job.
package codes
