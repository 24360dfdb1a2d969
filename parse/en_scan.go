package parse

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Lines read without tokens. Most lines of a readout's body name no one
// and list no delegations; these checks find that from the bytes, so that
// only the lines that may are tokenized. Each is conservative: it may say
// a line needs its words when it does not, never the other way round.

// lineHasStarter reports whether one of the words of s[start:end], split
// and peeled as appendTokens does, is a starter (isStarter): enMentions
// finds no person in a line without one.
func lineHasStarter(s string, start, end int) bool {
	hisHer := false // the word before was "his" or "her"
	i := start
	for i < end {
		var j int
		var ascii bool
		i, j, ascii = nextWord(s, i, end)
		if j > i && ascii && !hisHer && noStarterFirst[s[i]] {
			// Neither a starter nor "his" or "her" (starterWord).
			i = j
			continue
		}
		if j > i {
			a, b := i, j
			if wordBytes[s[i]]&bPre|wordBytes[s[j-1]]&bMayPeel != 0 {
				a, b = peelSlow(s, i, j) // peel, written out for the common case
			}
			w := s[a:b]
			if hisHer && (!ascii || lowerIs(w, "highness") || lowerIs(w, "majesty") || lowerIs(w, "royal") || lowerIs(w, "excellency")) {
				return true
			}
			var ok bool
			ok, hisHer = starterWord(w, ascii)
			if ok {
				return true
			}
		}
		i = j
	}
	return false
}

// noStarterFirst holds the ASCII bytes that no starter starts with, nor
// "his" or "her": not an upper-case letter (a title head, "Daw", a name
// start), not a letter an honorific or rank starts with in either case,
// and not punctuation peel takes off before a word. An ASCII word that
// starts with one of them is not a starter (starterWord).
var noStarterFirst = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !('A' <= c && c <= 'Z') && wordBytes[c]&bPre == 0
	}
	for _, sl := range starterFlags.slots {
		if sl.w != "" && sl.f&fHon != 0 {
			t[sl.w[0]] = false // lower case in the table
		}
	}
	return t
}()

// starterWord reports whether the word w is a starter by itself, and
// whether it is "his" or "her", a starter when the next word is
// "Highness", "Majesty", "Royal" or "Excellency" (isStarter). ascii
// reports whether w is all ASCII.
func starterWord(w string, ascii bool) (starter, hisHer bool) {
	if !ascii {
		return isCap(w) && foldIn(titleHeads, w) || foldsToASCII(w), false
	}
	if len(w) == 3 && lowerIs(w, "the") {
		return false, false // the commonest word: see isStarter
	}
	f := starterFlags.get(w)
	if f&fHead != 0 && w[0] >= 'A' && w[0] <= 'Z' {
		return true, false
	}
	if f&fHon != 0 {
		switch {
		case lowerIs(w, "the"):
			return false, false
		case lowerIs(w, "his"), lowerIs(w, "her"):
			return false, true
		}
		return true, false
	}
	return startsName(w), false
}

// mayListDelegations reports whether enDelegations can find anything in
// the line s: a bracket with one of delegationNouns (any case, as
// strings.ToLower folds it: "İ" is "i") before it, or the words
// "ministers" or "leaders" (any case; neither has an "i" or a "k").
//
// Every word sought ends in "s": s is read once, and the words are tried
// where they would end, at each "s" or "S" (found eight bytes at a time).
func mayListDelegations(s string) bool {
	b := lastIndexByte(s, '(')
	if b > 0 && strings.Contains(s[:b], "\u0130") {
		return true // "İ" lower-cases to "i": "COUNTRİES" is one of them
	}
	const ones = 0x0101010101010101
	for e := 0; e < len(s); e++ {
		if e+8 <= len(s) {
			// Eight bytes at once: the first "s" or "S" among them
			// (the lowest zero byte of x, folded, xor 's'), if any.
			x := load8(s[e:]) | 0x20*ones ^ 's'*ones
			m := (x - ones) &^ x & highBits
			if m == 0 {
				e += 7
				continue
			}
			e += bits.TrailingZeros64(m) >> 3
		} else if s[e]|0x20 != 's' {
			continue
		}
		end := e + 1
		if end >= len("ministers") && s[end-len("ministers"):end] == "ministers" || endsLowerASCII(s[:end], "leaders") {
			return true
		}
		if end <= b {
			for _, w := range delegationNounList {
				if endsLowerASCII(s[:end], w) {
					return true
				}
			}
		}
	}
	return false
}

// endsLowerASCII reports whether s ends with suffix, a lower-case ASCII
// word, in any case of its letters.
func endsLowerASCII(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	s = s[len(s)-len(suffix):]
	for k := len(suffix) - 1; k >= 0; k-- {
		if s[k]|0x20 != suffix[k] {
			return false
		}
	}
	return true
}

// lastIndexByte is strings.LastIndexByte, with the search done forwards
// by strings.IndexByte (which reads many bytes at a time).
func lastIndexByte(s string, c byte) int {
	last := -1
	for i := 0; ; {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return last
		}
		last = i + j
		i = last + 1
	}
}
