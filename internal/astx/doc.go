// Package astx holds the small questions about syntax and types that every
// layer of sipcode asks: what a call's arguments are in parameter order,
// what an expression is once its parentheses and integer conversions are
// looked through, whether a type is an integer. It knows nothing of SIP:
// its input is go/ast and go/types, its output plain answers, and it must
// never hold state.
package astx
