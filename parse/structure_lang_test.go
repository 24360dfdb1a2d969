package parse

import (
	"strings"
	"testing"
)

// TestIsLanguageSwitch checks isLanguageSwitch, which stops at a word
// longer than every language name, against the plain reading of every
// word, on language links, captions, long lines without spaces, brackets
// and invalid UTF-8.
func TestIsLanguageSwitch(t *testing.T) {
	for _, s := range []string{
		"", " ", "()", "英語版 (English)", "English / 日本語", "[English]", "日本語版\u3000English",
		"Other Languages", "その他の言語", "その他の言語版", "English version", "English\u00a0/\u00a0Japanese",
		"林外務大臣とブリンケン米国務長官との会談の様子を撮影した写真", "Photo: the meeting",
		"English\xff", "\xff", "English (" + strings.Repeat("語", 40) + ")", "Français | Español",
		strings.Repeat("English ", 50), "英語\t(English)\n",
	} {
		if got, want := isLanguageSwitch(s), isLanguageSwitchRef(s); got != want {
			t.Errorf("isLanguageSwitch(%q) = %v, the plain reading gives %v", s, got, want)
		}
	}
}
