// Package finding defines what the judging layers hand to the reporting
// one: a Finding is a diagnostic in the making (a node, a category, a
// message, and what its fix would write), and the categories users select
// with -checks. It holds types only; it never decides what is wrong nor
// writes a diagnostic.
package finding
