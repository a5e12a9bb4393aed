package registry

import (
	"strings"
	"testing"
)

func TestEmbeddedRules(t *testing.T) {
	r, err := parseRules(rulesData)
	if err != nil {
		t.Fatalf("rules.csv: %v", err)
	}
	if len(r.header) != 12 || len(r.method) != 5 {
		t.Errorf("rules.csv: %d header and %d method rules, want 12 and 5", len(r.header), len(r.method))
	}
	// 494 and 417: their header requirement was never read in the RFC.
	for _, h := range HeaderRules() {
		if h.Codes.Contains(494) || h.Codes.Contains(417) {
			t.Errorf("%s covers 494 or 417, whose texts were not checked", h.ID)
		}
	}
}

func TestHeaderRulesAPI(t *testing.T) {
	var r401, r415, pub HeaderRule
	for _, h := range HeaderRules() {
		switch h.ID {
		case "header-401":
			r401 = h
		case "header-415":
			r415 = h
		case "header-publish-200":
			pub = h
		}
	}
	if !r401.Codes.Contains(401) || r401.Codes.Contains(407) || r401.Requires[0][0] != "WWW-Authenticate" || r401.Confused != "Proxy-Authenticate" || r401.Reference != "RFC 3261 §22.2" || r401.Word != "MUST" {
		t.Errorf("header-401 = %+v", r401)
	}
	if len(r415.Requires) != 1 || len(r415.Requires[0]) != 3 {
		t.Errorf("header-415 requires %v, want one group of three", r415.Requires)
	}
	if len(pub.Requires) != 2 || pub.Method != "PUBLISH" {
		t.Errorf("header-publish-200 = %+v", pub)
	}
	// Callers get copies.
	HeaderRules()[0].Requires[0][0] = "X"
	if HeaderRules()[0].Requires[0][0] == "X" {
		t.Errorf("HeaderRules shares its slices")
	}
}

func TestMethodCondition(t *testing.T) {
	for _, tt := range []struct {
		m       Method
		methods []string
		want    bool
	}{
		{"", nil, true},
		{"ACK", nil, false},
		{"ACK", []string{"ACK"}, true},
		{"ACK", []string{"ACK", "BYE"}, false},
		{"!INVITE", []string{"OPTIONS", "BYE"}, true},
		{"!INVITE", []string{"OPTIONS", "INVITE"}, false},
		{"!INVITE", []string{"*"}, false},
		{"!INVITE", nil, false},
	} {
		if got := tt.m.Holds(tt.methods); got != tt.want {
			t.Errorf("%q.Holds(%v) = %v, want %v", tt.m, tt.methods, got, tt.want)
		}
	}
	if got := (Codes{{200, 299}, {401, 401}, {101, 199}}).String(); got != "2xx, 401, 101-199" {
		t.Errorf("Codes.String = %q", got)
	}
}

func TestParseRulesErrors(t *testing.T) {
	head := strings.Join(rulesHeader, ",") + "\n"
	for _, tt := range []struct{ data, want string }{
		{"", "line 1: empty file"},
		{"id,codes\n", "line 1: wrong number of fields"},
		{head, "no rules"},
		{head + "x-401,header,401,,WWW-Authenticate,,MUST,RFC 3261,s\n", `line 2: id "x-401": want header-NAME`},
		{head + "header-1,header,4o1,,A,,MUST,RFC 3261,s\n", `codes "4o1"`},
		{head + "header-1,header,401,,,,MUST,RFC 3261,s\n", `requires ""`},
		{head + "header-1,header,401,invite,A,,MUST,RFC 3261,s\n", `method "invite"`},
		{head + "header-1,header,401,,A,,,RFC 3261,s\n", "must be set"},
		{head + "method-1,method,401,,,,MUST,RFC 3261,s\n", "has a method and no headers"},
		{head + "header-1,header,401,,A,,MUST,R,s\nheader-1,header,401,,A,,MUST,R,s\n", `line 3: id "header-1" repeated`},
		{head + "other-1,other,401,,A,,MUST,R,s\n", `category "other"`},
	} {
		_, err := parseRules([]byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parseRules(%q) = %v, want %q", tt.data, err, tt.want)
		}
	}
}
