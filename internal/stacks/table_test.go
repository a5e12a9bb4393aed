package stacks

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// TestBuiltinTables makes a broken built-in table a test failure; at run
// time the parse cannot fail.
func TestBuiltinTables(t *testing.T) {
	tables := Builtin()
	names := map[string]bool{}
	for _, tb := range tables {
		if names[tb.Name] {
			t.Errorf("two built-in tables are named %q", tb.Name)
		}
		names[tb.Name] = true
	}
	for _, want := range []string{"sipgo", "diago", "other-protocols", "livekit-sipgo", "gosip", "go-sip-ua", "jart-gosip", "gossip", "sipfrag", "testify", "livekit-protocol"} {
		if !names[want] {
			t.Errorf("no built-in table %q", want)
		}
	}
}

func TestParseTables(t *testing.T) {
	src := `# a team's stack
library acme
constants example.com/acme/sipstatus
misnamed StatusTeapot StatusOther
call example.com/acme/sip.Reply code=1 reason=2   # trailing comment
call (*example.com/acme/sip.Tx).Reject code=0
field example.com/acme/sip.Response.Status
result (example.com/acme/sip.Error).Code
type example.com/acme/sip.Code
foreign example.com/acme/http
`
	tables, err := Parse("acme.stack", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tb := tables[0]
	if tb.Name != "acme" || tb.Constants != "example.com/acme/sipstatus" || len(tb.Misnamed) != 2 ||
		len(tb.calls) != 2 || len(tb.fields) != 1 || len(tb.results) != 1 || len(tb.types) != 1 || len(tb.foreign) != 1 {
		t.Fatalf("parsed %+v", tb)
	}
	if c := tb.calls[0]; c.fn.pkg != "example.com/acme/sip" || c.fn.name != "Reply" || c.code != 1 || c.reason != 2 {
		t.Errorf("call 0 = %+v", c)
	}
	if c := tb.calls[1]; c.fn.recv != "Tx" || c.fn.name != "Reject" || c.code != 0 || c.reason != -1 {
		t.Errorf("call 1 = %+v", c)
	}
	if f := tb.fields[0]; f.pkg != "example.com/acme/sip" || f.recv != "Response" || f.name != "Status" {
		t.Errorf("field = %+v", f)
	}
	if r := tb.results[0]; r.recv != "Error" || r.name != "Code" {
		t.Errorf("result = %+v", r)
	}
}

func TestParseTablesErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", "t.stack: no \"library NAME\" line"},
		{"call a.F code=0", `t.stack:1: call: no "library NAME" line before it`},
		{"library a b", "t.stack:1: library: want one name"},
		{"library a\n\nconstants", `t.stack:3: constants: want one package path`},
		{"library a\nmisnamed", "t.stack:2: misnamed: want constant names"},
		{"library a\ncall example.com/p.F", "t.stack:2: call: want FUNC code=N"},
		{"library a\ncall example.com/p.F code=x", `t.stack:2: call: code: "x" is not a parameter index`},
		{"library a\ncall example.com/p.F reason=1", "t.stack:2: call: missing code=N"},
		{"library a\ncall example.com/p.F code=1 reason=1", "same parameter"},
		{"library a\ncall example.com/p.F code=1 code=2", `unexpected "code=2"`},
		{"library a\nequal example.com/p.F a=1", "t.stack:2: equal: want FUNC a=N b=N"},
		{"library a\nequal example.com/p.F a=1 b=1", "t.stack:2: equal: a and b are the same parameter 1"},
		{"library a\nequal example.com/p.F a=1 c=2", `t.stack:2: equal: unexpected "c=2" (want a=N b=N)`},
		{"library a\nstatusline example.com/p.F format=x", `t.stack:2: statusline: format: "x" is not a parameter index`},
		{"library a\nstatusline example.com/p.F", "t.stack:2: statusline: want FUNC format=N"},
		{"library a\ncall nopackage code=1", `t.stack:2: call: "nopackage": want pkg/path.Name`},
		{"library a\nfield example.com/p.F", `t.stack:2: field: "example.com/p.F": want pkg/path.Type.Field`},
		{"library a\ntype example.com/p.T.F", `t.stack:2: type: "example.com/p.T.F": want pkg/path.Type`},
		{"library a\nfield (*example.com/p.T).M", `want pkg/path.Name`},
		{"library a\nresult (*example.com/p.T.M", `want pkg/path.Name`},
		{"library a\nforeign (bad)", `t.stack:2: foreign: "(bad)" is not a package path`},
		{"library a\nfunc example.com/p.F code=0", "t.stack:2: func: unknown directive"},
	}
	for _, tt := range tests {
		_, err := Parse("t.stack", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want %q", tt.src, err, tt.want)
		}
	}
}

func TestNameWords(t *testing.T) {
	for name, want := range map[string]string{
		"StatusBusyHere":                     "busy",
		"StatusRequestURITooLong":            "request uri long",
		"StatusOK":                           "ok",
		"StatusRequestedRangeNotSatisfiable": "requested range satisfiable",
		"Status_Not_Found":                   "found",
		"StatusNotAcceptable606":             "acceptable 606",
	} {
		if got := strings.Join(nameWords(name), " "); got != want {
			t.Errorf("nameWords(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestProtobufEnumConstants: protobuf enum values (Type_PREFIX_VALUE) are
// named by the words after the type name and the prefix all the type's
// values share; the enum's 0 is never picked, nor another enum's value.
func TestProtobufEnumConstants(t *testing.T) {
	pkg := types.NewPackage("example.com/pb", "pb")
	enum := func(name string) *types.Named {
		tn := types.NewTypeName(token.NoPos, pkg, name, nil)
		return types.NewNamed(tn, types.Typ[types.Int32], nil)
	}
	code, transport := enum("SIPStatusCode"), enum("NegotiatedDataChannelID")
	for _, k := range []struct {
		name  string
		typ   types.Type
		value int64
	}{
		{"SIPStatusCode_SIP_STATUS_UNKNOWN", code, 0},
		{"SIPStatusCode_SIP_STATUS_TRYING", code, 100},
		{"SIPStatusCode_SIP_STATUS_NOTFOUND", code, 404},
		{"SIPStatusCode_SIP_STATUS_BUSY_HERE", code, 486},
		{"SIPStatusCode_SIP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE", code, 416},
		{"NegotiatedDataChannelID_NDCI_RELIABLE", transport, 100},
		{"NegotiatedDataChannelID_NDCI_LOSSY", transport, 101},
		// An untyped constant that also spells 486, only less exactly.
		{"BusyHereOrElsewhere", types.Typ[types.UntypedInt], 486},
	} {
		pkg.Scope().Insert(types.NewConst(token.NoPos, pkg, k.name, k.typ, constant.MakeInt64(k.value)))
	}
	idx := IndexConstants(pkg, nil)
	for value, want := range map[int]string{
		100: "SIPStatusCode_SIP_STATUS_TRYING",
		404: "SIPStatusCode_SIP_STATUS_NOTFOUND",
		486: "SIPStatusCode_SIP_STATUS_BUSY_HERE",
		416: "",
		0:   "",
	} {
		got := ""
		if k := idx[value]; k != nil {
			got = k.Name()
		}
		if got != want {
			t.Errorf("constant for %d = %q, want %q", value, got, want)
		}
	}
	var consts []*types.Const
	for _, name := range pkg.Scope().Names() {
		consts = append(consts, pkg.Scope().Lookup(name).(*types.Const))
	}
	stems := constantStems(consts)
	for name, want := range map[string]string{
		"SIPStatusCode_SIP_STATUS_BUSY_HERE":    "BUSY_HERE",
		"NegotiatedDataChannelID_NDCI_RELIABLE": "RELIABLE",
		"BusyHereOrElsewhere":                   "BusyHereOrElsewhere",
	} {
		if got := stems[pkg.Scope().Lookup(name).(*types.Const)]; got != want {
			t.Errorf("stem of %s = %q, want %q", name, got, want)
		}
	}
}
