package parse

import (
	"strings"
	"testing"
	"unicode"
)

// Tests of the eight-bytes-at-once checks.

// TestPlainASCII8 checks the eight-byte test of check against the byte
// classes: every byte value at every position, among printable fillers.
func TestPlainASCII8(t *testing.T) {
	for pos := range 8 {
		for b := range 256 {
			for _, fill := range []byte{' ', '~', 'a'} {
				buf := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				buf[pos] = byte(b)
				want := b >= 0x20 && b <= 0x7e
				if got := plainASCII8(string(buf)); got != want {
					t.Errorf("plainASCII8(%q) = %v, want %v", buf, got, want)
				}
			}
		}
	}
}

// TestASCIILetters8 checks the eight-byte letter count of pickLanguage
// against the byte test it stands for: every ASCII byte at every position,
// among letters and non-letters.
func TestASCIILetters8(t *testing.T) {
	isLetter := func(c byte) bool { return uint8(c|0x20)-'a' < 26 }
	for pos := range 8 {
		for b := range 128 {
			for _, fill := range []byte{' ', 'z', 'A', '@', '[', '`', '{', 0x7f} {
				buf := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				buf[pos] = byte(b)
				want := 0
				for _, c := range buf {
					if isLetter(c) {
						want++
					}
				}
				if got := asciiLetters8(load8(string(buf))); got != want {
					t.Errorf("asciiLetters8(%q) = %d, want %d", buf, got, want)
				}
			}
		}
	}
}

// TestLowerIs checks lowerIs against strings.ToLower: every rune alone,
// before and after ASCII letters, against lower-case words of every length
// near the word's, including the ones the rune lower-cases to.
func TestLowerIs(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r == 0xd800 {
			r = 0xe000 // no surrogates in UTF-8
		}
		rs := string(r)
		for _, w := range []string{rs, "a" + rs, rs + "s", "ab" + rs + "c"} {
			low := strings.ToLower(w)
			lws := []string{"a", "ab", "abc", "abcd", "i", "k", "ai", "ak", "is", "ks", "abic", "abkc", "abcdefgh"}
			if isASCII(low) && low != "" {
				lws = append(lws, low)
			}
			for _, lw := range lws {
				if got, want := lowerIs(w, lw), low == lw; got != want {
					t.Errorf("lowerIs(%q, %q) = %v, want %v", w, lw, got, want)
				}
			}
		}
	}
}
