// Validate shows what readout's validation finds in a readout that
// contradicts itself: the sample readout embedded in the library, with the
// Japan time it states edited from 4:45 p.m. to 5:45 p.m. Each problem is
// printed with its line of text and carets under the place it concerns, as
// a compiler prints errors.
//
// Validation converts 9:45 a.m. in Brussels on 7 April 2022 through the IANA
// time zone database (Brussels is on summer time, UTC+2) and finds 4:45 p.m.
// in Japan, not the 5:45 p.m. the text now states: a jst-mismatch error. A
// slip of the real readout (a doubled comma) shows up as a warning.
//
// Run it from the repository root:
//
//	go run ./examples/validate
//
// The exit status is 1 when a problem of severity error is found, as a
// check in a data pipeline would use it.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	_ "time/tzdata" // the program decides: zones work on machines without a tz database

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

func main() {
	failed, err := run(os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "validate:", err)
		os.Exit(2)
	}
	if failed {
		os.Exit(1)
	}
}

// run parses and validates the edited sample, writes the problems to w and
// reports whether any of them is an error.
func run(w io.Writer) (failed bool, err error) {
	const stated, edited = "same day, 4:45 p.m. JST", "same day, 5:45 p.m. JST"
	if !strings.Contains(sample.English, stated) {
		return false, fmt.Errorf("the sample no longer states %q", stated)
	}
	src := strings.Replace(sample.English, stated, edited, 1)

	m, err := parse.Text(src, parse.Source("nato-edited.txt"))
	if err != nil {
		return false, err
	}
	problems := readout.Validate(m)
	for _, p := range problems {
		fmt.Fprintln(w, p.ErrorWithPosition(src))
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d errors, %d warnings, %d notes\n",
		problems.Count(readout.SeverityError), problems.Count(readout.SeverityWarning), problems.Count(readout.SeverityInfo))

	// Programs match problems by code, through the code's sentinel error.
	if errors.Is(problems.Err(), readout.ErrJSTMismatch) {
		fmt.Fprintln(w, "the stated Japan time is wrong")
	}
	return problems.AtLeast(readout.SeverityError).Err() != nil, nil
}
