package parse

import (
	"testing"

	"github.com/diplomacy-data/readout"
)

// TestModeOf checks the words that give a mode, in any case, and words
// that look like them but give none.
func TestModeOf(t *testing.T) {
	for _, tc := range []struct {
		text   string
		want   readout.Mode
		reason string
	}{
		{"held telephone talks", readout.ModeTelephone, "telephone"},
		{"a Telephone Talk", readout.ModeTelephone, "capitalised"},
		{"TELEPHONE TALKS", readout.ModeTelephone, "upper case"},
		{"held telephonic talks", readout.ModeTelephone, "telephonic"},
		{"a teleconference", readout.ModeTelephone, "teleconference"},
		{"talked by phone", readout.ModeTelephone, "phone"},
		{"a videoconference", readout.ModeVideo, "videoconference"},
		{"a Video Conference", readout.ModeVideo, "video, capitalised"},
		{"a video-link meeting", readout.ModeVideo, "a word starting with video"},
		{"a virtual summit", readout.ModeVideo, "virtual"},
		{"met Online", readout.ModeVideo, "online, capitalised"},
		{"a web conference", readout.ModeVideo, "web before conference"},
		{"the web of ties", readout.ModeUnknown, "web without conference"},
		{"the phones rang", readout.ModeUnknown, "phones is not phone"},
		{"a tele meeting", readout.ModeUnknown, "tele alone"},
		{"the vide grenier", readout.ModeUnknown, "vide is not video"},
		{"held a meeting in Tokyo", readout.ModeUnknown, "in person"},
		{"a Téléphone call", readout.ModeUnknown, "non-ASCII, not the English word"},
	} {
		if got := modeOf(tokenize(tc.text, 0, len(tc.text))); got != tc.want {
			t.Errorf("%s: modeOf(%q) = %v, want %v", tc.reason, tc.text, got, tc.want)
		}
	}
}
