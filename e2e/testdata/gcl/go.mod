module example.com/golangci-lint-sipcode

go 1.26.0

require (
	github.com/golangci/golangci-lint/v2 v2.15.0
	github.com/sipcode/sipcode v0.0.0
)

// Build sipcode from the checkout next to this directory. To build a
// release from the module proxy instead, set its version above and delete
// this line.
replace github.com/sipcode/sipcode => ../sipcode
