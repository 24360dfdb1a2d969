package parse

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

// refTo is offsetMap.to the plain way: a search of every breakpoint, no
// hint.
func refTo(m *offsetMap, n int, up bool) int {
	i := sort.Search(len(m.bps), func(i int) bool { return int(m.bps[i].norm) > n }) - 1
	if i < 0 {
		return n
	}
	b := m.bps[i]
	rel, orig := n-int(b.norm), int(b.orig)
	switch {
	case rel == 0:
		return orig
	case rel < int(b.nlen):
		pn, po := int(b.nlen/b.n), int(b.olen/b.n)
		k := rel / pn
		if up && rel%pn != 0 {
			k++
		}
		return orig + k*po
	}
	return orig + int(b.olen) + rel - int(b.nlen)
}

// TestOffsetMapHint checks start and end, which begin with the breakpoint
// found last, against refTo on random normalised texts (folds, removed
// characters, runs of full-width characters and line ends, so several
// breakpoints may start at one offset), with offsets asked in increasing,
// decreasing and random order, in pairs as spans ask them, and beyond the
// text's ends.
func TestOffsetMapHint(t *testing.T) {
	alphabet := []string{"a", "b c", "\n", "\r\n", "\r", "“", "’", "\u200b", "\ufeff", "（１）", "ｱ", "あ", "e\u0301", "é", "—"}
	rnd := rand.New(rand.NewPCG(6, 7))
	for iter := range 3000 {
		var b strings.Builder
		for range rnd.IntN(40) {
			b.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		src := b.String()
		text, m := normalize(src)
		var offs []int
		switch iter % 4 {
		case 0: // increasing
			for n := -1; n <= len(text)+1; n++ {
				offs = append(offs, n)
			}
		case 1: // decreasing
			for n := len(text) + 1; n >= -1; n-- {
				offs = append(offs, n)
			}
		case 2: // random
			for range 2 * len(text) {
				offs = append(offs, rnd.IntN(len(text)+3)-1)
			}
		case 3: // spans: a start and an end after it, the starts mostly increasing
			s := 0
			for range len(text) {
				s = max(0, min(len(text), s+rnd.IntN(7)-2))
				offs = append(offs, s, min(len(text)+1, s+rnd.IntN(9)))
			}
		}
		for _, n := range offs {
			if got, want := m.start(n), refTo(&m, n, false); got != want {
				t.Errorf("normalize(%q): start(%d) = %d, want %d", src, n, got, want)
				break
			}
			if got, want := m.end(n), refTo(&m, n, true); got != want {
				t.Errorf("normalize(%q): end(%d) = %d, want %d", src, n, got, want)
				break
			}
		}
	}
}
