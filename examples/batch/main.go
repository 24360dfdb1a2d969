// Batch parses every readout (*.txt) in a directory with the library and
// writes one JSON document per line (JSON Lines) to standard output, ready
// for pandas (pd.read_json(path, lines=True)), R or jq. Each line is the
// JSON of a [readout.Meeting], as schema/meeting.schema.json describes it,
// validated: its "problems" key lists what [readout.Validate] found.
//
// A file that is not a readout's text (empty, binary, not UTF-8) is reported
// on standard error with its position and skipped; the others are still
// written. The exit status is 1 if any file failed.
//
// Run it from the repository root:
//
//	go run ./examples/batch sample > meetings.jsonl
//
// The readout command does the same with more options (`readout parse`);
// this program shows how to do it with the library alone.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	_ "time/tzdata" // the program decides: zones work on machines without a tz database

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: batch DIR")
		os.Exit(2)
	}
	failed, err := run(os.Stdout, os.Stderr, os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "batch:", err)
		os.Exit(1)
	}
	if failed > 0 {
		os.Exit(1)
	}
}

// run writes a JSON line to w for each *.txt file in dir, in name order,
// and reports files that fail to parse on errw. It returns the number of
// files that failed, and an error if dir cannot be read or w written.
func run(w, errw io.Writer, dir string) (failed int, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return 0, err
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("no *.txt files in %s", dir)
	}
	sort.Strings(files)
	enc := json.NewEncoder(w) // one document per line: Encode adds the newline
	enc.SetEscapeHTML(false)
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(errw, err)
			failed++
			continue
		}
		m, err := parse.Reader(f, parse.Source(name))
		f.Close()
		if err != nil {
			fmt.Fprintln(errw, err) // "name:line:col: invalid UTF-8: ..."
			failed++
			continue
		}
		m.Problems = readout.Validate(m)
		if err := enc.Encode(m); err != nil {
			return failed, err
		}
	}
	return failed, nil
}
