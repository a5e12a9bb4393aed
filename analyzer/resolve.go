package analyzer

import (
	"go/types"
)

// sinks is the library tables resolved to the objects of one pass: the
// places where a value is a SIP response code.
type sinks struct {
	calls       map[*types.Func]codeParams // functions taking a code
	fields      map[*types.Var]*table      // fields holding a code
	results     map[*types.Func]*table     // functions returning a code
	types       map[*types.TypeName]*table // named status types
	aliases     map[*types.TypeName]*table // status types that alias a basic type, where the code spells them
	equals      map[*types.Func]equalSite  // functions comparing two arguments
	statusLines map[*types.Func]int        // printf-like functions, by the index of their format
	foreign     map[string]bool            // packages of other protocols
	pkgs        map[string]*types.Package  // every package the pass can see, by path
}

// codeParams says which parameters of a function are a code and a reason.
type codeParams struct {
	code, reason int // parameter indexes; reason is -1 when there is none
	lib          *table
}

// reachable returns the package and everything it imports, directly or not.
// It costs one visit per package of the import graph, none of the syntax.
func reachable(root *types.Package) map[string]*types.Package {
	seen := map[string]*types.Package{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if _, ok := seen[p.Path()]; ok {
			return
		}
		seen[p.Path()] = p
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(root)
	return seen
}

// usesLibrary reports whether any table names a package among pkgs: the
// fast path for the many packages that have nothing to do with SIP.
func usesLibrary(tables []*table, pkgs map[string]*types.Package) bool {
	for _, t := range tables {
		for _, path := range t.paths {
			if pkgs[path] != nil {
				return true
			}
		}
	}
	return false
}

// packages lists the paths of the packages the table's entries live in,
// once, when the table is read: the fast path reads them for every package.
// Constants packages do not count: importing sipgo's constants alone makes
// no value a code.
func (t *table) packages() []string {
	var paths []string
	for _, c := range t.calls {
		paths = append(paths, c.fn.pkg)
	}
	for _, refs := range [][]objRef{t.fields, t.results, t.types} {
		for _, r := range refs {
			paths = append(paths, r.pkg)
		}
	}
	return paths
}

func resolve(tables []*table, pkgs map[string]*types.Package) *sinks {
	s := &sinks{
		calls:       map[*types.Func]codeParams{},
		fields:      map[*types.Var]*table{},
		results:     map[*types.Func]*table{},
		types:       map[*types.TypeName]*table{},
		aliases:     map[*types.TypeName]*table{},
		equals:      map[*types.Func]equalSite{},
		statusLines: map[*types.Func]int{},
		foreign:     map[string]bool{},
		pkgs:        pkgs,
	}
	// Entries whose package or object is missing are skipped: a table covers
	// several versions of its library, and a pass sees one.
	//
	// Two tables may name one object: livekit/sipgo's sip.Response is an
	// alias of emiago's. The table that reaches it through an alias is the
	// library the user imports, and its constants are the ones the file can
	// name, so it wins; otherwise the later table does, so that -config can
	// override a built-in entry.
	viaAlias := map[types.Object]bool{}
	claim := func(obj types.Object, ref objRef) bool {
		alias := obj.Pkg() != nil && obj.Pkg().Path() != ref.pkg
		if viaAlias[obj] && !alias {
			return false
		}
		viaAlias[obj] = alias
		return true
	}
	for _, t := range tables {
		for _, c := range t.calls {
			if fn, ok := lookup(pkgs, c.fn).(*types.Func); ok && claim(fn, c.fn) {
				s.calls[fn] = codeParams{code: c.code, reason: c.reason, lib: t}
			}
		}
		for _, r := range t.fields {
			if v, ok := lookup(pkgs, r).(*types.Var); ok && v.IsField() && claim(v, r) {
				s.fields[v] = t
			}
		}
		for _, r := range t.results {
			if fn, ok := lookup(pkgs, r).(*types.Func); ok && claim(fn, r) {
				s.results[fn] = t
			}
		}
		for _, r := range t.types {
			// A status type must be a defined type: an alias of int would make
			// every int a code. Aliases of a defined type resolve to it.
			// An alias of a basic type (livekit's StatusCode = int) makes a
			// code only of the values whose type the code spells with it.
			if tn, ok := lookup(pkgs, r).(*types.TypeName); ok {
				switch target := types.Unalias(tn.Type()).(type) {
				case *types.Named:
					if claim(target.Origin().Obj(), r) {
						s.types[target.Origin().Obj()] = t
					}
				case *types.Basic:
					if tn.IsAlias() && target.Info()&types.IsInteger != 0 {
						s.aliases[tn] = t
					}
				}
			}
		}
		for _, e := range t.equals {
			if fn, ok := lookup(pkgs, e.fn).(*types.Func); ok {
				s.equals[fn] = e
			}
		}
		for _, sl := range t.statusLines {
			if fn, ok := lookup(pkgs, sl.fn).(*types.Func); ok {
				s.statusLines[fn] = sl.format
			}
		}
		for _, path := range t.foreign {
			s.foreign[path] = true
		}
	}
	return s
}

// lookup finds the object an objRef names, or nil.
func lookup(pkgs map[string]*types.Package, ref objRef) types.Object {
	pkg := pkgs[ref.pkg]
	if pkg == nil {
		return nil
	}
	obj := pkg.Scope().Lookup(ref.name)
	if ref.recv == "" {
		return obj
	}
	tn, ok := pkg.Scope().Lookup(ref.recv).(*types.TypeName)
	if !ok {
		return nil
	}
	member, _, _ := types.LookupFieldOrMethod(types.Unalias(tn.Type()), true, pkg, ref.name)
	return member
}

// statusType returns the table of t's status type, or nil: a named status
// type, or an alias of a basic one that t spells (go/types keeps aliases:
// in sip.StatusCode(100), var code sip.StatusCode, []sip.StatusCode{...}
// the values have the alias as their type).
func (s *sinks) statusType(t types.Type) *table {
	if len(s.types) == 0 && len(s.aliases) == 0 || t == nil {
		return nil
	}
	for a, ok := t.(*types.Alias); ok; a, ok = a.Rhs().(*types.Alias) {
		if lib := s.aliases[a.Obj()]; lib != nil {
			return lib
		}
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	return s.types[named.Origin().Obj()]
}
