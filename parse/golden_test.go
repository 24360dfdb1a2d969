package parse_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplomacy-data/readout/internal/golden"
	"github.com/diplomacy-data/readout/parse"
	_ "time/tzdata"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenInputs returns the readouts that have golden files: the samples and
// every testdata/{en,ja}/*.txt.
func goldenInputs(t *testing.T) []string {
	var files []string
	for _, pat := range []string{"../sample/*.txt", "../testdata/en/*.txt", "../testdata/ja/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no golden inputs found")
	}
	return files
}

// TestGolden parses each input and compares the JSON of the meeting with
// NAME.golden.json beside it. Run `go test ./parse -update` to rewrite the
// golden files, then review the diff.
func TestGolden(t *testing.T) {
	for _, in := range goldenInputs(t) {
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
			got, err := json.MarshalIndent(m, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden.Check(t, strings.TrimSuffix(in, ".txt")+".golden.json", got, *update, "go test ./parse -update")
		})
	}
}
