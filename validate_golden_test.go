package readout_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/internal/golden"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

var update = flag.Bool("update", false, "rewrite the expected problems in testdata/invalid")

// TestGoldenInvalid parses each testdata/invalid/NAME.txt, validates it and
// compares the problems, as JSON, with NAME.problems.json. Run
// `go test . -update` to rewrite the expected files, then review the diff.
// The inputs are described in testdata/SOURCES.md.
func TestGoldenInvalid(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no inputs in testdata/invalid (%v)", err)
	}
	for _, in := range files {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			m, err := parse.Text(string(src), parse.Source(filepath.Base(in)))
			if err != nil {
				t.Fatalf("parse.Text: %v", err)
			}
			ps := readout.Validate(m)
			if ps == nil {
				ps = readout.Problems{}
			}
			got, err := json.MarshalIndent(ps, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden.Check(t, strings.TrimSuffix(in, ".txt")+".problems.json", got, *update, "go test . -update")
		})
	}
}

// TestGoldenInvalidCoversEveryCode checks that the expected problems of
// testdata/invalid hold every code Validate reports.
func TestGoldenInvalidCoversEveryCode(t *testing.T) {
	files, _ := filepath.Glob("testdata/invalid/*.problems.json")
	seen := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var ps []struct{ Code string }
		if err := json.Unmarshal(b, &ps); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, p := range ps {
			seen[p.Code] = true
		}
	}
	var missing []string
	for _, c := range readout.Codes() {
		if !seen[c] {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		t.Errorf("codes found in no testdata/invalid file: %s", strings.Join(missing, ", "))
	}
}

// TestSeedProblems checks the seed: no error and exactly one warning, the
// doubled comma in point (1) at line 12, rune column 265.
func TestSeedProblems(t *testing.T) {
	m, err := parse.Text(sample.English, parse.Source("embedded"))
	if err != nil {
		t.Fatal(err)
	}
	ps := readout.Validate(m)
	if n := ps.Count(readout.SeverityError); n != 0 {
		t.Errorf("%d errors, want none: %v", n, ps.AtLeast(readout.SeverityError))
	}
	warnings := ps.AtLeast(readout.SeverityWarning)
	want := []string{`embedded:12:265: warning text-doubled-punctuation: doubled punctuation ", ,"`}
	var got []string
	for _, p := range warnings {
		got = append(got, p.Error())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed warnings mismatch (-want +got):\n%s", diff)
	}
	if len(warnings) == 1 {
		if got := warnings[0].Span.Text(sample.English); got != ", ," {
			t.Errorf("the warning's span covers %q, want %q", got, ", ,")
		}
	}
}
