// Package funcs is what sipcode knows about the functions of the package
// it checks, beyond their syntax: where each is called (Calls), what each
// local variable is assigned (Locals), and the summaries other layers
// infer about a function (Store), such as "this parameter reaches a code
// position". A summary is computed once per function and, in the
// cross-package mode, travels to other packages as an analysis fact. The
// package holds the machinery only; it never decides what a summary says.
package funcs
