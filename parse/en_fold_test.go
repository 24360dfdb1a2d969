package parse

import (
	"strings"
	"testing"
	"unicode"
)

// TestEqFold checks eqFold against strings.EqualFold on pairs of words
// built from ASCII letters in both cases and the runes that fold to ASCII
// or change length when folded.
func TestEqFold(t *testing.T) {
	parts := []string{"a", "A", "k", "K", "s", "S", "\u212a", "\u017f", "é", "É", "\u0130", "i", "I", ".", "ß", "ss", "@", "`", "[", "{"}
	words := concatenations(parts, 3)
	for _, a := range words {
		for _, b := range []string{"", "a", "k", "ks", "sk", "is", "ss", "as.", "kki", "é", "ak", "honorable", "hon.", "@a", "`a", "[", "{k"} {
			if got, want := eqFold(a, b), strings.EqualFold(a, b); got != want {
				t.Errorf("eqFold(%q, %q) = %v, strings.EqualFold says %v", a, b, got, want)
			}
			if got, want := eqFold(b, a), strings.EqualFold(b, a); got != want {
				t.Errorf("eqFold(%q, %q) = %v, strings.EqualFold says %v", b, a, got, want)
			}
		}
	}
}

// TestCaselessPunct checks the claim of isCaselessPunct against every rune
// it covers.
func TestCaselessPunct(t *testing.T) {
	for r := rune(0x2000); r <= 0x203f; r++ {
		if unicode.ToLower(r) != r || !isCaselessPunct(string(r), 0) {
			t.Errorf("%U: unicode.ToLower = %U, isCaselessPunct = %v", r, unicode.ToLower(r), isCaselessPunct(string(r), 0))
		}
	}
}

// TestLowerFolds checks lowerIs and foldGet against strings.ToLower on
// words built from ASCII letters, the runes that lower-case to ASCII, the
// punctuation copied in place, other runes and invalid bytes.
func TestLowerFolds(t *testing.T) {
	parts := []string{"t", "T", "h", "e", "i", "k", "\u212a", "\u0130", "•", "’", "\u203f", "\u2040", "é", "\xe2\x80", "\xe2", "\xff", ""}
	words := concatenations(parts, 3)
	targets := []string{"the", "tik", "ti", "t", "k", "kk", "iii", "•", "t’", "é"}
	set := map[string]bool{}
	for _, lw := range targets {
		set[lw] = true
	}
	for _, w := range words {
		lower := strings.ToLower(w)
		for _, lw := range targets[:7] { // lowerIs takes an ASCII lw
			if got, want := lowerIs(w, lw), lower == lw; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, strings.ToLower says %v", w, lw, got, want)
			}
		}
		if got, want := foldIn(set, w), set[lower]; got != want {
			t.Errorf("foldIn(set, %q) = %v, set[strings.ToLower] says %v", w, got, want)
		}
	}
}

// TestHintedSet checks hintedSet.has against the map it is built from, on
// the set's words, words that share their length and first or last byte,
// long words (the length bucket is capped) and the empty word.
func TestHintedSet(t *testing.T) {
	long := strings.Repeat("x", 40)
	m := map[string]bool{"MP": true, "The": true, long: true, "off": false}
	s := newHintedSet(m)
	for _, w := range []string{"MP", "MQ", "NP", "M", "P", "The", "Thx", "Tie", "the", long, long + "y", strings.Repeat("x", 31) + "y", strings.Repeat("x", 50), "off", "", "É", "\x00"} {
		if got, want := s.has(w), m[w]; got != want {
			t.Errorf("has(%q) = %v, the map says %v", w, got, want)
		}
		if got, want := s.hasBytes([]byte(w)), m[w]; got != want {
			t.Errorf("hasBytes(%q) = %v, the map says %v", w, got, want)
		}
	}
	if !newHintedSet(map[string]bool{"": true}).has("") {
		t.Error(`a set holding "" does not have it`)
	}
	for _, set := range []*hintedSet{notNames, postNominals, engagementEnd, mealSet, leadVerbSet} {
		for w, ok := range set.m {
			if set.has(w) != ok {
				t.Errorf("has(%q) = %v, the map says %v", w, !ok, ok)
			}
		}
	}
}

// concatenations returns every concatenation of up to n of parts, the
// empty one first.
func concatenations(parts []string, n int) []string {
	words := []string{""}
	last := words
	for range n {
		var next []string
		for _, w := range last {
			for _, p := range parts {
				next = append(next, w+p)
			}
		}
		words = append(words, next...)
		last = next
	}
	return words
}
