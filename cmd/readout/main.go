// Command readout turns diplomatic meeting readouts into typed, validated
// data.
//
// Usage:
//
//	readout parse [-format FORMAT] [-j N] [-glob PATTERN] [-max-bytes SIZE] [FILE|DIR|-]...
//	readout validate [-json] [-j N] [-glob PATTERN] [-max-bytes SIZE] [FILE|DIR|-]...
//	readout jst [-date DATE] [-in PLACE] [-reverse] TIME
//
// Parse reads readouts (files, directories, standard input; with no
// argument, an embedded sample; UTF-8, or UTF-16 with a byte order mark) in
// parallel and writes them in input order as JSON, JSON Lines, CSV,
// iCalendar, a text summary or PLOVER event records. Validate takes the same
// inputs and prints the problems found in them, with the source line and
// carets under each, or as JSON. Jst converts a local time at a place to
// Japan Standard Time and back, writing the MOFA-style phrase.
//
// Run "readout <command> -h" for the flags of each command.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	_ "time/tzdata" // the program decides: zones work on machines without a tz database
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main with its environment made explicit, for tests. It returns the
// exit status: 0 on success, 1 when an input failed, 2 for usage errors.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "parse":
		return runParse(args[1:], stdin, stdout, stderr)
	case "validate":
		return runValidate(args[1:], stdin, stdout, stderr)
	case "jst":
		return runJST(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "readout: unknown command %q\nRun 'readout help' for usage.\n", args[0])
	return 2
}

// message returns the text of err for a line that already starts with
// "readout CMD: ". The readout package's errors begin with its own
// "readout: " prefix (as the standard library's begin with "csv: " or
// "strconv: "); it is dropped so the line does not say readout twice.
func message(err error) string {
	return strings.TrimPrefix(err.Error(), "readout: ")
}
