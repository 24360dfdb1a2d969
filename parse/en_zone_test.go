package parse

import "testing"

// TestLocalNoteIsNotJapan checks what setZone relies on to skip the zone
// lookup of a "local time" note: such a note never names Japan's time,
// whatever place follows it.
func TestLocalNoteIsNotJapan(t *testing.T) {
	for _, tc := range []struct{ note, reason string }{
		{"local time", "the plain note"},
		{"Local Time", "capitalised"},
		{"local time in Japan", "Japan named after it"},
		{"local time in Tokyo", "a Japanese city after it"},
		{"LOCAL TIME JST", "an abbreviation after it"},
		{"local time in New York", "a place abroad"},
	} {
		if !isLocalNote(tc.note) {
			t.Errorf("%s: isLocalNote(%q) = false, want true", tc.reason, tc.note)
		}
		if isJapanNote(tc.note) {
			t.Errorf("%s: isJapanNote(%q) = true, want false", tc.reason, tc.note)
		}
	}
}
