// Package csvfile reads the registry's CSV files (codes.csv, rules.csv, the
// IANA copy and the policy file) the one way they are all laid out: a
// header line that must match, then records of as many fields, every error
// naming its line.
package csvfile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// A LineError is an error on one line of a file: "line N: what".
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *LineError) Unwrap() error { return e.Err }

// Read reads data: lines starting with comment (when it is not 0), a
// header line that must be header, then one record a line, each passed to
// row with its line number. An error of row's, or of the file's own, is a
// *LineError; a read error that names no line is returned as it is.
func Read(data []byte, header []string, comment rune, row func(line int, rec []string) error) error {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comment = comment
	r.FieldsPerRecord = len(header)
	first, err := r.Read()
	if err != nil {
		return readError(err)
	}
	if !slices.Equal(first, header) {
		line, _ := r.FieldPos(0)
		return &LineError{line, fmt.Errorf("header is %q, want %q", strings.Join(first, ","), strings.Join(header, ","))}
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return readError(err)
		}
		line, _ := r.FieldPos(0)
		if err := row(line, rec); err != nil {
			return &LineError{line, err}
		}
	}
}

// readError words encoding/csv's errors as LineErrors. FieldPos must not be
// called after a failed Read, so the line comes from the error itself.
func readError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &LineError{pe.Line, pe.Err}
	}
	if err == io.EOF {
		return &LineError{1, errors.New("empty file")}
	}
	return err
}
