package stacks

import "go/types"

// ProtoSinks are the protocol directives resolved to the objects of a
// pass: how the package's libraries build, complete and send responses,
// and how its server registers handlers.
type ProtoSinks struct {
	Anchors      map[*types.Func]AnchorParams // calls that build a response
	Senders      map[*types.Func]SenderLine
	Methods      map[*types.Func]MethodKind // adder, replacer and reader methods
	HeaderCtors  map[*types.Func]int        // by the index of the header's name
	HeaderTypes  map[*types.TypeName]string // typed headers, by header name
	HeaderNames  map[*types.Var]bool        // fields whose constant value is a header's name
	HeaderFields map[*types.Var]string      // fields that are a header
	Handlers     map[*types.Func]HandlerLine
	Requests     []types.Type
}

// MethodKind is what a method called on a response does to it.
type MethodKind int

const (
	Unlisted MethodKind = iota // in no table: the tracker cannot follow it
	Adder                      // adds the header it is given
	Replacer                   // replaces a header already present
	Reader                     // changes neither headers nor code
)

// AnchorParams is a call that builds a response with a code.
type AnchorParams struct {
	Code   int // parameter index of the code, or -1 for a constructor
	Status int // a constructor's fixed code, or 0
	Proto  CallProto
}

// ResolveProto resolves the tables' protocol directives to the objects of
// pkgs (stacks.Reachable).
func ResolveProto(tables []*Table, pkgs map[string]*types.Package) *ProtoSinks {
	s := &ProtoSinks{
		Anchors: map[*types.Func]AnchorParams{}, Senders: map[*types.Func]SenderLine{},
		Methods: map[*types.Func]MethodKind{}, HeaderCtors: map[*types.Func]int{},
		HeaderTypes: map[*types.TypeName]string{}, HeaderNames: map[*types.Var]bool{},
		HeaderFields: map[*types.Var]string{}, Handlers: map[*types.Func]HandlerLine{},
	}
	fn := func(ref objRef) *types.Func {
		f, _ := lookup(pkgs, ref).(*types.Func)
		return f
	}
	field := func(ref objRef) *types.Var {
		v, _ := lookup(pkgs, ref).(*types.Var)
		if v == nil || !v.IsField() {
			return nil
		}
		return v
	}
	for _, t := range tables {
		for _, c := range t.calls {
			if f := fn(c.fn); f != nil && c.proto.Builds {
				s.Anchors[f] = AnchorParams{Code: c.code, Proto: c.proto}
			}
		}
		p := &t.proto
		for _, l := range p.constructors {
			if f := fn(l.fn); f != nil {
				s.Anchors[f] = AnchorParams{Code: -1, Status: l.status, Proto: l.proto}
			}
		}
		for _, l := range p.senders {
			if f := fn(l.fn); f != nil {
				s.Senders[f] = l
			}
		}
		for kind, refs := range [...][]objRef{Adder: p.adders, Replacer: p.replacers, Reader: p.readers} {
			for _, r := range refs {
				if f := fn(r); f != nil && f.Signature().Recv() != nil {
					s.Methods[f] = MethodKind(kind)
				}
			}
		}
		for _, l := range p.headerCtors {
			if f := fn(l.fn); f != nil {
				s.HeaderCtors[f] = l.name
			}
		}
		for _, l := range p.headerTypes {
			if tn, ok := lookup(pkgs, l.ref).(*types.TypeName); ok {
				if named, ok := types.Unalias(tn.Type()).(*types.Named); ok {
					s.HeaderTypes[named.Obj()] = l.name
				}
			}
		}
		for _, r := range p.headerNames {
			if v := field(r); v != nil {
				s.HeaderNames[v] = true
			}
		}
		for _, l := range p.headerFields {
			if v := field(l.ref); v != nil {
				s.HeaderFields[v] = l.name
			}
		}
		for _, l := range p.handlers {
			if f := fn(l.fn); f != nil {
				s.Handlers[f] = l
			}
		}
		for _, r := range p.requests {
			if tn, ok := lookup(pkgs, r).(*types.TypeName); ok {
				s.Requests = append(s.Requests, tn.Type())
			}
		}
	}
	return s
}
