// Package stacks is what sipcode knows about each SIP library, as data:
// the table format (a .stack file: where the library's API takes or gives
// a response code, how it builds, completes and sends responses, how a
// server registers handlers), its parser, the built-in tables embedded
// from tables/, and their resolution to the objects of one pass (Resolve,
// ResolveProto), with the library's named constants (IndexConstants). Its
// input is table text and the packages a pass can see; its output is
// Sinks and ProtoSinks, maps from types.Object to what the table says. It
// never walks the syntax of the checked package.
package stacks
