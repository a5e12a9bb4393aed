package stacks

import (
	"fmt"
	"strconv"
	"strings"
)

// The protocol directives of a table: how a library builds, completes and
// sends responses, and how a server registers its request handlers. They
// feed the header and method checks (package protocol); docs/libraries.md ("Library
// tables") documents them.

// protoTable holds a table's protocol directives.
type protoTable struct {
	senders      []SenderLine
	adders       []objRef // methods that add a header to a message
	replacers    []objRef // methods that only replace an existing header
	readers      []objRef // methods that neither add headers nor change the code
	headerCtors  []headerCtorLine
	headerTypes  []namedRef // typed headers and the header name each stands for
	headerNames  []objRef   // struct fields whose constant value is a header's name
	headerFields []namedRef // struct fields that are a header (jart's sip.Msg)
	handlers     []HandlerLine
	requests     []objRef // request types: a handler's request is a parameter of one
	constructors []constructorLine
}

// A constructorLine is a function that builds a response with a fixed code
// (sipgo's NewSDPResponseFromRequest: a 200), so it takes no code argument.
type constructorLine struct {
	fn     objRef
	status int
	proto  CallProto
}

// CallProto is what a call line says about the response it builds.
type CallProto struct {
	Req     int                 // parameter index of the request it answers, or -1
	Headers int                 // parameter index of a header slice or variadic headers, or -1
	Sends   bool                // the call sends the response itself
	Adds    []string            // header names (lower case) the library always adds
	MayAdd  []string            // header names it adds to some responses only
	MayFor  map[string][]string // of those, the ones it adds to responses to these methods only
	Method  string              // the method it always answers, e.g. INVITE, or ""
	Builds  bool                // the call builds a response: any protocol key, or "response"
}

type SenderLine struct {
	fn           objRef
	Adds, MayAdd []string
	MayFor       map[string][]string
}

type headerCtorLine struct {
	fn   objRef
	name int // parameter index of the header's name
}

type namedRef struct {
	ref  objRef
	name string // lower case
}

type HandlerLine struct {
	fn        objRef
	Method    string // the method handled, or "" when methodArg says
	MethodArg int    // parameter index of a constant method, or -1
	Arg       int    // parameter index of the handler
	Lib       string // the table's library, for messages and its ends line
}

func newCallProto() CallProto { return CallProto{Req: -1, Headers: -1} }

// setKey parses one of a call line's protocol keys.
func (p *CallProto) setKey(kv string) error {
	key, val, hasVal := strings.Cut(kv, "=")
	p.Builds = true
	switch key {
	case "response":
		if hasVal {
			return fmt.Errorf("unexpected %q (response takes no value)", kv)
		}
	case "sends":
		if hasVal || p.Sends {
			return fmt.Errorf("unexpected %q (sends takes no value)", kv)
		}
		p.Sends = true
	case "req", "headers":
		n, err := strconv.Atoi(val)
		if err != nil || n < 0 || n > 255 {
			return fmt.Errorf("%s: %q is not a parameter index", key, val)
		}
		dst := &p.Req
		if key == "headers" {
			dst = &p.Headers
		}
		if *dst >= 0 {
			return fmt.Errorf("%s given twice", key)
		}
		*dst = n
	case "adds":
		adds, mayAdd, mayFor, err := parseAdds(val)
		if err != nil {
			return err
		}
		p.Adds, p.MayAdd = append(p.Adds, adds...), append(p.MayAdd, mayAdd...)
		p.MayFor = mergeMayFor(p.MayFor, mayFor)
	case "method":
		if !isMethodName(val) || p.Method != "" {
			return fmt.Errorf("method: %q is not a request method", val)
		}
		p.Method = val
	default:
		return fmt.Errorf("unexpected %q (want code=N, reason=M, response, req=N, headers=N, sends, adds=H,... or method=M)", kv)
	}
	return nil
}

// parseAdds reads "contact,allow?,supported?INVITE|REGISTER": a trailing ?
// marks a header added to some responses only, and the methods after it,
// when given, say to responses to which requests (gosip adds Allow to final
// responses to five methods).
func parseAdds(val string) (adds, mayAdd []string, mayFor map[string][]string, err error) {
	for _, h := range strings.Split(val, ",") {
		name, methods, maybe := strings.Cut(h, "?")
		if !isHeaderName(name) {
			return nil, nil, nil, fmt.Errorf("adds: %q is not a header name", h)
		}
		if !maybe {
			adds = append(adds, CanonicalHeader(name))
			continue
		}
		mayAdd = append(mayAdd, CanonicalHeader(name))
		if methods == "" {
			continue
		}
		for _, m := range strings.Split(methods, "|") {
			if !isMethodName(m) {
				return nil, nil, nil, fmt.Errorf("adds: %q: %q is not a request method", h, m)
			}
		}
		if mayFor == nil {
			mayFor = map[string][]string{}
		}
		mayFor[CanonicalHeader(name)] = strings.Split(methods, "|")
	}
	return adds, mayAdd, mayFor, nil
}

func mergeMayFor(dst, src map[string][]string) map[string][]string {
	if len(src) == 0 {
		return dst
	}
	if dst == nil {
		dst = map[string][]string{}
	}
	for k, v := range src {
		dst[k] = v
	}
	return dst
}

// addProto parses a protocol directive; ok is false for other directives.
func (t *Table) addProto(directive string, args []string) (ok bool, err error) {
	p := &t.proto
	switch directive {
	case "sender":
		if len(args) < 1 || len(args) > 2 {
			return true, fmt.Errorf("want FUNC [adds=H,...]")
		}
		fn, err := parseObjRef(args[0], true)
		if err != nil {
			return true, err
		}
		s := SenderLine{fn: fn}
		if len(args) == 2 {
			val, ok := strings.CutPrefix(args[1], "adds=")
			if !ok {
				return true, fmt.Errorf("unexpected %q (want adds=H,...)", args[1])
			}
			if s.Adds, s.MayAdd, s.MayFor, err = parseAdds(val); err != nil {
				return true, err
			}
		}
		p.senders = append(p.senders, s)
	case "adder", "replacer", "reader":
		// Methods are named as (*types.Func).FullName prints them, by the
		// type that declares them (sipgo's unexported headers, gosip's
		// Message interface), and matched by object.
		if len(args) == 0 {
			return true, fmt.Errorf("want (pkg/path.Type).Method...")
		}
		dst := map[string]*[]objRef{"adder": &p.adders, "replacer": &p.replacers, "reader": &p.readers}[directive]
		for _, a := range args {
			ref, err := parseObjRef(a, true)
			if err != nil || ref.recv == "" {
				return true, fmt.Errorf("%q: want (pkg/path.Type).Method or (*pkg/path.Type).Method", a)
			}
			*dst = append(*dst, ref)
		}
	case "headerctor":
		if len(args) != 2 {
			return true, fmt.Errorf("want FUNC name=N")
		}
		fn, err := parseObjRef(args[0], true)
		if err != nil {
			return true, err
		}
		val, ok := strings.CutPrefix(args[1], "name=")
		n, err := strconv.Atoi(val)
		if !ok || err != nil || n < 0 || n > 255 {
			return true, fmt.Errorf("unexpected %q (want name=N)", args[1])
		}
		p.headerCtors = append(p.headerCtors, headerCtorLine{fn: fn, name: n})
	case "headertype", "headerfield":
		if len(args) != 2 {
			return true, fmt.Errorf("want %s NAME", map[string]string{"headertype": "pkg/path.Type", "headerfield": "pkg/path.Type.Field"}[directive])
		}
		ref, err := parseObjRef(args[0], false)
		if err != nil {
			return true, err
		}
		if (ref.recv != "") != (directive == "headerfield") {
			return true, fmt.Errorf("%q: want %s", args[0], map[string]string{"headertype": "pkg/path.Type", "headerfield": "pkg/path.Type.Field"}[directive])
		}
		if !isHeaderName(args[1]) {
			return true, fmt.Errorf("%q is not a header name", args[1])
		}
		nr := namedRef{ref: ref, name: CanonicalHeader(args[1])}
		if directive == "headertype" {
			p.headerTypes = append(p.headerTypes, nr)
		} else {
			p.headerFields = append(p.headerFields, nr)
		}
	case "headername":
		if len(args) != 1 {
			return true, fmt.Errorf("want pkg/path.Type.Field")
		}
		ref, err := parseObjRef(args[0], false)
		if err != nil || ref.recv == "" {
			return true, fmt.Errorf("%q: want pkg/path.Type.Field", args[0])
		}
		p.headerNames = append(p.headerNames, ref)
	case "handler":
		h, err := parseHandler(args)
		if err != nil {
			return true, err
		}
		h.Lib = t.Name
		p.handlers = append(p.handlers, h)
	case "constructor":
		c, err := parseConstructor(args)
		if err != nil {
			return true, err
		}
		p.constructors = append(p.constructors, c)
	case "request":
		if len(args) != 1 {
			return true, fmt.Errorf("want pkg/path.Type")
		}
		ref, err := parseObjRef(args[0], false)
		if err != nil || ref.recv != "" {
			return true, fmt.Errorf("%q: want pkg/path.Type", args[0])
		}
		p.requests = append(p.requests, ref)
	default:
		return false, nil
	}
	return true, nil
}

// parseHandler parses "FUNC method=INVITE arg=N" and "FUNC method=@K arg=N".
func parseHandler(args []string) (HandlerLine, error) {
	if len(args) != 3 {
		return HandlerLine{}, fmt.Errorf("want FUNC method=M|@K arg=N")
	}
	fn, err := parseObjRef(args[0], true)
	if err != nil {
		return HandlerLine{}, err
	}
	h := HandlerLine{fn: fn, MethodArg: -1, Arg: -1}
	for _, kv := range args[1:] {
		key, val, _ := strings.Cut(kv, "=")
		switch {
		case key == "method" && strings.HasPrefix(val, "@"):
			n, err := strconv.Atoi(val[1:])
			if err != nil || n < 0 || n > 255 {
				return HandlerLine{}, fmt.Errorf("method: %q is not @INDEX", val)
			}
			h.MethodArg = n
		case key == "method":
			if !isMethodName(val) {
				return HandlerLine{}, fmt.Errorf("method: %q is not a request method", val)
			}
			h.Method = val
		case key == "arg":
			n, err := strconv.Atoi(val)
			if err != nil || n < 0 || n > 255 {
				return HandlerLine{}, fmt.Errorf("arg: %q is not a parameter index", val)
			}
			h.Arg = n
		default:
			return HandlerLine{}, fmt.Errorf("unexpected %q (want method=M|@K and arg=N)", kv)
		}
	}
	if h.Arg < 0 || h.Method == "" && h.MethodArg < 0 {
		return HandlerLine{}, fmt.Errorf("want both method= and arg=")
	}
	if h.MethodArg == h.Arg {
		return HandlerLine{}, fmt.Errorf("method and handler are the same parameter %d", h.Arg)
	}
	return h, nil
}

// parseConstructor parses "FUNC status=N [call line protocol keys]".
func parseConstructor(args []string) (constructorLine, error) {
	if len(args) < 2 {
		return constructorLine{}, fmt.Errorf("want FUNC status=N [req=N] [headers=N] [sends] [adds=H,...] [method=M]")
	}
	fn, err := parseObjRef(args[0], true)
	if err != nil {
		return constructorLine{}, err
	}
	val, ok := strings.CutPrefix(args[1], "status=")
	n, err := strconv.Atoi(val)
	if !ok || err != nil || n < 100 || n > 699 {
		return constructorLine{}, fmt.Errorf("%q: want status=N, a code in 100..699", args[1])
	}
	c := constructorLine{fn: fn, status: n, proto: newCallProto()}
	for _, kv := range args[2:] {
		if err := c.proto.setKey(kv); err != nil {
			return constructorLine{}, err
		}
	}
	c.proto.Builds = true
	return c, nil
}
