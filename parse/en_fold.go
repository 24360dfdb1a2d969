package parse

import (
	"strings"
	"unicode/utf8"
)

// Case-folded lookups without allocation. The English grammar looks words
// up in lower-case tables at every word of a readout; strings.ToLower
// allocates for every capitalised word. These helpers fold ASCII letters
// into a buffer on the stack and look the bytes up directly (a map index
// with string(bytes) does not allocate); a word with a byte outside ASCII
// goes through strings.ToLower as before, so the result is the same as
// m[strings.ToLower(w)] for every word.

// maxFoldLen is the longest word folded on the stack.
const maxFoldLen = 64

// foldGet returns m[strings.ToLower(w)].
func foldGet[V any](m map[string]V, w string) (V, bool) {
	var buf [maxFoldLen]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			if isCaselessPunct(w, i) {
				// Copied as strings.ToLower copies it ("•", "’").
				buf[i], buf[i+1], buf[i+2] = c, w[i+1], w[i+2]
				i += 2
				continue
			}
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// isCaselessPunct reports whether w[i:] starts with a rune of U+2000 to
// U+203F (general punctuation: spaces, dashes, quotes, the bullet), which
// unicode.ToLower maps to itself: strings.ToLower copies its three bytes.
func isCaselessPunct(w string, i int) bool {
	return i+2 < len(w) && w[i] == 0xE2 && w[i+1] == 0x80 && w[i+2]&0xC0 == 0x80
}

// eqFold is strings.EqualFold(s, t), with ASCII words compared in place.
func eqFold(s, t string) bool {
	if s != "" && t != "" {
		// EqualFold compares rune by rune: two different ASCII first
		// bytes that are not the cases of one letter do not match.
		if a, b := s[0], t[0]; a < utf8.RuneSelf && b < utf8.RuneSelf && a != b && !(isLetterByte(a) && a|0x20 == b|0x20) {
			return false
		}
	}
	if len(s) != len(t) {
		// EqualFold matches rune for rune: the longer word must have
		// fewer runes than bytes, as the shorter has no more runes than
		// bytes. An ASCII longer word does not match.
		if len(s) > len(t) {
			return !isASCII(s) && strings.EqualFold(s, t)
		}
		return !isASCII(t) && strings.EqualFold(s, t)
	}
	for i := 0; i < len(s); i++ {
		a, b := s[i], t[i]
		if a == b {
			continue
		}
		if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
			return strings.EqualFold(s, t)
		}
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}

// foldIn reports whether the set holds strings.ToLower(w).
func foldIn(set map[string]bool, w string) bool {
	v, _ := foldGet(set, w)
	return v
}

// lowerIs reports whether strings.ToLower(w) == lw, for a lower-case ASCII
// lw. It is small enough to be inlined: a word shorter than lw, or more
// than three times as long (see lowerIsSlow), is told apart without a
// call.
func lowerIs(w, lw string) bool {
	if uint(len(w)-len(lw)) > uint(2*len(lw)) {
		return false
	}
	return lowerIsSlow(w, lw)
}

// lowerIsSlow is lowerIs.
func lowerIsSlow(w, lw string) bool {
	if len(w) != len(lw) {
		// A non-ASCII rune may lower-case to a different length; only
		// then can the lengths differ. An ASCII result has a byte for
		// each rune of w, and the runes that lower-case to ASCII letters
		// (U+0130, U+212A) have at most three bytes: w is no shorter than
		// lw and at most three times as long. An ASCII first byte is
		// the first byte of the result: it must be lw's.
		if len(w) > 0 && len(lw) > 0 && w[0] < utf8.RuneSelf {
			c := w[0]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lw[0] {
				return false
			}
		}
		if len(w) > len(lw) && len(w) <= 3*len(lw) && !isASCII(w) && lowersToASCII(w) {
			return strings.ToLower(w) == lw
		}
		return false
	}
	// Compared byte by byte: most words are written as lw (w == lw would
	// call memequal).
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == lw[i] {
			continue
		}
		if c >= utf8.RuneSelf {
			return lowersToASCII(w) && strings.ToLower(w) == lw
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[i] {
			return false
		}
	}
	return true
}

// hasLowerPrefix reports whether strings.ToLower(w) starts with the
// lower-case ASCII prefix.
func hasLowerPrefix(w, prefix string) bool {
	if !isASCII(w) {
		return strings.HasPrefix(strings.ToLower(w), prefix)
	}
	return len(w) >= len(prefix) && lowerIs(w[:len(prefix)], prefix)
}

// isLowerCase reports whether strings.ToLower(s) == s.
func isLowerCase(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s) == s
		}
		if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// A phraseIndex holds phrases of lower-case words by their first word, in
// table order, so that a scan tries only the phrases a word can start.
type phraseIndex struct {
	all     []wordPhrase
	byFirst map[string][]wordPhrase
}

// A wordPhrase is a phrase of a phraseIndex.
type wordPhrase struct {
	words []string
	// honSecond says that the second word starts an honorific or a
	// rank: a word without the fHon flag is not it.
	honSecond bool
}

// indexPhrases indexes phrases; honFirst holds the words with the fHon
// flag.
func indexPhrases(phrases [][]string, honFirst map[string]bool) phraseIndex {
	x := phraseIndex{byFirst: map[string][]wordPhrase{}}
	for _, ph := range phrases {
		wp := wordPhrase{words: ph, honSecond: len(ph) > 1 && honFirst[ph[1]]}
		x.all = append(x.all, wp)
		x.byFirst[ph[0]] = append(x.byFirst[ph[0]], wp)
	}
	return x
}

// at reports whether the words toks[i:] start with the phrase (matchWords).
func (wp wordPhrase) at(toks []tok, i int) bool {
	if wp.honSecond && i+1 < len(toks) && toks[i+1].flags&fHon == 0 {
		return false // an ASCII word that starts no honorific or rank
	}
	return matchWords(toks, i, wp.words)
}

// candidates returns the phrases that may start with the word w, in table
// order: those whose first word is w lower-cased, or, for a word outside
// ASCII (which strings.EqualFold may match in other ways), all of them.
func (x phraseIndex) candidates(w string) []wordPhrase {
	if !isASCII(w) {
		return x.all
	}
	c, _ := foldGet(x.byFirst, w)
	return c
}

// lowerHasPrefix reports whether strings.ToLower(s) starts with lp, a
// lower-case ASCII word with no "i" or "k" (the letters a rune outside
// ASCII lower-cases to: U+0130 to "i" and a combining dot, U+212A to
// "k"): then only s's own first bytes can make the prefix.
func lowerHasPrefix(s, lp string) bool {
	return len(s) >= len(lp) && lowerIs(s[:len(lp)], lp)
}

// A hintedSet is a set of words that rules out most words without a map
// lookup: its hint has a bit for the length (up to 31), first and last byte
// of each of its words, and a word whose bit is not set is none of them.
type hintedSet struct {
	m     map[string]bool
	hint  [32][32]uint32
	empty bool // the set holds ""
}

// newHintedSet returns the set of the words m maps to true.
func newHintedSet(m map[string]bool) *hintedSet {
	s := &hintedSet{m: m}
	for w, ok := range m {
		if !ok {
			continue
		}
		if w == "" {
			s.empty = true
			continue
		}
		s.hint[min(len(w), 31)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return s
}

// hasBytes reports whether m[string(w)], without a copy of w.
func (s *hintedSet) hasBytes(w []byte) bool {
	if len(w) == 0 {
		return s.empty
	}
	if s.hint[min(len(w), 31)][w[0]&31]&(1<<(w[len(w)-1]&31)) == 0 {
		return false
	}
	return s.m[string(w)]
}

// has reports whether m[w].
func (s *hintedSet) has(w string) bool {
	if w == "" {
		return s.empty
	}
	if s.hint[min(len(w), 31)][w[0]&31]&(1<<(w[len(w)-1]&31)) == 0 {
		return false
	}
	return s.m[w]
}

// firstBytes marks the first byte of each of words (none may be empty): a
// text whose first byte is unmarked starts with none of them.
func firstBytes(words []string) (t [256]bool) {
	for _, w := range words {
		t[w[0]] = true
	}
	return t
}
