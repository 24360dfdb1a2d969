package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// trimSpace and skipSpace match white space outside ASCII byte by byte
// (spaceRuneLen); these are the readings as first written, which decode
// each rune and ask unicode.IsSpace.

func trimSpaceRef(s string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

func skipSpaceRef(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// TestSpaceRuneLen checks spaceRuneLen and lastSpaceRuneLen against
// unicode.IsSpace for every rune outside ASCII, and trimSpace and
// skipSpace against the readings that decode, on random strings of
// spaces, their bytes, bullets, quotes and invalid UTF-8.
func TestSpaceRuneLen(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		s := string(r)
		want := 0
		if unicode.IsSpace(r) {
			want = len(s)
		}
		if got := spaceRuneLen(s); got != want {
			t.Errorf("spaceRuneLen(%q) = %d, want %d", s, got, want)
		}
		if got := lastSpaceRuneLen(s); got != want {
			t.Errorf("lastSpaceRuneLen(%q) = %d, want %d", s, got, want)
		}
	}
	pieces := []string{" ", "\t", "\n", "\r", "\v", "\f", "x", "•", "”", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a",
		"\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u3001", "\xc2", "\xe2", "\xe2\x80", "\xe3\x80", "\x80",
		"\x85", "\xa0", "\xff", "\xf0\x90", "(1)"}
	rnd := rand.New(rand.NewPCG(51, 52))
	for range 50000 {
		var b strings.Builder
		for range rnd.IntN(7) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		s := b.String()
		start := rnd.IntN(len(s) + 1)
		end := start + rnd.IntN(len(s)-start+1)
		gs, ge := trimSpace(s, start, end)
		ws, we := trimSpaceRef(s, start, end)
		if gs != ws || ge != we {
			t.Errorf("trimSpace(%q, %d, %d) = %d, %d, want %d, %d", s, start, end, gs, ge, ws, we)
		}
		if got, want := skipSpace(s, start), skipSpaceRef(s, start); got != want {
			t.Errorf("skipSpace(%q, %d) = %d, want %d", s, start, got, want)
		}
	}
}
