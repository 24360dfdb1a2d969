package main

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRun runs the program and checks its summary of the seed readout.
//
// The lines below follow what the parser finds; when the English grammar
// fills more of the meeting, they grow (update them from `go run
// ./examples/seed` after checking each value against the readout).
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	want := `North Atlantic Treaty Organization (NATO), published 2022-04-07 (en)
what:  unknown, unknown: ?
where: ?
when:  ?
who:   0 participants
text:  2 sections, 0 statements (0 points), 3 photos
       0 fragments not understood
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}
