package stacks

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A Table is what sipcode knows about one SIP library: where its API takes
// or gives a response code, and where fixes take named constants from.
// Tables are data, in the line format documented in docs/libraries.md ("Library
// tables"); the built-in ones are in stacks/, and -config adds more.
type Table struct {
	Name      string   // "sipgo", for messages and wrapper facts
	file      string   // where the table was read from, for errors
	Constants string   // package path of the named constants fixes use, or ""
	Misnamed  []string // constants of that package never suggested: their name contradicts the code
	calls     []callSite
	fields    []objRef   // struct fields holding a code
	results   []objRef   // functions and methods whose result is a code
	types     []objRef   // named status types: every value of them is a code
	foreign   []string   // packages of other protocols whose constants are not SIP codes
	paths     []string   // the packages of calls, fields, results and types: t.packages()
	proto     protoTable // how responses are built and sent, for the protocol checks
	tx        txTable    // server transactions, for the transaction checks

	// Positions in general-purpose packages (fmt, testify), which count
	// only in packages that use a SIP library: not in paths.
	equals      []EqualSite
	statusLines []statusLineSite
}

// An EqualSite is a function comparing two of its arguments for equality,
// such as testify's assert.Equal(t, expected, actual): when one is a code,
// the other is compared with a code.
type EqualSite struct {
	fn   objRef
	A, B int // parameter indexes
}

// A statusLineSite is a printf-like function whose constant format may
// hold a SIP status line ("SIP/2.0 %d %s"): the operands of its verbs are
// a code and a reason, as in a message/sipfrag body (RFC 3515 section 2.4.5).
type statusLineSite struct {
	fn     objRef
	format int // parameter index of the format; its operands follow it
}

// A callSite is a function or method taking a code (and maybe a reason phrase).
type callSite struct {
	fn     objRef
	code   int // parameter index of the code
	reason int // parameter index of the reason phrase, or -1
	proto  CallProto
}

// An objRef names a package-level object, method or field the way
// (*types.Func).FullName does: "pkg/path.Name", "(pkg/path.T).M",
// "(*pkg/path.T).M", and for fields "pkg/path.T.Field".
type objRef struct {
	pkg    string
	recv   string // type name for methods and fields, else ""
	name   string
	source string // as written, for messages
}

func (r objRef) String() string { return r.source }

// Parse reads one file of tables. Each "library NAME" line starts a
// table. Errors name the file, the line and the directive.
func Parse(file string, data []byte) ([]*Table, error) {
	var tables []*Table
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		words := strings.Fields(text)
		if len(words) == 0 {
			continue
		}
		directive, args := words[0], words[1:]
		if directive == "library" {
			if len(args) != 1 {
				return nil, fmt.Errorf("%s:%d: library: want one name, got %d words", file, line, len(args))
			}
			tables = append(tables, &Table{Name: args[0], file: file})
			continue
		}
		if len(tables) == 0 {
			return nil, fmt.Errorf("%s:%d: %s: no \"library NAME\" line before it", file, line, directive)
		}
		if err := tables[len(tables)-1].add(directive, args); err != nil {
			return nil, fmt.Errorf("%s:%d: %s: %v", file, line, directive, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	if len(tables) == 0 {
		return nil, fmt.Errorf("%s: no \"library NAME\" line", file)
	}
	for _, t := range tables {
		t.paths = t.packages()
	}
	return tables, nil
}

func (t *Table) add(directive string, args []string) error {
	switch directive {
	case "constants":
		if len(args) != 1 || !validPath(args[0]) {
			return fmt.Errorf("want one package path, got %q", strings.Join(args, " "))
		}
		t.Constants = args[0]
	case "misnamed":
		if len(args) == 0 {
			return fmt.Errorf("want constant names")
		}
		t.Misnamed = append(t.Misnamed, args...)
	case "call":
		c, err := parseCallSite(args)
		if err != nil {
			return err
		}
		t.calls = append(t.calls, c)
	case "field", "result", "type":
		if len(args) != 1 {
			return fmt.Errorf("want one name, got %d words", len(args))
		}
		ref, err := parseObjRef(args[0], directive == "result")
		if err != nil {
			return err
		}
		switch {
		case directive == "result":
			t.results = append(t.results, ref)
		case directive == "field" && ref.recv != "":
			t.fields = append(t.fields, ref)
		case directive == "type" && ref.recv == "":
			t.types = append(t.types, ref)
		default:
			return fmt.Errorf("%q: want %s", args[0], map[string]string{"field": "pkg/path.Type.Field", "type": "pkg/path.Type"}[directive])
		}
	case "equal":
		fn, idx, err := parseIndexed(args, []string{"a", "b"}, nil)
		if err != nil {
			return err
		}
		t.equals = append(t.equals, EqualSite{fn: fn, A: idx["a"], B: idx["b"]})
	case "statusline":
		fn, idx, err := parseIndexed(args, []string{"format"}, nil)
		if err != nil {
			return err
		}
		t.statusLines = append(t.statusLines, statusLineSite{fn: fn, format: idx["format"]})
	case "foreign":
		for _, p := range args {
			if !validPath(p) {
				return fmt.Errorf("%q is not a package path", p)
			}
		}
		t.foreign = append(t.foreign, args...)
	default:
		if ok, err := t.addProto(directive, args); ok {
			return err
		}
		if ok, err := t.addTx(directive, args); ok {
			return err
		}
		return fmt.Errorf("unknown directive (want constants, misnamed, call, field, result, type, equal, statusline, foreign, sender, adder, replacer, reader, headerctor, headertype, headername, headerfield, handler, request, transaction, ends, reqmethod or dialog)")
	}
	return nil
}

// parseCallSite parses "FUNC code=N [reason=M]" and the protocol keys
// (CallProto.setKey).
func parseCallSite(args []string) (callSite, error) {
	proto := newCallProto()
	var indexed []string
	for i, arg := range args {
		if key, _, _ := strings.Cut(arg, "="); i > 0 && key != "code" && key != "reason" {
			if err := proto.setKey(arg); err != nil {
				return callSite{}, err
			}
			continue
		}
		indexed = append(indexed, arg)
	}
	fn, idx, err := parseIndexed(indexed, []string{"code"}, []string{"reason"})
	if err != nil {
		return callSite{}, err
	}
	return callSite{fn: fn, code: idx["code"], reason: idx["reason"], proto: proto}, nil
}

// parseIndexed parses "FUNC key=N...": each required key once, each
// optional one at most once, as parameter indexes that all differ. A
// missing optional key is -1.
func parseIndexed(args []string, required, optional []string) (objRef, map[string]int, error) {
	usage := ""
	for _, k := range required {
		usage += " " + k + "=N"
	}
	for _, k := range optional {
		usage += " [" + k + "=M]"
	}
	if len(args) < 1+len(required) || len(args) > 1+len(required)+len(optional) {
		return objRef{}, nil, fmt.Errorf("want FUNC%s", usage)
	}
	fn, err := parseObjRef(args[0], true)
	if err != nil {
		return objRef{}, nil, err
	}
	idx := map[string]int{}
	for _, kv := range args[1:] {
		key, val, _ := strings.Cut(kv, "=")
		n, err := strconv.Atoi(val)
		if err != nil || n < 0 || n > 255 {
			return objRef{}, nil, fmt.Errorf("%s: %q is not a parameter index", key, val)
		}
		if _, dup := idx[key]; dup || !slices.Contains(required, key) && !slices.Contains(optional, key) {
			return objRef{}, nil, fmt.Errorf("unexpected %q (want%s)", kv, usage)
		}
		for other, m := range idx {
			if m == n {
				return objRef{}, nil, fmt.Errorf("%s and %s are the same parameter %d", other, key, n)
			}
		}
		idx[key] = n
	}
	for _, k := range required {
		if _, ok := idx[k]; !ok {
			return objRef{}, nil, fmt.Errorf("missing %s=N", k)
		}
	}
	for _, k := range optional {
		if _, ok := idx[k]; !ok {
			idx[k] = -1
		}
	}
	return fn, idx, nil
}

// parseObjRef parses the FullName forms. Methods ("(T).M", "(*T).M") are
// accepted only where a function is expected.
func parseObjRef(s string, function bool) (objRef, error) {
	ref := objRef{source: s}
	rest := s
	if strings.HasPrefix(s, "(") {
		recv, name, ok := strings.Cut(s[1:], ").")
		if !function || !ok {
			return objRef{}, fmt.Errorf("%q: want pkg/path.Name", s)
		}
		recv = strings.TrimPrefix(recv, "*")
		pkg, typ, ok := splitQualified(recv)
		if !ok || !isIdent(typ) || !isIdent(name) {
			return objRef{}, fmt.Errorf("%q: want (pkg/path.Type).Method", s)
		}
		ref.pkg, ref.recv, ref.name = pkg, typ, name
		return ref, nil
	}
	pkg, name, ok := splitQualified(rest)
	if !ok {
		return objRef{}, fmt.Errorf("%q: want pkg/path.Name", s)
	}
	if typ, field, ok := strings.Cut(name, "."); ok {
		if function || !isIdent(typ) || !isIdent(field) {
			return objRef{}, fmt.Errorf("%q: want pkg/path.Name", s)
		}
		ref.recv, name = typ, field
	}
	if !isIdent(name) {
		return objRef{}, fmt.Errorf("%q: want pkg/path.Name", s)
	}
	ref.pkg, ref.name = pkg, name
	return ref, nil
}

// splitQualified splits "github.com/a/b.T" into "github.com/a/b" and "T":
// the package path ends at the first dot after its last slash.
func splitQualified(s string) (pkg, name string, ok bool) {
	slash := strings.LastIndex(s, "/")
	dot := strings.Index(s[slash+1:], ".")
	if dot < 0 {
		return "", "", false
	}
	pkg, name = s[:slash+1+dot], s[slash+1+dot+1:]
	return pkg, name, validPath(pkg) && name != ""
}

func validPath(p string) bool {
	return p != "" && !strings.ContainsAny(p, " \t()*\"") && !strings.HasPrefix(p, "/") && !strings.HasSuffix(p, "/")
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80 || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}
