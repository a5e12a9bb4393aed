// Package protocol applies the protocol rules to responses: it follows
// each response from the call that builds it to where it is sent (the
// header fields it gets on the way), infers the request's method from the
// handler registrations, applies the header and method rules
// (registry.HeaderRules, registry.MethodRules), and walks the paths of the
// functions that receive a server transaction for the transaction rules
// (registry.TransactionRules: unanswered, twice, after-final, late). Its
// input is the calls of the analyzer's walk and the tables' protocol and
// transaction directives (stacks.ProtoSinks, stacks.TxSinks); its output is
// findings. It never judges a code's registration or spelling (package
// verdict does), and whenever a step cannot be decided it stays silent.
package protocol
