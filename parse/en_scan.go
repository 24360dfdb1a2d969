package parse

import "strings"

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
		if j > i {
			a, b := peel(s, i, j)
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
func mayListDelegations(s string) bool {
	if strings.Contains(s, "ministers") || containsLowerASCII(s, "leaders") {
		return true
	}
	b := strings.LastIndexByte(s, '(')
	if b < 0 {
		return false
	}
	if strings.Contains(s[:b], "\u0130") {
		return true // "İ" lower-cases to "i": "COUNTRİES" is one of them
	}
	for _, w := range delegationNounList {
		if containsLowerASCII(s[:b], w) {
			return true
		}
	}
	return false
}

// containsLowerASCII reports whether s holds sub, a lower-case ASCII word,
// in any case of its letters.
func containsLowerASCII(s, sub string) bool {
	const ones = 0x0101010101010101
	first := uint64(sub[0]) * ones
	for i := 0; i+len(sub) <= len(s); i++ {
		if i+8 <= len(s) {
			// Eight bytes at once: none of them folds to sub[0]
			// (no zero byte in x, folded, xor sub[0]), so no match
			// starts at them.
			x := load8(s[i:]) | 0x20*ones ^ first
			if (x-ones)&^x&highBits == 0 {
				i += 7
				continue
			}
		}
		if s[i]|0x20 != sub[0] {
			continue
		}
		k := 1
		for k < len(sub) && s[i+k]|0x20 == sub[k] {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}
