package stacks

import (
	"strings"
	"testing"
)

func TestParseProtoTable(t *testing.T) {
	src := `library acme
call example.com/acme/sip.Reply code=1 reason=2 req=0 headers=3 sends adds=contact,allow? method=INVITE
call example.com/acme/sip.New code=0 response
sender (*example.com/acme/sip.Tx).Send adds=Server,m
adder (*example.com/acme/sip.Msg).Add (example.com/acme/sip.Message).Prepend
replacer (*example.com/acme/sip.Msg).Replace
reader (example.com/acme/sip.Msg).Get
headerctor example.com/acme/sip.Header name=0
headertype example.com/acme/sip.ContactHeader Contact
headername example.com/acme/sip.Generic.Name
headerfield example.com/acme/sip.Msg.Allow Allow
handler (*example.com/acme.Server).On method=@0 arg=1
handler (*example.com/acme.Server).OnAck method=ACK arg=0
request example.com/acme/sip.Request
`
	tables, err := Parse("acme.stack", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tb := tables[0]
	c := tb.calls[0].proto
	if c.Req != 0 || c.Headers != 3 || !c.Sends || c.Method != "INVITE" || !c.Builds ||
		strings.Join(c.Adds, ",") != "contact" || strings.Join(c.MayAdd, ",") != "allow" {
		t.Errorf("call proto = %+v", c)
	}
	if !tb.calls[1].proto.Builds || tb.calls[1].proto.Req != -1 {
		t.Errorf("response call = %+v", tb.calls[1].proto)
	}
	p := tb.proto
	if s := p.senders[0]; strings.Join(s.Adds, ",") != "server,contact" {
		t.Errorf("sender = %+v", s)
	}
	if len(p.adders) != 2 || p.adders[0] != (objRef{pkg: "example.com/acme/sip", recv: "Msg", name: "Add", source: "(*example.com/acme/sip.Msg).Add"}) ||
		p.adders[1].recv != "Message" || p.adders[1].name != "Prepend" ||
		p.replacers[0].name != "Replace" || p.readers[0].recv != "Msg" || p.readers[0].name != "Get" || p.headerCtors[0].name != 0 {
		t.Errorf("proto = %+v", p)
	}
	if p.headerTypes[0].name != "contact" || p.headerNames[0].name != "Name" || p.headerFields[0].name != "allow" {
		t.Errorf("header lines = %+v", p)
	}
	if h := p.handlers[0]; h.MethodArg != 0 || h.Arg != 1 || h.Method != "" {
		t.Errorf("handler 0 = %+v", h)
	}
	if h := p.handlers[1]; h.Method != "ACK" || h.MethodArg != -1 || h.Arg != 0 {
		t.Errorf("handler 1 = %+v", h)
	}
	if p.requests[0].name != "Request" {
		t.Errorf("request = %+v", p.requests[0])
	}
}

func TestParseProtoTableErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"library a\ncall example.com/p.F code=0 req=x", `t.stack:2: call: req: "x" is not a parameter index`},
		{"library a\nconstructor example.com/p.F", `t.stack:2: constructor: want FUNC status=N`},
		{"library a\nconstructor example.com/p.F status=99", `t.stack:2: constructor: "status=99": want status=N, a code in 100..699`},
		{"library a\nconstructor example.com/p.F req=0", `t.stack:2: constructor: "req=0": want status=N`},
		{"library a\nconstructor example.com/p.F status=200 req=x", `t.stack:2: constructor: req: "x" is not a parameter index`},
		{"library a\ncall example.com/p.F code=0 req=1 req=2", `t.stack:2: call: req given twice`},
		{"library a\ncall example.com/p.F code=0 sends=1", `t.stack:2: call: unexpected "sends=1"`},
		{"library a\ncall example.com/p.F code=0 adds=a,,b", `t.stack:2: call: adds: "" is not a header name`},
		{"library a\ncall example.com/p.F code=0 adds=allow?invite", `t.stack:2: call: adds: "allow?invite": "invite" is not a request method`},
		{"library a\nsender example.com/p.F adds=allow?INVITE|", `t.stack:2: sender: adds: "allow?INVITE|": "" is not a request method`},
		{"library a\ncall example.com/p.F code=0 method=invite", `t.stack:2: call: method: "invite" is not a request method`},
		{"library a\ncall example.com/p.F code=0 bogus", `t.stack:2: call: unexpected "bogus"`},
		{"library a\nsender", `t.stack:2: sender: want FUNC [adds=H,...]`},
		{"library a\nsender example.com/p.F sends", `t.stack:2: sender: unexpected "sends"`},
		{"library a\nadder", `t.stack:2: adder: want (pkg/path.Type).Method...`},
		// A bare name, as the directive once took: matching by text is gone.
		{"library a\nadder AppendHeader", `t.stack:2: adder: "AppendHeader": want (pkg/path.Type).Method or (*pkg/path.Type).Method`},
		{"library a\nreplacer a.b", `t.stack:2: replacer: "a.b": want (pkg/path.Type).Method`},
		// A function, or a field, is not a method.
		{"library a\nreader example.com/p.F", `t.stack:2: reader: "example.com/p.F": want (pkg/path.Type).Method`},
		{"library a\nreader (*example.com/p.T).M example.com/p.T.F", `t.stack:2: reader: "example.com/p.T.F": want (pkg/path.Type).Method`},
		{"library a\nheaderctor example.com/p.F", `t.stack:2: headerctor: want FUNC name=N`},
		{"library a\nheaderctor example.com/p.F value=0", `t.stack:2: headerctor: unexpected "value=0"`},
		{"library a\nheadertype example.com/p.T", `t.stack:2: headertype: want pkg/path.Type NAME`},
		{"library a\nheadertype example.com/p.T.F Contact", `t.stack:2: headertype: "example.com/p.T.F": want pkg/path.Type`},
		{"library a\nheaderfield example.com/p.T Contact", `t.stack:2: headerfield: "example.com/p.T": want pkg/path.Type.Field`},
		{"library a\nheadertype example.com/p.T Bad:Name", `t.stack:2: headertype: "Bad:Name" is not a header name`},
		{"library a\nheadername example.com/p.T", `t.stack:2: headername: "example.com/p.T": want pkg/path.Type.Field`},
		{"library a\nhandler example.com/p.F method=ACK", `t.stack:2: handler: want FUNC method=M|@K arg=N`},
		{"library a\nhandler example.com/p.F method=@x arg=0", `t.stack:2: handler: method: "@x" is not @INDEX`},
		{"library a\nhandler example.com/p.F method=ack arg=0", `t.stack:2: handler: method: "ack" is not a request method`},
		{"library a\nhandler example.com/p.F method=@0 arg=0", `t.stack:2: handler: method and handler are the same parameter 0`},
		{"library a\nhandler example.com/p.F arg=0 arg=1", `t.stack:2: handler: want both method= and arg=`},
		{"library a\nhandler example.com/p.F method=ACK kind=1", `t.stack:2: handler: unexpected "kind=1"`},
		{"library a\nrequest example.com/p.T.F", `t.stack:2: request: "example.com/p.T.F": want pkg/path.Type`},
	} {
		_, err := Parse("t.stack", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want %q", tt.src, err, tt.want)
		}
	}
}

func TestCanonicalHeader(t *testing.T) {
	for in, want := range map[string]string{"WWW-Authenticate": "www-authenticate", "m": "contact", "U": "allow-events", " Allow ": "allow", "k": "supported"} {
		if got := CanonicalHeader(in); got != want {
			t.Errorf("CanonicalHeader(%q) = %q, want %q", in, got, want)
		}
	}
	if got := DisplayHeader("www-authenticate") + " " + DisplayHeader("min-expires") + " " + DisplayHeader("allow-events"); got != "WWW-Authenticate Min-Expires Allow-Events" {
		t.Errorf("DisplayHeader: %q", got)
	}
}
