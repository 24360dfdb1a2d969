package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/cmd/readout/internal/formats"
)

const validateUsage = `usage: readout validate [-json] [-j N] [-glob PATTERN] [-max-bytes SIZE] [FILE|DIR|-]...

Validate parses readouts and prints the problems found in them, one per
problem: "file:line:col: severity code: message", then the source line with
carets under the text the problem is about. It takes the same inputs as
parse: files, directories (every file below it whose name matches -glob, in
lexical order) and "-" for standard input; with no argument, the embedded
sample readout. Inputs are checked in parallel and reported in the order
given. UTF-16 files with a byte order mark are decoded; their positions
refer to the decoded text.

With -json, each input's problems are one JSON object,
{"source": ..., "problems": [...]}: indented for a single input, one object
per line (JSON Lines) for several, as parse writes json and jsonl.

Exit status: 2 for a usage error or when any input cannot be read or is not
a readout's text (empty, binary, not UTF-8, larger than -max-bytes; each is
reported on standard error and the other inputs are still checked); else 1
when any problem is an error (warnings and information do not count); else 0.

Flags:

	-json             print the problems as JSON
	-j N              check N inputs at once (default: the number of CPUs)
	-glob PATTERN     file name pattern for directories (default *.txt)
	-max-bytes SIZE   largest input accepted, such as 500000, 64K or 16M
	                  (default 16M)

Examples:

	readout validate readout.txt
	readout validate -json readouts/ > problems.jsonl
	readout validate - < readout.txt
`

// runValidate is the validate subcommand; it returns the exit status.
func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, validateUsage) }
	var bf batchFlags
	bf.register(fs)
	asJSON := fs.Bool("json", false, "print the problems as JSON")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if !bf.check("validate", stderr) {
		return 2
	}
	var f formats.Format = problemsText{}
	if *asJSON {
		f = problemsJSON{indent: single(fs.Args())}
	}
	var in []string
	if fs.NArg() > 0 {
		in = fs.Args() // else nil: the embedded sample
	}
	return validateStatus(batch("validate", f, bf, in, stdin, stdout, stderr))
}

// validateStatus maps a run to validate's exit status (see validateUsage):
// an input that could not be checked outranks a problem found in another,
// as grep's 2 outranks its 1, so a script never takes a partial check for a
// complete one.
func validateStatus(sum summary) int {
	switch {
	case sum.werr != nil || sum.failed > 0:
		return 2
	case sum.invalid > 0:
		return 1
	}
	return 0
}

// problemsText writes each problem of a document with its source line and
// carets ([readout.Problem.ErrorWithPosition]).
type problemsText struct{ nop }

func (problemsText) Encode(buf *bytes.Buffer, d formats.Doc) ([]string, error) {
	for _, p := range d.Meeting.Problems {
		buf.WriteString(p.ErrorWithPosition(d.Src))
		buf.WriteByte('\n')
	}
	return nil, nil
}

// problemsJSON writes a document's problems as one JSON object, indented
// or on one line.
type problemsJSON struct {
	nop
	indent bool
}

// A validated input, for -json.
type validated struct {
	Source   string           `json:"source"`
	Problems readout.Problems `json:"problems"`
}

func (f problemsJSON) Encode(buf *bytes.Buffer, d formats.Doc) ([]string, error) {
	v := validated{Source: d.Meeting.Source, Problems: d.Meeting.Problems}
	if v.Problems == nil {
		v.Problems = readout.Problems{} // [] rather than null
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if f.indent {
		enc.SetIndent("", "  ")
	}
	return nil, enc.Encode(v)
}

// nop provides the empty Begin, Separator and End of formats whose
// documents simply follow one another.
type nop struct{}

func (nop) Begin(io.Writer) error { return nil }
func (nop) Separator() string     { return "" }
func (nop) End(io.Writer) error   { return nil }
