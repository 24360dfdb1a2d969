package parse

import "math/bits"

// A jaWordSet indexes a list of words by their first rune, so that a scan
// tests every word at a position of a text in one step, with no search of
// the text per word: most positions are ruled out by their first byte or a
// bitmap over the runes, and the words that start with the rune at a
// position are listed in their order in the list.
type jaWordSet struct {
	words []string
	lead  [256]bool // the first bytes of the words
	bits  [jaSetWords]uint64
	// The lists of the first runes in the bitmap, in rune order: the
	// list of a rune is lists[rank[k] + the bits set before it in
	// bits[k]], found without hashing.
	rank  [jaSetWords]uint16
	lists [][]int
	first map[rune][]int // indices in words by first rune, in order
}

// jaSetWords is the size of a jaWordSet's bitmap over U+3000 … U+FFFF.
const jaSetWords = (0xffff-0x3000)/64 + 1

// newJaWordSet indexes words, which must be non-empty.
func newJaWordSet(words ...string) *jaWordSet {
	w := &jaWordSet{words: words, first: map[rune][]int{}}
	for i, word := range words {
		r, _ := decodeRune(word)
		w.lead[word[0]] = true
		if r >= 0x3000 && r <= 0xffff {
			w.bits[(r-0x3000)/64] |= 1 << ((r - 0x3000) % 64)
		}
		w.first[r] = append(w.first[r], i)
	}
	n := 0
	for k, b := range w.bits {
		w.rank[k] = uint16(n)
		n += bits.OnesCount64(b)
	}
	w.lists = make([][]int, n)
	for r, l := range w.first {
		if r >= 0x3000 && r <= 0xffff {
			w.lists[w.listOf(r)] = l
		}
	}
	return w
}

// listOf returns the index in w.lists of the first rune r, which is in the
// bitmap.
func (w *jaWordSet) listOf(r rune) int {
	k, b := (r-0x3000)/64, uint((r-0x3000)%64)
	return int(w.rank[k]) + bits.OnesCount64(w.bits[k]&(1<<b-1))
}

// at returns the indices of the words that may start at s[i:] (those
// starting with its first rune), in list order, or nil. It does not
// allocate.
func (w *jaWordSet) at(s string, i int) []int {
	if i >= len(s) || !w.lead[s[i]] {
		return nil
	}
	r, _ := decodeRune(s[i:])
	return w.of(r)
}

// of returns the indices of the words that start with r, in list order,
// or nil.
func (w *jaWordSet) of(r rune) []int {
	if r >= 0x3000 && r <= 0xffff {
		if w.bits[(r-0x3000)/64]&(1<<((r-0x3000)%64)) == 0 {
			return nil
		}
		return w.lists[w.listOf(r)]
	}
	return w.first[r]
}

// match returns the index of the first word in list order that s[i:]
// starts with, or -1.
func (w *jaWordSet) match(s string, i int) int {
	for _, k := range w.at(s, i) {
		if hasPrefixAt(s, i, w.words[k]) {
			return k
		}
	}
	return -1
}

// hasPrefixAt reports whether s[i:] starts with word.
func hasPrefixAt(s string, i int, word string) bool {
	return len(s)-i >= len(word) && s[i:i+len(word)] == word
}
