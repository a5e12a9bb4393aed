package finding

import (
	"go/ast"
	"go/types"
)

// The categories of diagnostics, as users see them and name them in -checks.
const (
	Literal     = "literal"
	Deprecated  = "deprecated"
	Unknown     = "unknown"
	Invalid     = "invalid"
	Reason      = "reason"
	Header      = "header"      // a response without a header its code requires
	Method      = "method"      // a response the request's method forbids
	Transaction = "transaction" // a request left unanswered, answered twice or too late
)

// Categories lists every category, in the order help texts give them.
func Categories() []string {
	return []string{Literal, Deprecated, Unknown, Invalid, Reason, Header, Method, Transaction}
}

// A Finding is a diagnostic in the making: its fix is written once all
// findings of the file are known, since a fix may have to add an import or
// may remove the last use of one.
type Finding struct {
	Node     ast.Node
	Category string
	Message  string
	URL      string // the category's section of docs/checks.md, or the rule's

	Constant   *types.Const   // literal fix: write this constant instead of Node
	Convert    string         // and convert it to this predeclared type ("int"), or ""
	NameFormat string         // for literal fixes: the message, with %s for the constant as the file names it
	DropsUseOf *types.Package // the package whose constant Node was, for foreign fixes
	Text       string         // reason and header fixes: write this text instead of Node
}
