package registry

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/sipcode/sipcode/registry/internal/csvfile"
)

// header is the first line the data file must have, column for column.
var header = []string{"code", "reason", "class", "status", "reference", "older_or_variant_reasons"}

// parse reads registry data in the format of codes.csv: a header line, then
// one code a line, sorted by code, each code once. Errors name the line.
func parse(data []byte) ([]Code, error) {
	var codes []Code
	err := csvfile.Read(data, header, 0, func(line int, rec []string) error {
		c, err := parseRecord(rec)
		if err != nil {
			return err
		}
		if n := len(codes); n > 0 && codes[n-1].Value >= c.Value {
			return fmt.Errorf("code %d is out of order or repeated (after %d)", c.Value, codes[n-1].Value)
		}
		codes = append(codes, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(codes) == 0 {
		return nil, errors.New("no codes")
	}
	return codes, nil
}

func parseRecord(rec []string) (Code, error) {
	value, err := strconv.Atoi(rec[0])
	if err != nil || len(rec[0]) != 3 {
		return Code{}, fmt.Errorf("code %q is not a three-digit number", rec[0])
	}
	class, ok := classOf(value)
	if !ok {
		return Code{}, fmt.Errorf("code %d is outside 100..699", value)
	}
	reason := strings.TrimSpace(rec[1])
	if reason == "" || reason != rec[1] {
		return Code{}, fmt.Errorf("code %d: reason %q is empty or has surrounding spaces", value, rec[1])
	}
	if named, ok := parseClass(rec[2]); !ok || named != class {
		return Code{}, fmt.Errorf("code %d: class %q, want %q", value, rec[2], class)
	}
	status, ok := parseStatus(rec[3])
	if !ok {
		return Code{}, fmt.Errorf("code %d: unknown status %q", value, rec[3])
	}
	ref, err := parseReference(rec[4])
	if err != nil {
		return Code{}, fmt.Errorf("code %d: %w", value, err)
	}
	variants, err := parseVariants(rec[5])
	if err != nil {
		return Code{}, fmt.Errorf("code %d: %w", value, err)
	}
	return Code{Value: value, Reason: reason, Class: class, Status: status, Reference: ref, Variants: variants}, nil
}

// parseReference turns the data's "RFC3261" into the "RFC 3261" people write.
func parseReference(s string) (string, error) {
	num, ok := strings.CutPrefix(s, "RFC")
	if n, err := strconv.Atoi(num); !ok || err != nil || n <= 0 || num[0] == '0' {
		return "", fmt.Errorf("reference %q is not of the form RFC1234", s)
	}
	return "RFC " + num, nil
}

func parseVariants(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	variants := strings.Split(s, "|")
	for _, v := range variants {
		if v == "" || strings.TrimSpace(v) != v {
			return nil, fmt.Errorf("variant reason %q is empty or has surrounding spaces", v)
		}
	}
	return variants, nil
}
