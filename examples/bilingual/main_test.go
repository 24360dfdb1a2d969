package main

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRun runs the program on the two samples.
//
// Both texts give the seed's values (see the README's JSON table); the
// principal's name is written in each language. The Japanese sample holds
// only the first two points of the speech (as "• (1)" bullets), the English
// all nine. Update the lines below from `go run ./examples/bilingual` after
// checking each value against the texts.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	want := `language   en                     ja
published  2022-04-07             2022-04-07
kind       multilateral           multilateral
mode       in_person              in_person
country    Belgium                Belgium
date       2022-04-07             2022-04-07
start      09:45                  09:45
qualifier  exact                  exact
zone       Europe/Brussels        Europe/Brussels
start JST  2022-04-07 16:45 JST   2022-04-07 16:45 JST
duration   PT2H45M                PT2H45M
principal  HAYASHI Yoshimasa    ≠ 林芳正
sections   2                      2
points     9                    ≠ 2
photos     3                      3
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}
