package stacks

import (
	"embed"
	"io/fs"
	"sync"
)

//go:embed tables/*.stack
var stackFiles embed.FS

// Builtin returns the embedded tables, parsed once. TestBuiltinTables
// makes a parse error a test failure, so the panic cannot reach a user.
var Builtin = sync.OnceValue(func() []*Table {
	var tables []*Table
	names, _ := fs.Glob(stackFiles, "tables/*.stack")
	for _, name := range names {
		data, _ := stackFiles.ReadFile(name)
		t, err := Parse(name, data)
		if err != nil {
			panic(err)
		}
		tables = append(tables, t...)
	}
	return tables
})
