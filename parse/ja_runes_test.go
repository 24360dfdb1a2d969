package parse

import (
	"testing"
	"unicode"
)

// TestKatakanaHanEveryRune checks isKatakana and isHan, which answer for
// kana and the common kanji block before the Unicode tables, against the
// tables for every rune.
func TestKatakanaHanEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		kata := r >= 0x30a1 && r <= 0x30fc || r >= 0x2e80 && unicode.Is(unicode.Katakana, r) || r == '=' || r == '゠'
		if got := isKatakana(r); got != kata {
			t.Errorf("isKatakana(%U) = %v, the table says %v", r, got, kata)
		}
		han := r >= 0x4e00 && r <= 0x9fff || r >= 0x2e80 && unicode.Is(unicode.Han, r) || r == '々'
		if got := isHan(r); got != han {
			t.Errorf("isHan(%U) = %v, the table says %v", r, got, han)
		}
	}
}
