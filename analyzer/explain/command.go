package explain

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Explain returns the reference text for x: a category (literal), a rule
// id (header-401) or a number (486; up to 9999, so that a typo such as
// 1486 is explained as an invalid value).
func Explain(x string) (string, error) {
	if s, ok := load().byID[x]; ok {
		return s.Text(), nil
	}
	if n, err := strconv.Atoi(x); err == nil && n >= 0 && n <= 9999 && x == strconv.Itoa(n) {
		return Facts(n).Text(), nil
	}
	return "", unknownError(x)
}

// Text is the section as -explain prints it.
func (s Section) Text() string {
	return fmt.Sprintf("%s: %s\n\n%s\n\n%s\n", s.ID, s.Title, s.Body, URL(s.ID))
}

func unknownError(x string) error {
	var ids []string
	for _, s := range RuleSections() {
		ids = append(ids, s.ID)
	}
	msg := fmt.Sprintf("cannot explain %q; want one of:\n  a category: %s\n  a rule: %s\n  a response code: 100..699 (a number up to 9999 is explained as an invalid value)",
		x, strings.Join(categories, ", "), strings.Join(ids, ", "))
	if x == "" {
		msg = strings.Replace(msg, `cannot explain ""`, "-explain needs an argument", 1)
	}
	for _, id := range append(Categories(), ids...) {
		if x != "" && strings.HasPrefix(id, x) {
			msg += fmt.Sprintf("\ndid you mean %s?", id)
			break
		}
	}
	return fmt.Errorf("%s", msg)
}

// Main handles sipcode -explain X before the analysis driver sees the
// arguments (args without the program name). It returns handled false when
// args do not ask for an explanation; otherwise the exit status: 0 after
// printing the text, 2 for a missing, extra or unknown argument.
func Main(args []string, stdout, stderr io.Writer) (status int, handled bool) {
	at, x, hasValue := -1, "", false
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, eq := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if strings.HasPrefix(a, "-") && name == "explain" {
			at, x, hasValue = i, value, eq
			break
		}
	}
	if at < 0 {
		return 0, false
	}
	rest := append(append([]string{}, args[:at]...), args[at+1:]...)
	if !hasValue && at+1 < len(args) {
		x, rest = args[at+1], append(append([]string{}, args[:at]...), args[at+2:]...)
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "sipcode: -explain takes one argument and no other flags or packages (got %s)\n", strings.Join(rest, " "))
		return 2, true
	}
	out, err := Explain(x)
	if err != nil {
		fmt.Fprintf(stderr, "sipcode: %v\n", err)
		return 2, true
	}
	io.WriteString(stdout, out)
	return 0, true
}
