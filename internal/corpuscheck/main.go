// Command corpuscheck prints the parser's accuracy over a labelled corpus
// directory: for each labelled field, how many readouts the parser gets
// right, and every miss with its file and both values.
//
// Usage:
//
//	go run ./internal/corpuscheck [-json] DIR
//
// DIR holds NNN.txt readouts, each with NNN.labels.json beside it (see
// the corpus README). A null label counts as a value: the parser must find
// nothing there. The kinds "telephone" and "video_conference" are compared
// with the meeting's mode, and "other" with the informal_talk kind. A
// counterpart's country labelled "X (international organization)" is
// compared with the participant's Organization X.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/diplomacy-data/readout/parse"
	_ "time/tzdata"
)

func main() {
	asJSON := flag.Bool("json", false, "print the table as JSON")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: corpuscheck [-json] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	checks, err := run(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpuscheck:", err)
		os.Exit(1)
	}
	t := summarize(checks)
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(t); err != nil {
			fmt.Fprintln(os.Stderr, "corpuscheck:", err)
			os.Exit(1)
		}
		return
	}
	print(os.Stdout, t)
}

// run parses every labelled readout of dir and checks it.
func run(dir string) ([]check, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.labels.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.labels.json files", dir)
	}
	sort.Strings(files)
	var checks []check
	for _, lf := range files {
		b, err := os.ReadFile(lf)
		if err != nil {
			return nil, err
		}
		var l labels
		if err := json.Unmarshal(b, &l); err != nil {
			return nil, fmt.Errorf("%s: %w", lf, err)
		}
		tf := strings.TrimSuffix(lf, ".labels.json") + ".txt"
		src, err := os.ReadFile(tf)
		if err != nil {
			return nil, err
		}
		m, err := parse.Text(string(src), parse.Source(tf))
		if err != nil {
			return nil, err
		}
		checks = append(checks, compare(filepath.Base(tf), l, m)...)
	}
	return checks, nil
}

// print writes the table and the misses.
func print(w io.Writer, ts []tally) {
	fmt.Fprintf(w, "%-24s %9s %7s\n", "field", "correct", "%")
	all, ok := 0, 0
	for _, t := range ts {
		fmt.Fprintf(w, "%-24s %4d/%-4d %6.1f%%\n", t.Field, t.Correct, t.Total, pct(t.Correct, t.Total))
		all += t.Total
		ok += t.Correct
	}
	fmt.Fprintf(w, "%-24s %4d/%-4d %6.1f%%\n", "all", ok, all, pct(ok, all))
	for _, t := range ts {
		if len(t.Misses) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s misses:\n", t.Field)
		for _, c := range t.Misses {
			fmt.Fprintf(w, "  %s  want %q  got %q", c.File, c.Want, c.Got)
			if c.Second != "" {
				fmt.Fprintf(w, "  (second opinion %q)", c.Second)
			}
			fmt.Fprintln(w)
		}
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}
