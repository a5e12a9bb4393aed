package stacks

import (
	"go/types"
)

// Sinks are the library tables resolved to the objects of one pass: the
// places where a value is a SIP response code.
type Sinks struct {
	Calls       map[*types.Func]CodeParams // functions taking a code
	Fields      map[*types.Var]*Table      // fields holding a code
	Results     map[*types.Func]*Table     // functions returning a code
	Types       map[*types.TypeName]*Table // named status types
	Aliases     map[*types.TypeName]*Table // status types that alias a basic type, where the code spells them
	Equals      map[*types.Func]EqualSite  // functions comparing two arguments
	StatusLines map[*types.Func]int        // printf-like functions, by the index of their format
	Foreign     map[string]bool            // packages of other protocols
	Pkgs        map[string]*types.Package  // every package the pass can see, by path
}

// CodeParams says which parameters of a function are a code and a reason.
type CodeParams struct {
	Code, Reason int // parameter indexes; Reason is -1 when there is none
	Lib          *Table
}

// Reachable returns the package and everything it imports, directly or not.
// It costs one visit per package of the import graph, none of the syntax.
func Reachable(root *types.Package) map[string]*types.Package {
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

// UsesLibrary reports whether any table names a package among pkgs: the
// fast path for the many packages that have nothing to do with SIP.
func UsesLibrary(tables []*Table, pkgs map[string]*types.Package) bool {
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
func (t *Table) packages() []string {
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

// Resolve resolves the tables to the objects of pkgs (stacks.Reachable).
func Resolve(tables []*Table, pkgs map[string]*types.Package) *Sinks {
	s := &Sinks{
		Calls:       map[*types.Func]CodeParams{},
		Fields:      map[*types.Var]*Table{},
		Results:     map[*types.Func]*Table{},
		Types:       map[*types.TypeName]*Table{},
		Aliases:     map[*types.TypeName]*Table{},
		Equals:      map[*types.Func]EqualSite{},
		StatusLines: map[*types.Func]int{},
		Foreign:     map[string]bool{},
		Pkgs:        pkgs,
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
				s.Calls[fn] = CodeParams{Code: c.code, Reason: c.reason, Lib: t}
			}
		}
		for _, r := range t.fields {
			if v, ok := lookup(pkgs, r).(*types.Var); ok && v.IsField() && claim(v, r) {
				s.Fields[v] = t
			}
		}
		for _, r := range t.results {
			if fn, ok := lookup(pkgs, r).(*types.Func); ok && claim(fn, r) {
				s.Results[fn] = t
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
						s.Types[target.Origin().Obj()] = t
					}
				case *types.Basic:
					if tn.IsAlias() && target.Info()&types.IsInteger != 0 {
						s.Aliases[tn] = t
					}
				}
			}
		}
		for _, e := range t.equals {
			if fn, ok := lookup(pkgs, e.fn).(*types.Func); ok {
				s.Equals[fn] = e
			}
		}
		for _, sl := range t.statusLines {
			if fn, ok := lookup(pkgs, sl.fn).(*types.Func); ok {
				s.StatusLines[fn] = sl.format
			}
		}
		for _, path := range t.foreign {
			s.Foreign[path] = true
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

// StatusType returns the table of t's status type, or nil: a named status
// type, or an alias of a basic one that t spells (go/types keeps aliases:
// in sip.StatusCode(100), var code sip.StatusCode, []sip.StatusCode{...}
// the values have the alias as their type).
func (s *Sinks) StatusType(t types.Type) *Table {
	if len(s.Types) == 0 && len(s.Aliases) == 0 || t == nil {
		return nil
	}
	for a, ok := t.(*types.Alias); ok; a, ok = a.Rhs().(*types.Alias) {
		if lib := s.Aliases[a.Obj()]; lib != nil {
			return lib
		}
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	return s.Types[named.Origin().Obj()]
}
