package parse

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Lines read without tokens. Most lines of a readout's body name no one
// and list no delegations; scanLine finds that from the bytes, so that
// only the lines that may are tokenized. It is conservative: it may say a
// line needs its words when it does not, never the other way round.

// scanLine splits s[start:end] into words as appendTokens does (the split,
// peel) and reports whether one of them is a starter (isStarter):
// enMentions finds no person in a line without one. When none is, it also
// reports whether enDelegations may find something in the line: a word
// with an opening bracket after one of delegationNouns, "ministers", or a
// word that starts with "leaders" in any case. It stops at the first
// starter, leaving lists false: a line with a starter is tokenized anyway.
func scanLine(s string, start, end int) (people, lists bool) {
	s = s[:end]     // the bounds of s[j] below are then known
	hisHer := false // the word before was "his" or "her"
	pa, pb := 0, 0  // the word before, peeled
	i := start
	for i < len(s) {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		hit := false // scanPlain stopped after a word with its scanHint bit
		if !hisHer {
			var a, b int
			if i, a, b, hit = scanPlain(s, i); a >= 0 {
				pa, pb = a, b
			}
		}
		if hit {
			// A starter, "his" or "her", or "ministers" or a word of
			// "leaders" (their bits are in scanHint too).
			w := s[pa:pb]
			var ok bool
			if ok, hisHer = starterWord(w, true); ok {
				return true, false
			}
			if !lists {
				lists = w == "ministers" || w[0]|0x20 == 'l' && hasLowerPrefix(w, "leaders")
			}
			continue
		}
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		// The word runs to white space, or to a comma before a letter
		// (appendTokensN).
		j := i
		ascii := true
		for j < len(s) {
			if j+8 <= len(s) {
				// Eight bytes at once: skip to the first that is
				// white space, a comma or outside ASCII (wordStop8).
				m := wordStop8(load8(s[j:]))
				if m == 0 {
					j += 8
					continue
				}
				j += bits.TrailingZeros64(m) / 8
			}
			c := s[j]
			if !scanClass[c] {
				j++
				continue
			}
			if isSpaceByte(c) {
				break
			}
			j++
			if c >= 0x80 {
				ascii = false
			} else if c == ',' && j < len(s) && isLetterByte(s[j]) {
				break
			}
		}
		if f, l := s[i], s[j-1]; ascii && !hisHer && wordPunct[f]|wordPunct[l] == 0 {
			// Most words: ASCII without punctuation around them, their
			// own peeled word. Only a word in scanHint can be a starter.
			n := j - i
			if n >= len(scanHint) || hasScanHint(s[i:j]) {
				var ok bool
				if ok, hisHer = starterWord(s[i:j], true); ok {
					return true, false
				}
			}
			if !lists && (f == 'm' && n == len("ministers") || f|0x20 == 'l') {
				lists = s[i:j] == "ministers" || hasLowerPrefix(s[i:j], "leaders")
			}
			pa, pb = i, j
			i = j
			continue
		}
		a, b := i, j
		if wordPunct[s[i]]&punctBefore != 0 || wordPunct[s[j-1]]&punctAfter != 0 {
			a, b = peel(s, i, j)
		}
		w := s[a:b]
		if hisHer && (!ascii || lowerIs(w, "highness") || lowerIs(w, "majesty") || lowerIs(w, "royal") || lowerIs(w, "excellency")) {
			return true, false
		}
		hisHer = false
		n := len(w)
		switch {
		case !ascii || n == 0 || n >= len(starterFlags.hint):
			var ok bool
			if ok, hisHer = starterWord(w, ascii); ok {
				return true, false
			}
		case starterFlags.hint[n][w[0]&31]&(1<<(w[n-1]&31)) != 0 || w[0] == 'D' || w[0] == 'S':
			// In the table, or "Daw" or a name start (startsName).
			var ok bool
			if ok, hisHer = starterWord(w, ascii); ok {
				return true, false
			}
		}
		if !lists {
			switch {
			case w == "ministers":
				lists = true
			case n > 0 && w[0]|0x20 == 'l' && hasLowerPrefix(w, "leaders"):
				// ToLower gives "leaders" only from an ASCII L or l.
				lists = true
			case a > i && pb-pa >= shortestDelegationNoun && hasOpen(s[i:a]) && foldIn(delegationNouns, s[pa:pb]):
				lists = true
			}
		}
		pa, pb = a, b
		i = j
	}
	return false, lists
}

// scanPlain reads the commonest words of s from i, as scanLine's first
// step: from one or two eight-byte loads (as in appendTokensN), up to
// fifteen ASCII bytes before a space, before a comma and a space, or at
// the end of s, nothing else to peel. (A word with a byte below '-' inside,
// "Russia's", is left to scanLine: a step for it here cost more, in
// registers, than it saved.) It returns where it stopped, the last word it
// read, [a, b) (a = -1 when none), and hit when it stopped after a word
// with its scanHint bit. It is a function of its own, so that its few
// variables stay in registers.
func scanPlain(s string, i int) (next, a, b int, hit bool) {
	a, b = -1, -1
	for {
		// The word is s[i:i+k], before the first byte plainStop8 marks
		// (none at i: k > 0), e. A word that runs on past a byte it
		// marks other than a space or a comma is left to scanLine.
		var x uint64
		if i+8 <= len(s) {
			x = load8(s[i : i+8])
		} else {
			// The last bytes, from the last eight of s: the bytes
			// after them are zeros, e = 0 after the last word.
			r := len(s) - i
			if r <= 0 || len(s) < 8 {
				break
			}
			x = load8(s[len(s)-8:]) >> (64 - 8*uint(r)&63)
		}
		var k int
		var c1, e byte
		if m := plainStop8(x); m != 0 {
			t := uint(bits.TrailingZeros64(m)) &^ 7
			if t == 0 {
				break
			}
			k = int(t >> 3)
			z := x >> ((t - 8) & 63) // t > 0: no bits lost to the mask
			c1, e = byte(z), byte(z>>8)
		} else {
			var y uint64 // the next eight bytes, zeros after the end of s
			if i+16 <= len(s) {
				y = load8(s[i+8 : i+16])
			} else if r := len(s) - i - 8; r > 0 {
				y = load8(s[len(s)-8:]) >> (64 - 8*uint(r)&63)
			}
			m := plainStop8(y)
			if m == 0 {
				break
			}
			t := uint(bits.TrailingZeros64(m)) &^ 7
			k = 8 + int(t>>3)
			c1, e = byte((y<<8|x>>56)>>(t&63)), byte(y>>(t&63)) // the byte before y, then y
		}
		c0 := byte(x)
		after := i + k + 1 // after the space
		if e != ' ' {
			switch {
			case e == ',' && i+k+1 < len(s) && s[i+k+1] == ' ':
				after++
			case e == 0 && i+k == len(s):
				after-- // the last word
			default:
				after = -1
			}
			if after < 0 {
				break
			}
		}
		if scanHint[k&15][c0&127]&(1<<(scanEnd[c1]&31)) != 0 {
			// A word with its scanHint bit, or one with wordPunct
			// around it (bit 0, in every row; the rows of those
			// first bytes have every bit).
			if wordPunct[c0]|wordPunct[c1] != 0 {
				if after == i+k+2 || !plainDot(s, i, k) {
					break
				}
				a, b = i, i+k-1
				i = after
				continue
			}
			a, b = i, i+k
			i = after
			if k == 3 {
				// "the" in any case, the commonest word, is no starter
				// (starterWord), nor is "has", which shares the bit of
				// "his".
				if w := uint32(x)&0xffffff | 0x202020; w == 't'|'h'<<8|'e'<<16 || w == 'h'|'a'<<8|'s'<<16 {
					continue
				}
			}
			return i, a, b, true
		}
		a, b = i, i+k
		i = after
	}
	return i, a, b, false
}

// plainDot reports whether the word s[i:i+k], before a space or at the
// end of s, with wordPunct around it, is one scanPlain may read: a word
// that ends a sentence. peel takes its dot off, or keeps it (isAbbrev), and nothing
// more when the byte before it is none of wordPunct. It is no starter when
// neither word has its scanHint bit; the word before the next is taken
// without the dot, which may only make scanLine's lists true where they
// are not.
func plainDot(s string, i, k int) bool {
	c0, c1 := s[i], s[i+k-1]
	if c1 != '.' || k < 2 || wordPunct[c0] != 0 {
		return false
	}
	c2 := s[i+k-2]
	return wordPunct[c2] == 0 && !hasScanHint(s[i:i+k-1]) && scanHint[k&15][c0&127]&(1<<('.'&31)) == 0
}

// plainStop8 returns a mask whose lowest set bit is the high bit of the
// first of the eight bytes of x (little-endian) that is below '-' (white
// space, a comma and ten other punctuation marks among them) or outside
// ASCII, or 0 when there is none: it marks every byte wordStop8 does, and
// more. It may mark bytes after a true one (a borrow), never before it.
func plainStop8(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x - '-'*ones | x) & highBits
}

// scanHint has a bit for each length, exact first byte (in ASCII) and last
// byte (modulo 32) of the ASCII words starterWord may call a starter: the
// title heads capitalised, the first words of honorifics and ranks in
// either case of their first letter, and the name starts as written. A
// word without its bit is no starter (scanLine). It has the bits of
// "ministers" and of every word of seven bytes or more that starts with
// "l" or "L" too, so that only words with their bit may set scanLine's
// lists. Words of sixteen bytes or more are not in it.
//
// For scanPlain, bit 0 is set in every row (scanEnd gives it for the last
// bytes wordPunct marks), and every bit in the rows of the first bytes it
// marks: a word with punctuation around it passes too.
var scanHint = func() (h [16][128]uint32) {
	set := func(w string) {
		if n := len(w); n > 0 && n < len(h) {
			h[n][w[0]&127] |= 1 << (w[n-1] & 31)
		}
	}
	upper := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	for w := range titleHeads {
		set(upper(w))
	}
	for w := range honFirstWords {
		set(w)
		set(upper(w))
	}
	for w := range nameStarts {
		set(w)
	}
	set("Daw")
	set("ministers")
	for n := range h {
		for c := range h[n] {
			h[n][c] |= 1
			if wordPunct[c] != 0 || n >= len("leaders") && (c == 'l' || c == 'L') {
				h[n][c] = ^uint32(0)
			}
		}
	}
	return h
}()

// scanEnd gives the bit of scanHint for the last byte of a word: 0 for a
// byte wordPunct marks, c modulo 32 for the others.
var scanEnd = func() (t [256]uint8) {
	for c := range t {
		t[c] = uint8(c & 31)
		if wordPunct[c] != 0 {
			t[c] = 0
		}
	}
	return t
}()

// hasScanHint reports whether the ASCII word w, of one to fifteen bytes
// and without wordPunct around it, has its bit in scanHint.
func hasScanHint(w string) bool {
	return scanHint[len(w)&15][w[0]&127]&(1<<(w[len(w)-1]&31)) != 0
}

// wordStop8 returns a mask whose lowest set bit is the high bit of the
// first of the eight bytes of x (little-endian) that is below 0x21 (white
// space among them), a comma or outside ASCII, or 0 when there is none.
// Each of the three tests may mark bytes after a true one (a borrow), never
// before it.
func wordStop8(x uint64) uint64 {
	const ones = 0x0101010101010101
	c := x ^ ','*ones
	return (x-0x21*ones)&^x&highBits | (c-ones)&^c&highBits | x&highBits
}

// scanClass marks the bytes scanLine looks at within a word: white space,
// a comma, and the bytes outside ASCII.
var scanClass = func() (t [256]bool) {
	for c := range t {
		t[c] = isSpaceByte(byte(c)) || c == ',' || c >= 0x80
	}
	return t
}()

// shortestDelegationNoun is the length of the shortest of delegationNouns:
// a word of fewer bytes has fewer runes, and lower-cases to fewer runes
// (strings.ToLower maps rune to rune, an invalid byte to one rune), so it
// is none of them.
var shortestDelegationNoun = func() int {
	n := -1
	for w := range delegationNouns {
		if k := utf8.RuneCountInString(w); n < 0 || k < n {
			n = k
		}
	}
	return n
}()

// hasOpen reports whether the punctuation before a word holds an opening
// bracket (tok.open).
func hasOpen(pre string) bool {
	for k := 0; k < len(pre); k++ {
		if pre[k] == '(' {
			return true
		}
	}
	return false
}

// wordPunct marks the bytes peel may take off the start (punctBefore) or
// the end (punctAfter) of a word: a word whose first and last bytes are
// neither is its own peeled word.
var wordPunct = func() (t [256]uint8) {
	for _, c := range []byte(`("'[`) {
		t[c] |= punctBefore
	}
	for _, c := range []byte(`,;:)"]!?'.`) {
		t[c] |= punctAfter
	}
	return t
}()

const (
	punctBefore = 1 << iota
	punctAfter
)

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
