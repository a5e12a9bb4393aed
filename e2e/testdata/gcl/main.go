// Command golangci-lint is golangci-lint v2 with the sipcode linter linked
// in: what golangci-lint custom builds from .custom-gcl.yml, without Git.
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/sipcode/sipcode/plugin"
)

func main() {
	info := commands.BuildInfo{Version: "2.15.0+sipcode", Commit: "?", Date: "?", GoVersion: runtime.Version()}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
