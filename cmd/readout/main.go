// Command readout turns diplomatic meeting readouts into typed, validated
// data.
//
// Usage:
//
//	readout parse [FILE|-]
//
// With no FILE, parse reads an embedded sample readout (MOFA's readout of the
// NATO foreign ministers' meeting of 7 April 2022), so it runs anywhere.
// "-" reads standard input. The meeting is printed as JSON.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
	_ "time/tzdata" // the program decides: zones work on machines without a tz database
)

const usage = `readout turns diplomatic meeting readouts into typed, validated data.

Usage:

	readout parse [FILE|-]    parse a readout and print it as JSON

With no FILE, parse reads an embedded sample readout. "-" reads standard input.

Examples:

	readout parse
	readout parse readout.txt
	curl -s ... | readout parse -
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main with its environment made explicit, for tests. It returns the
// exit status: 0 on success, 1 when an input failed, 2 for usage errors.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	switch args[0] {
	case "parse":
		return runParse(args[1:], stdin, stdout, stderr)
	case "validate":
		return runValidate(args[1:], stdin, stdout, stderr)
	}
	fmt.Fprintf(stderr, "readout: unknown command %q\nRun 'readout help' for usage.\n", args[0])
	return 2
}

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "readout parse: at most one FILE")
		return 2
	}
	name, src := sample.EnglishName, sample.English
	if fs.NArg() == 1 {
		name = fs.Arg(0)
		var b []byte
		var err error
		if name == "-" {
			b, err = io.ReadAll(stdin)
		} else {
			b, err = os.ReadFile(name)
		}
		if err != nil {
			fmt.Fprintf(stderr, "readout: %v\n", err)
			return 1
		}
		src = string(b)
	}
	m, err := parse.Text(src, parse.Source(name))
	if err != nil {
		var perr *parse.Error
		if errors.As(err, &perr) && perr.Source == "" {
			err = fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(stderr, "readout: %v\n", err)
		return 1
	}
	m.Problems = readout.Validate(m)
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		fmt.Fprintf(stderr, "readout: %v\n", err)
		return 1
	}
	return 0
}
