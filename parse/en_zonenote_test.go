package parse

import "testing"

// TestBareNoteFirstLetter checks bareNote's test of the first letter
// against reading every note in words at every start.
func TestBareNoteFirstLetter(t *testing.T) {
	ref := func(s string) int {
		for _, ws := range bareNotes {
			if n := wordsAt(s, ws...); n > 0 {
				return n
			}
		}
		return zoneAbbreviation(s)
	}
	for _, s := range []string{"", "l", "local time", "Local Time;", "LOCAL  TIME", "JAPAN STANDARD TIME", "japan time)", "Tokyo time", "tokyo", "JST", "EST)", "CEST, same day", "x local time", "@local time", "\u212aST", "Local", "J", "T time"} {
		if got, want := bareNote(s), ref(s); got != want {
			t.Errorf("bareNote(%q) = %d, reading every note gives %d", s, got, want)
		}
	}
}
