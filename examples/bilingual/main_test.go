package main

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRun runs the program on the two samples.
//
// The values follow what the grammars find; when the English and Japanese
// grammars land, the rows fill in and should agree (no ≠ but on rows whose
// text differs by language). Update the lines below from
// `go run ./examples/bilingual` after checking each value against the texts.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	want := `language   en           ja
published  2022-04-07 ≠ -
kind       unknown      unknown
mode       unknown      unknown
country    -            -
date       -            -
start      -            -
qualifier  exact        exact
zone       -            -
start JST  -            -
duration   -            -
principal  -            -
sections   2          ≠ 0
points     0            0
photos     3          ≠ 0
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}
