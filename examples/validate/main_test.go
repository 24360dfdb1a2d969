package main

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRun runs the program: the edited Japan time is reported as an error
// with carets under "5:45 p.m.", the readout's doubled comma as a warning.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	failed, err := run(&out)
	if err != nil {
		t.Fatal(err)
	}
	if !failed {
		t.Error("run reported no error-severity problem")
	}
	want := `nato-edited.txt:8:60: error jst-mismatch: stated JST 17:45, expected 16:45: 09:45 on 2022-04-07 in Europe/Brussels (CEST, UTC+02:00) is 16:45 JST (UTC+09:00)
    8 | …ing at 9:45 a.m. (local time; same day, 5:45 p.m. JST) for approximately 2 hours and 45 m…
      |                                          ^^^^^^^^^

nato-edited.txt:12:265: warning text-doubled-punctuation: doubled punctuation ", ,"
   12 | …d by Russia’s aggression against Ukraine, , the security of Europe and the Indo-Pac…
      |                                          ^^^

1 errors, 1 warnings, 0 notes
the stated Japan time is wrong
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}
