package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

const validateUsage = `usage: readout validate [-json] [FILE|-]...

Validate parses each readout and prints the problems found in it, one per
problem: "file:line:col: severity code: message", then the source line with
carets under the text the problem is about. With no FILE it validates the
embedded sample readout; "-" reads standard input. -json prints the problems
as JSON instead: an array with one {"source", "problems"} object per input.

Exit status: 0 when no problem is an error (warnings and information do not
count), 1 when one is, 2 for a usage error or an input that cannot be read.
`

// A validated input, for -json.
type validated struct {
	Source   string           `json:"source"`
	Problems readout.Problems `json:"problems"`
}

// runValidate is the validate subcommand; it returns the exit status.
func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, validateUsage) }
	asJSON := fs.Bool("json", false, "print the problems as JSON")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	names := fs.Args()
	if len(names) == 0 {
		names = []string{sample.EnglishName}
	}
	status := 0
	var all []validated
	for i, name := range names {
		src, err := readInput(name, i == 0 && len(fs.Args()) == 0, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "readout validate: %v\n", err)
			status = 2
			continue
		}
		m, err := parse.Text(src, parse.Source(name))
		if err != nil {
			fmt.Fprintf(stderr, "readout validate: %s: %v\n", name, err)
			status = 2
			continue
		}
		ps := readout.Validate(m)
		if len(ps.AtLeast(readout.SeverityError)) > 0 && status == 0 {
			status = 1
		}
		if *asJSON {
			if ps == nil {
				ps = readout.Problems{}
			}
			all = append(all, validated{name, ps})
			continue
		}
		for _, p := range ps {
			fmt.Fprintln(stdout, p.ErrorWithPosition(src))
		}
	}
	if *asJSON {
		if all == nil {
			all = []validated{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(all); err != nil {
			fmt.Fprintf(stderr, "readout validate: %v\n", err)
			return 2
		}
	}
	return status
}

// readInput returns the text of the named input: the embedded sample when
// embedded is set, standard input for "-", else the file.
func readInput(name string, embedded bool, stdin io.Reader) (string, error) {
	if embedded {
		return sample.English, nil
	}
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	return string(b), err
}
