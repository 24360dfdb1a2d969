package parse

// Lines read without tokens. Most lines of a readout's body name no one
// and list no delegations; scanLine finds that from the bytes, so that
// only the lines that may are tokenized. It is conservative: it may say a
// line needs its words when it does not, never the other way round.

// scanLine splits s[start:end] into words as appendTokens does (nextWord,
// peel) and reports whether one of them is a starter (isStarter):
// enMentions finds no person in a line without one. When none is, it also
// reports whether enDelegations may find something in the line: a word
// with an opening bracket after one of delegationNouns, "ministers", or a
// word that starts with "leaders" in any case. It stops at the first
// starter, leaving lists false: a line with a starter is tokenized anyway.
func scanLine(s string, start, end int) (people, lists bool) {
	hisHer := false // the word before was "his" or "her"
	pa, pb := 0, 0  // the word before, peeled
	i := start
	for i < end {
		var j int
		var ascii bool
		i, j, ascii = nextWord(s, i, end)
		if j == i {
			break // only white space was left
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
			case a > i && pb > pa && hasOpen(s[i:a]) && foldIn(delegationNouns, s[pa:pb]):
				lists = true
			}
		}
		pa, pb = a, b
		i = j
	}
	return false, lists
}

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
