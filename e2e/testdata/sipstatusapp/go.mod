module example.com/sipstatusapp

go 1.26

require (
	example.com/gosiplike v0.0.0
	github.com/sipcode/sipcode/sipstatus v0.0.0
)

replace example.com/gosiplike => ../gosiplike

// The constants module of this repository. The e2e test rewrites this path
// to an absolute one in its copy of the module.
replace github.com/sipcode/sipcode/sipstatus => ../../../sipstatus
