package parse

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The line tests of the structure layer take shortcuts; these are the
// tests as first written, to check the shortcuts against.

func endsWithHonorificRef(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	switch strings.ToLower(s[i+1:]) {
	case "mr.", "ms.", "mrs.", "dr.", "hon.", "rt.", "h.e.", "amb.", "prof.", "eng.", "h.h.":
		return true
	}
	return false
}

func isLanguageSwitchRef(s string) bool {
	words := 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == ')' || r == '[' || r == ']'
	}) {
		if !languageLinks[w] {
			return false
		}
		words++
	}
	return words > 0
}

func isFurnitureRef(s string) bool {
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		return true
	}
	if !strings.ContainsAny(s, " \u3000") && utf8.RuneCountInString(s) < 12 && !isCJK(s) {
		return true
	}
	return strings.HasPrefix(s, "Skip to") || strings.HasPrefix(s, "Home >") || isLanguageSwitchRef(s)
}

// TestLineTests checks endsWithHonorific, isLanguageSwitch and isFurniture
// against the tests as first written, on every line of the corpus copy and
// on random lines of language names, honorifics, separators and other
// words.
func TestLineTests(t *testing.T) {
	pieces := append([]string{" ", "  ", "(", ")", "[", "]", "\u3000", "\t", "Mr.", "MR.", "h.e.", "Prof.", "Dr", "x", "English1",
		"林外務大臣", "Skip to", "Home >", "\u212a", "İ", "Ｍr.", "ab", "abcdefghijklm", "abcdefghijkl", "abcdefghijklmn", ".", "PROF.", "İİİİİ", "\u212a\u212a\u212a\u212a"}, languageLinkList...)
	for _, l := range refTestLines(t, 16, pieces, 7) {
		if got, want := endsWithHonorific(l), endsWithHonorificRef(l); got != want {
			t.Errorf("endsWithHonorific(%q) = %v, want %v", l, got, want)
		}
		if got, want := isLanguageSwitch(l), isLanguageSwitchRef(l); got != want {
			t.Errorf("isLanguageSwitch(%q) = %v, want %v", l, got, want)
		}
		if got, want := isFurniture(l), isFurnitureRef(l); got != want {
			t.Errorf("isFurniture(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestContainsBackTo checks containsBackTo against strings.Contains of the
// joined string.
func TestContainsBackTo(t *testing.T) {
	texts := []string{"", "Back to ", "Back to NATO", "x Back to NATO (x)\nBack to Asia", "Back to Back to NATO", "Back toNATO", "back to NATO"}
	for _, text := range texts {
		for _, s := range []string{"", "NATO", "Asia", "Back to NATO", "NATO (x)", "x", "to NATO"} {
			if got, want := containsBackTo(text, s), strings.Contains(text, "Back to "+s); got != want {
				t.Errorf("containsBackTo(%q, %q) = %v, want %v", text, s, got, want)
			}
		}
	}
}
