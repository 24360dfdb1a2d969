package parse

import (
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The English who/where/what grammar works on words, not on characters: a
// tok is one white-space separated word of p.text with the punctuation
// around it peeled off, so that "Yoshimasa," is the word "Yoshimasa"
// followed by a comma and "(Japan," is an opening bracket, "Japan" and a
// comma. Abbreviations keep their dots ("Mr.", "U.S.", "H.E.", "D.C.");
// a dot that ends a sentence is peeled off like a comma.

// A tok is one word: w is p.text[start:end] without surrounding
// punctuation. What the grammar asks of the punctuation around it (a comma
// after, a bracket before, ...) and of the word itself (capitalised, a
// title head, the first word of an honorific) is worked out once, when
// the text is tokenized, and kept in flags.
type tok struct {
	w          string
	start, end int32 // offsets in p.text (at most MaxInputBytes: int32 keeps a tok at 40 bytes)
	opens      int32 // opening brackets before the word
	closes     int32 // closing brackets after it
	postLen    int32 // bytes of punctuation after it
	flags      tokFlag
}

// A tokFlag is a property of a tok.
type tokFlag uint16

const (
	fComma      tokFlag = 1 << iota // a comma right after the word
	fStop                           // one of . ; : ) ! ? after it
	fPostDot                        // a dot after it
	fCloseFirst                     // a closing bracket right after it
	fOnlyClose                      // nothing but one closing bracket after it
	fCap                            // isCap(w)
	fHead                           // a title head (titleHeads), any case
	fHon                            // may start an honorific or a rank
	fTitleWord                      // one of titleWords, any case
	fTitleNoun                      // one of titleNouns, any case
	fConnector                      // one of titleConnectors, any case
	fAfterHead                      // one of afterHeads, any case
	fOrgFirst                       // the first word of an organisation's name (orgFirstWords), any case
	fDS                             // an ASCII word that starts with "D" or "S", as "Daw" and the name starts do (startsName)
)

// comma reports whether the word is followed by a comma.
func (t tok) comma() bool { return t.flags&fComma != 0 }

// stop reports whether the word ends a sentence or a clause: a period,
// semicolon, colon or closing bracket after it.
func (t tok) stop() bool { return t.flags&fStop != 0 }

// open reports whether the word follows an opening bracket.
func (t tok) open() bool { return t.opens > 0 }

// head reports whether the word is a title head (titleHeads).
func (t tok) head() bool { return t.flags&fHead != 0 }

// postDot reports whether a dot follows the word (not one of its own).
func (t tok) postDot() bool { return t.flags&fPostDot != 0 }

// postClose reports whether a closing bracket follows the word.
func (t tok) postClose() bool { return t.closes > 0 }

// tokensCap estimates the words of s[start:end] from its spaces, so that
// the slice of tokens is allocated once.
func tokensCap(s string, start, end int) int {
	return strings.Count(s[start:end], " ") + 1
}

// appendTokens appends the words of s[start:end] to toks.
func appendTokens(toks []tok, s string, start, end int) []tok {
	return appendTokensN(toks, s, start, end, -1)
}

// appendTokensN appends the first n words of s[start:end] to toks, or all
// of them when n < 0. Words are separated by white space, and a comma
// before a letter ends a word ("Vieira,Minister"); each is peeled of the
// punctuation around it (fillTok). The split is written out here, as it
// is in scanLine (en_scan.go): a call for each word cost more than the
// split.
func appendTokensN(toks []tok, s string, start, end, n int) []tok {
	s = s[:end]
	i := start
	for n != 0 {
		for i < len(s) && wordBytes[s[i]]&bSpace != 0 {
			i++
		}
		// The fast loop stops at the word limit and where the slice must
		// grow (the byte-by-byte path appends): it makes no call but
		// for a table lookup.
		before, limit := len(toks), cap(toks)
		if n >= 0 {
			limit = min(limit, len(toks)+n)
		}
		for len(toks) < limit && i+8 <= len(s) {
			// The commonest words, read from one or two eight-byte
			// loads: up to fifteen ASCII bytes before a space, or
			// before a comma and a space, nothing else to peel. The
			// word is s[i:i+k], before the first byte that may end it,
			// e (none at i: k > 0); x is its bytes.
			rest := s[i:] // the bounds are checked on rest
			x := load8(rest)
			m := mayEndWord(x)
			c0 := byte(x)
			var k int
			var c1, e byte
			if m != 0 {
				k = bits.TrailingZeros64(m) >> 3
				if k == 0 {
					break
				}
				c1, e = byte(x>>(8*k-8)), byte(x>>(8*k))
				x &= 1<<(8*k) - 1
			} else {
				if len(rest) < 16 {
					break
				}
				y := load8(rest[8:])
				if m = mayEndWord(y); m == 0 {
					break
				}
				k = 8 + bits.TrailingZeros64(m)>>3
				y &= 1<<(8*(k-8)) - 1
				if y&highBits != 0 {
					break
				}
				c1, e = rest[k-1], rest[k]
			}
			var f tokFlag
			post := 0
			if e != ' ' {
				if e != ',' || k+1 >= len(rest) || rest[k+1] != ' ' {
					break
				}
				f, post = fComma, 1
			}
			if x&highBits != 0 || wordBytes[c0]&bPre|wordBytes[c1]&bMayPeel != 0 {
				break
			}
			w := rest[:k]
			if wordFlags.hint[k][c0&31]&(1<<(c1&31)) != 0 {
				hi := x // wordBits(w) from the loads
				if k > 8 {
					hi = load8(rest[k-8:])
				}
				f |= wordFlags.lookupBits(w, x, hi)
			}
			f |= firstFlags[c0]
			// The tok is written field by field in its slot: a
			// composite literal is built on the stack and copied.
			toks = toks[:len(toks)+1]
			t := &toks[len(toks)-1]
			t.w = w
			t.start, t.end, t.opens, t.closes, t.postLen = int32(i), int32(i+k), 0, 0, int32(post)
			t.flags = f
			i += k + 1 + post
		}
		if n >= 0 {
			n -= len(toks) - before
		}
		if n == 0 {
			break
		}
		for i < len(s) && wordBytes[s[i]]&bSpace != 0 {
			i++
		}
		if i == len(s) {
			break
		}
		// The word's end j: eight bytes at a time up to the first that
		// may end it (a byte below '!', white space among them, or a
		// comma), then byte by byte.
		j := i
		var high uint64
		var seen uint8
		atSpace := false // the usual end of a word, found by the eight-byte step
		for j+8 <= len(s) {
			x := load8(s[j:])
			if m := mayEndWord(x); m != 0 {
				k := bits.TrailingZeros64(m) >> 3
				high |= x & (1<<(8*k) - 1)
				j += k
				atSpace = s[j] == ' '
				break
			}
			high |= x
			j += 8
		}
		if high&highBits != 0 {
			seen = bHigh
		}
		for !atSpace && j < len(s) {
			c := wordBytes[s[j]]
			seen |= c
			if c&(bSpace|bComma) == 0 {
				j++
				continue
			}
			if c&bSpace != 0 {
				break
			}
			j++ // a comma
			if j < len(s) && isLetterByte(s[j]) {
				break
			}
		}
		if seen&bHigh == 0 && wordBytes[s[i]]&bPre|wordBytes[s[j-1]]&bMayPeel == 0 {
			// Most words: ASCII, nothing to peel (fillTok's result).
			// The hint rules out two words in three before a call.
			w := s[i:j]
			var f tokFlag
			if wordFlags.mayHave(w) {
				f = wordFlags.lookup(w)
			}
			f |= firstFlags[w[0]]
			toks = append(toks, tok{w: w, start: int32(i), end: int32(j), flags: f})
		} else {
			// The word is built in place: a tok is 40 bytes.
			toks = append(toks, tok{})
			fillTok(&toks[len(toks)-1], s, i, j, seen&bHigh == 0)
		}
		n--
		i = j
		if atSpace {
			i++ // the space the eight-byte step stopped at
		}
	}
	return toks
}

// Byte classes of the tokenizer (wordBytes).
const (
	bSpace   = 1 << iota // ' ', '\t', '\n', '\r': between words
	bComma               // ',': ends a word before a letter
	bHigh                // a byte outside ASCII
	bPre                 // '(', '"', '\'', '[': peeled before a word
	bPost                // ',', ';', ':', ')', '"', ']', '!', '?': peeled after it
	bMayPeel             // bPost, '\'' and '.': may be peeled after it
)

var wordBytes = func() (t [256]uint8) {
	for _, c := range " \t\n\r" {
		t[c] |= bSpace
	}
	t[','] |= bComma
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] |= bHigh
	}
	for _, c := range "(\"'[" {
		t[c] |= bPre
	}
	for _, c := range ",;:)\"]!?" {
		t[c] |= bPost | bMayPeel
	}
	t['\''] |= bMayPeel
	t['.'] |= bMayPeel
	return t
}()

// postFlags are the flags a byte of the punctuation after a word sets.
var postFlags = func() (t [256]tokFlag) {
	t[')'] = fStop
	t['.'] = fStop | fPostDot
	for _, c := range ";:!?" {
		t[c] = fStop
	}
	return t
}()

// mayEndWord has the high bit set in the lowest byte of x that is below
// '!' or a comma, if any (bytes above it may be set too).
func mayEndWord(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x ^ ','*ones
	return ((x-'!'*ones)&^x | (y-ones)&^y) & highBits
}

func isLetterByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

func isSpaceByte(c byte) bool { return wordBytes[c]&bSpace != 0 }

// fillTok sets the zero tok t to the word s[i:j]: the word without the
// punctuation around it (peel), and its flags. ascii reports whether
// s[i:j] is all ASCII (the punctuation peeled off is, so the word is then).
func fillTok(t *tok, s string, i, j int, ascii bool) {
	a, b := i, j
	if wordBytes[s[i]]&bPre|wordBytes[s[j-1]]&bMayPeel != 0 {
		a, b = peelSlow(s, i, j) // peel, written out for the common case
	}
	w := s[a:b]
	t.w, t.start, t.end, t.postLen = w, int32(a), int32(b), int32(j-b)
	for k := i; k < a; k++ {
		if s[k] == '(' {
			t.opens++
		}
	}
	if b < j {
		var f tokFlag
		for k := b; k < j; k++ {
			c := s[k]
			f |= postFlags[c]
			if c == ')' {
				t.closes++
			}
		}
		switch s[b] {
		case ',':
			f |= fComma
		case ')':
			f |= fCloseFirst
			if j-b == 1 {
				f |= fOnlyClose
			}
		}
		t.flags = f
	}
	if ascii {
		t.flags |= wordFlags.get(w)
		if w != "" {
			t.flags |= firstFlags[w[0]]
		}
		return
	}
	// Outside ASCII: the tables' own lookups (strings.EqualFold may
	// match an honorific in other ways). strings.ToLower gives an ASCII
	// word, as every title head is, only from ASCII, U+0130 and U+212A.
	t.flags |= fHon
	if isCap(w) {
		t.flags |= fCap
	}
	if lowersToASCII(w) {
		for _, s := range wordSets {
			if foldIn(s.set, w) {
				t.flags |= s.flag
			}
		}
	}
}

// wordSets are the word tables whose words have a flag of their own.
var wordSets = []struct {
	set  map[string]bool
	flag tokFlag
}{
	{titleHeads, fHead},
	{titleWords, fTitleWord},
	{titleNouns, fTitleNoun},
	{titleConnectors, fConnector},
	{afterHeadSet, fAfterHead},
	{orgFirstWords, fOrgFirst},
}

// peel returns the word s[a:b] inside s[i:j] without the punctuation
// around it: opening brackets and quotes before; commas, clause ends,
// closing brackets and quotes after, and a dot that is not an
// abbreviation's.
func peel(s string, i, j int) (a, b int) {
	if i >= j || wordBytes[s[i]]&bPre|wordBytes[s[j-1]]&bMayPeel != 0 {
		return peelSlow(s, i, j)
	}
	return i, j // nothing to peel: the common case
}

func peelSlow(s string, i, j int) (a, b int) {
	a, b = i, j
	for a < b && wordBytes[s[a]]&bPre != 0 {
		a++
	}
	for b > a {
		c := s[b-1]
		if wordBytes[c]&bPost != 0 {
			b--
			continue
		}
		if c == '\'' && b-1 > a && s[b-2] != 's' { // keep "Ministers'"
			b--
			continue
		}
		if c == '.' && !isAbbrev(s[a:b]) {
			b--
			continue
		}
		break
	}
	return a, b
}

// firstFlags are the flags of an ASCII word that its first byte gives:
// fCap for a capital, and fDS for "D" and "S" too.
var firstFlags = func() (t [256]tokFlag) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = fCap
	}
	t['D'] |= fDS
	t['S'] |= fDS
	return t
}()

// wordFlags are the flags of the ASCII words the tables know, lower case:
// one lookup per word gives them all, and most words are ruled out before
// the lookup.
var wordFlags = newFlagTable(fHead | fHon | fTitleWord | fTitleNoun | fConnector | fAfterHead | fOrgFirst)

// starterFlags are wordFlags with the flags of a starter only (fHead,
// fHon): its hint rules out more words.
var starterFlags = newFlagTable(fHead | fHon)

// newFlagTable returns the table of the words with one of the flags in
// mask, and those flags.
func newFlagTable(mask tokFlag) *flagTable {
	m := map[string]tokFlag{}
	for _, s := range wordSets {
		if s.flag&mask != 0 {
			for w := range s.set {
				m[w] |= s.flag
			}
		}
	}
	if mask&fHon != 0 {
		for _, x := range []phraseIndex{honorificIndex, rankIndex} {
			for w := range x.byFirst {
				m[w] |= fHon
			}
		}
	}
	t := &flagTable{}
	size := 1
	for size < 4*len(m) {
		size *= 2
	}
	t.slots = make([]flagSlot, size)
	t.mask = uint32(size - 1)
	// In sorted order, so that the slots, and the cost of a lookup, are
	// the same in every run.
	for _, w := range slices.Sorted(maps.Keys(m)) {
		f := m[w]
		if w == "" {
			continue
		}
		if n := len(w); n < len(t.hint) {
			t.hint[n][w[0]&31] |= 1 << (w[n-1] & 31)
		}
		sl := flagSlot{w: w, f: f}
		sl.key[0], sl.key[1] = wordBits(w)
		sl.fold[0], sl.fold[1] = letterBits(sl.key[0]), letterBits(sl.key[1])
		h := flagHash(len(w), sl.key[0])
		for t.slots[h&t.mask].w != "" {
			h++
		}
		t.slots[h&t.mask] = sl
	}
	return t
}

// A flagTable holds the flags of words, and a hint that rules out most
// other words before the table is asked: a bit for each length, first and
// last byte of a word in the table (longer words go to the table). The
// bytes are taken modulo 32, which folds ASCII case (and mixes some
// punctuation with letters, which only lets more words through). The table
// is open-addressed by flagHash of the word's first eight bytes, any case;
// a word is compared eight bytes at a time (wordBits), without a copy.
type flagTable struct {
	hint  [32][32]uint32
	slots []flagSlot
	mask  uint32
}

type flagSlot struct {
	w    string    // lower case; "" is an empty slot
	key  [2]uint64 // wordBits(w)
	fold [2]uint64 // 0x20 in each byte of key that is an ASCII letter
	f    tokFlag
}

// wordBits returns the bytes of the non-empty word w as two little-endian
// words: its first eight bytes and its last eight (for a word of up to
// eight bytes, both are the word), zero beyond the word's end. A byte c of
// a word and the byte k of a table word in the same place match without
// ASCII case when c|fold == k, fold being 0x20 where k is a letter.
func wordBits(w string) (lo, hi uint64) {
	n := len(w)
	switch {
	case n >= 8:
		return load8(w), load8(w[n-8:])
	case n >= 4:
		lo = uint64(load4(w)) | uint64(load4(w[n-4:]))<<(8*(n-4))
	default:
		lo = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	return lo, lo
}

// load4 returns the first four bytes of s, little-endian.
func load4(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// letterBits returns 0x20 in each byte of x that is an ASCII letter.
func letterBits(x uint64) uint64 {
	var m uint64
	for k := 0; k < 64; k += 8 {
		if isLetterByte(byte(x >> k)) {
			m |= 0x20 << k
		}
	}
	return m
}

// flagHash hashes a non-empty word of n bytes, any case, from n and lo, its
// first eight bytes (wordBits) with the case bit set in each (ASCII letters
// lower-cased, other bytes alike for a word and the table word it matches).
// Words that share them are told apart by the comparison.
func flagHash(n int, lo uint64) uint32 {
	x := (lo | 0x2020202020202020) ^ uint64(n)<<3
	return uint32(x * 0x9e3779b97f4a7c15 >> 32)
}

// get returns the flags of the ASCII word w, any case.
func (t *flagTable) get(w string) tokFlag {
	if w == "" || !t.mayHave(w) {
		return 0
	}
	return t.lookup(w)
}

// mayHave reports whether the non-empty word w passes the hint: only then
// may it be in the table.
func (t *flagTable) mayHave(w string) bool {
	n := len(w)
	return n >= len(t.hint) || t.hint[n][w[0]&31]&(1<<(w[n-1]&31)) != 0
}

// lookup returns the flags of the non-empty ASCII word w, any case, from
// the table itself (get without the hint).
func (t *flagTable) lookup(w string) tokFlag {
	lo, hi := wordBits(w)
	return t.lookupBits(w, lo, hi)
}

// lookupBits is lookup with wordBits(w) given.
func (t *flagTable) lookupBits(w string, lo, hi uint64) tokFlag {
	n := len(w)
	for h := flagHash(n, lo); ; h++ {
		sl := &t.slots[h&t.mask]
		if sl.w == "" {
			return 0
		}
		if len(sl.w) == n && lo|sl.fold[0] == sl.key[0] && hi|sl.fold[1] == sl.key[1] &&
			(n <= 16 || asciiFoldEq(w, sl.w)) {
			return sl.f
		}
	}
}

// asciiFoldEq reports whether the ASCII word w lower-cased is lw.
func asciiFoldEq(w, lw string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[i] {
			return false
		}
	}
	return true
}

// tokens returns the words of p.text[start:end], tokenized for the call:
// the text is never tokenized whole, only the lead, the lines that are read
// for people and the stretches a rule needs.
func (p *parser) tokens(start, end int) []tok {
	p.leadToks = appendTokens(slices.Grow(p.leadToks[:0], tokensCap(p.text, start, end)), p.text, start, end)
	return p.leadToks
}

// isAbbrev reports whether w, which ends in a dot, is an abbreviation whose
// dot belongs to it: an initial ("R."), a dotted abbreviation ("U.S.",
// "H.E.", "p.m."), or a known short form ("Mr.", "Jr.", "Amb.").
func isAbbrev(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if core == "" {
		return false
	}
	if c := core[0]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') && len(core) > 1 {
		// The commonest case, a word before a full stop: a word of two
		// runes or more that starts with no capital is neither an
		// initial nor a known short form; only a dot inside it makes it
		// one.
		return strings.IndexByte(core, '.') >= 0
	}
	if strings.Contains(core, ".") { // U.S., D.C., p.m., L.P.
		return true
	}
	if utf8.RuneCountInString(core) == 1 {
		r, _ := utf8.DecodeRuneInString(core)
		return unicode.IsUpper(r)
	}
	_, ok := abbrevWords[core]
	return ok
}

// abbrevWords are the short forms written with a dot.
var abbrevWords = map[string]struct{}{
	"Mr": {}, "Ms": {}, "Mrs": {}, "Dr": {}, "Jr": {}, "Sr": {}, "Amb": {}, "Eng": {},
	"Prof": {}, "Hon": {}, "Rt": {}, "St": {}, "Gen": {}, "Lt": {}, "Col": {}, "Adm": {},
	"Sen": {}, "Rep": {}, "Gov": {}, "No": {}, "Mt": {}, "Messrs": {}, "Mme": {}, "Mlle": {},
}

// isCap reports whether w starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether w has at least two letters and no lower-case
// one ("HAYASHI", "KULEBA"); dotted abbreviations do not count.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			n++
		case r == '.':
			return false
		}
	}
	return n >= 2
}

// possessive reports whether w ends with a possessive "'s" or "s'".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'")
}

// eqFold reports whether the words toks[i:] start with the words of
// phrase, compared without case, and returns how many words matched.
func matchWords(toks []tok, i int, phrase []string) bool {
	if i+len(phrase) > len(toks) {
		return false
	}
	for k, w := range phrase {
		if !eqFold(toks[i+k].w, w) {
			return false
		}
		if k < len(phrase)-1 && (toks[i+k].comma() || toks[i+k].stop()) {
			return false
		}
	}
	return true
}

// lowersToASCII reports whether strings.ToLower(w) may be ASCII: every
// rune of w is ASCII or one of the two that lower-case to an ASCII letter
// (U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE to i, U+212A KELVIN SIGN to
// k; checked over all of Unicode).
func lowersToASCII(w string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf && r != '\u0130' && r != '\u212a' {
			return false
		}
	}
	return true
}
