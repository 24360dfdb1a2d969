package parse

import (
	"strings"
	"testing"
)

// TestSpeechIntro checks speechIntro, which lowers an ASCII section on the
// stack, against strings.ToLower of the heading and text joined.
func TestSpeechIntro(t *testing.T) {
	long := strings.Repeat("They talked. ", 50)
	tests := []struct {
		heading, text string
		want          bool
		reason        string
	}{
		{"", "The outline of the speech by Minister Hayashi at the meeting is as follows.", true, "the seed's section"},
		{"Outline of the", "speech by the Minister", true, "a phrase across the heading and the text"},
		{"REMARKS BY", "the Prime Minister", true, "capitals"},
		{"", "The Minister stated as follows.", true, "stated as follows"},
		{"", "The Minister spoke.", false, "no intro"},
		{"Überblick", "Outline of the speech by Herr Müller", true, "outside ASCII"},
		{"", long + "Remarks by the Minister", true, "longer than the stack buffer"},
		{"", long + "The Minister spoke.", false, "long, no intro"},
	}
	for _, tt := range tests {
		got := speechIntro(tt.heading, tt.text)
		lower := strings.ToLower(tt.heading + " " + tt.text)
		want := false
		for _, s := range speechIntros {
			if strings.Contains(lower, s) {
				want = true
			}
		}
		if got != want || got != tt.want {
			t.Errorf("speechIntro(%q, %q) = %v, want %v (%s)", tt.heading, tt.text, got, tt.want, tt.reason)
		}
	}
}
