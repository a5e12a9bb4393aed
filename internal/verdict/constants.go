package verdict

import (
	"go/types"

	"github.com/sipcode/sipcode/internal/stacks"
	"github.com/sipcode/sipcode/registry"
)

// constIndex maps a code to the constant a fix writes for it.
type constIndex = map[int]*types.Const

// constantFor returns the constant to suggest for code: from the library's
// constants package, else from the -constants package, else from sipstatus,
// else nil. Each is read from the packages the pass has loaded (a package
// the checked one does not depend on offers nothing), so a fix names only
// constants that exist in the version the user builds with.
func (j *Judge) constantFor(lib *stacks.Table, code registry.Code) *types.Const {
	for _, path := range []string{lib.Constants, j.constants, stacks.SipstatusPath} {
		if path == "" {
			continue
		}
		if k := j.constIndex(path, lib)[code.Value]; k != nil {
			return k
		}
	}
	return nil
}

func (j *Judge) constIndex(path string, lib *stacks.Table) constIndex {
	if idx, ok := j.consts[path]; ok {
		return idx
	}
	idx := constIndex{}
	if pkg := j.sinks.Pkgs[path]; pkg != nil {
		var misnamed []string
		if path == lib.Constants {
			misnamed = lib.Misnamed
		}
		idx = stacks.IndexConstants(pkg, misnamed)
	}
	j.consts[path] = idx
	return idx
}
