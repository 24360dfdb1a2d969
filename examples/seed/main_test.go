package main

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRun runs the program and checks its summary of the seed readout.
//
// The values are those of the seed readout (see the README's JSON table):
// 9:45 a.m. in Brussels on summer time is 4:45 p.m. in Japan, and 2 hours
// and 45 minutes later is 12:30. When the parser finds more, update the lines
// from `go run ./examples/seed` after checking each value against the text.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	want := `North Atlantic Treaty Organization (NATO), published 2022-04-07 (en)
what:  multilateral, in_person: Meeting of Ministers of Foreign Affairs
where: Belgium
when:  Thu 7 Apr 2022, 09:45 CEST local time in Europe/Brussels (UTC+02:00)
       Thu 7 Apr 2022, 16:45 JST in Japan
       the text states 4:45 p.m. JST (same day)
for:   165 minutes (approximately), until 12:30 CEST = 19:30 JST
who:   4 participants
       principal   Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, Japan
       attendee    Stoltenberg, Secretary-General, NATO
       attendee    Blinken, Secretary
       mentioned   KULEBA, Foreign Minister
text:  2 sections, 1 statement(s) with 9 points, 3 photos
       0 fragments not understood
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}
