package parse

import "testing"

func TestPickLanguage(t *testing.T) {
	tests := []struct {
		tag, text, want, reason string
	}{
		{"", "On April 7, the Minister met the Secretary-General.", "en", "English letters"},
		{"", "4月7日、林外務大臣は会談を行った。", "ja", "kanji and kana"},
		{"", "NATO 外務大臣会合への林外務大臣の出席", "ja", "a kanji weighs about a word"},
		{"", "[[[ ]]] ^^^ ___ ``` \\\\\\ 外", "ja", "brackets and other ASCII punctuation are not letters"},
		{"ja", "On April 7, the Minister met the Secretary-General.", "ja", "the option wins"},
		{"fr", "4月7日、林外務大臣は会談を行った。", "ja", "an unknown tag means detect"},
	}
	for _, tt := range tests {
		if got := pickLanguage(tt.tag, tt.text).tag; got != tt.want {
			t.Errorf("pickLanguage(%q, %q) = %q, want %q (%s)", tt.tag, tt.text, got, tt.want, tt.reason)
		}
	}
}
