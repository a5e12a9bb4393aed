// Package analyzer defines the sipcode Analyzer, which checks SIP response
// codes in Go code that uses a SIP library.
//
// # Analyzer sipcode
//
// sipcode: check SIP response codes and reason phrases
//
// Go SIP code is full of bare response codes:
//
//	tx.Respond(sip.NewResponseFromRequest(req, 486, "OK", nil))
//	if res.StatusCode == 409 { ... }
//
// sipcode finds integer values used as SIP response codes, using type
// information only: arguments of the SIP library's functions that take a
// code, its status fields and methods, == and != comparisons and switch
// cases on them, values of its named status types, and calls of wrappers
// whose int parameter flows into one of those (function literals bound to
// a variable included), locals copied from a code, status lines formatted
// with fmt, and testify assertions. It reports, each under its
// own category:
//
//	literal     an integer literal where the library has a named constant
//	            (fix: use the constant), or another protocol's constant,
//	            such as http.StatusUnauthorized, used as a SIP code
//	deprecated  a code that is reserved (402) or was removed from SIP
//	            (303, 409, 411)
//	unknown     a code in 100..699 that IANA never registered (499)
//	invalid     a value outside 100..699 sent or compared as a code (1486)
//	reason      a reason phrase that belongs to another code ("OK" with
//	            486) or misspells the right one (fix: use the registered
//	            phrase)
//	header      a response sent without a header field its code requires
//	            (401 without WWW-Authenticate, 405 without Allow, a 2xx to
//	            INVITE without Contact, ...), or ReplaceHeader on a new
//	            response (fix: AppendHeader); rules in registry.HeaderRules
//	method      a response the request's method forbids (any response to
//	            ACK, 180 to OPTIONS, 408 to a non-INVITE request, ...);
//	            rules in registry.MethodRules
//
// Ordered comparisons and arithmetic (res.StatusCode >= 300) are class
// checks and are left alone (another protocol's constant as the bound is
// still reported), as are 0 or negative sentinels in comparisons. A
// constant of the package is judged where it is declared, and only when a
// code position uses it. Generated files are not checked.
// A //nolint:sipcode comment on a line silences it in every driver.
// Each diagnostic's URL is its category's (or protocol rule's) section of
// docs/checks.md, the text sipcode -explain prints (package explain).
//
// Flags: -checks selects categories, -allow accepts private codes, -config
// adds library tables, -constants names a package of constants to suggest
// when the library has none, -cross-package finds wrappers in other
// packages (slower: see docs/performance.md). Where neither the library nor -constants
// has a constant for a code, fixes use github.com/sipcode/sipcode/sipstatus
// if the checked package depends on it.
package analyzer

// Doc is the analyzer's documentation: a one-line title, then prose.
const Doc = `check SIP response codes and reason phrases

sipcode finds integer values used as SIP response codes in calls to SIP
libraries (sipgo, diago and others), in their status fields, comparisons
and switch cases, and in wrappers of them, using type information only.
It reports literals that have a named constant (literal), codes that are
reserved or removed (deprecated), unregistered codes (unknown),
values outside 100..699 (invalid), and reason phrases that contradict the
code (reason). It also follows each response to where it is sent and
reports one that lacks a header field its code requires (header) or that
the request's method forbids (method). Fixes replace literals with the
library's constants and wrong phrases with the registered ones.`
