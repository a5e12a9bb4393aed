// Command gendocs writes docs/checks.md from package explain: go generate
// ./analyzer/explain runs it with the file's path.
package main

import (
	"fmt"
	"os"

	"github.com/sipcode/sipcode/analyzer/explain"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gendocs FILE")
		os.Exit(2)
	}
	if err := os.WriteFile(os.Args[1], []byte(explain.Markdown()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
