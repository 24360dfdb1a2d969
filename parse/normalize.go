package parse

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// The parser matches against a normalised copy of the input, so that the
// grammar sees one form of each character: NFKC (full-width digits and
// brackets become ASCII, no-break and ideographic spaces become spaces,
// half-width katakana become full-width) and then a few folds NFKC leaves
// alone (curly quotes become straight ones); "\r\n" and "\r" line ends
// become "\n", so the grammar looks for one kind of line end. Values are
// sliced from the original input through an offsetMap, so they stay as
// written and every span points at the original bytes.

// A breakpoint records n adjacent stretches of the input that
// normalisation changed alike: the normalised bytes [norm, norm+nlen) came
// from the original bytes [orig, orig+olen), stretch k of them from
// [orig+k*olen/n, orig+(k+1)*olen/n) to [norm+k*nlen/n, norm+(k+1)*nlen/n).
// "（１）" is one breakpoint of three stretches of 3 bytes to 1: a text of
// many such runs keeps one breakpoint a run, not one a character.
// Offsets are int32: the input is at most MaxInputBytes.
type breakpoint struct {
	norm, nlen, orig, olen int32
	n                      int32 // stretches, at least 1
}

// appendBreakpoint appends to bps the stretch [orig, orig+olen) of the input
// that became [norm, norm+nlen), merged into the last breakpoint when it
// follows it in both texts with the same lengths. A stretch that became
// nothing is never merged (the offset map keeps each one apart).
func appendBreakpoint(bps []breakpoint, norm, nlen, orig, olen int) []breakpoint {
	if k := len(bps) - 1; k >= 0 && nlen > 0 {
		l := &bps[k]
		if int(l.norm+l.nlen) == norm && int(l.orig+l.olen) == orig &&
			int(l.nlen/l.n) == nlen && int(l.olen/l.n) == olen && l.nlen > 0 {
			l.nlen += int32(nlen)
			l.olen += int32(olen)
			l.n++
			return bps
		}
	}
	return append(bps, breakpoint{norm: int32(norm), nlen: int32(nlen), orig: int32(orig), olen: int32(olen), n: 1})
}

// An offsetMap maps offsets of the normalised text back to the input. The
// zero offsetMap is the identity.
type offsetMap struct {
	bps []breakpoint
	// hint is the index find returned last: spans are asked for in
	// nearly increasing order, so the next answer is usually it or the
	// one after it.
	hint int
	// Every offset n in [w.lo, w.lo+w.size) maps to n+w.delta, for w the
	// stretch between two changed ones that start (ws) or end (we) found
	// last: they answer it at once. Each has its own, as a span's start
	// and end are often in different stretches.
	ws, we window
}

// A window is a stretch of the normalised text [lo, lo+size) that maps to
// the input by adding delta.
type window struct {
	lo    int
	size  uint
	delta int
}

// find returns the index of the last breakpoint starting at or before n, or -1.
func (m *offsetMap) find(n int) int {
	bps := m.bps
	if len(bps) == 0 || n < int(bps[0].norm) {
		return -1
	}
	// The last answer or the one after it, if one of them holds n.
	if i := m.hint; i < len(bps) && int(bps[i].norm) <= n {
		if i+1 == len(bps) || n < int(bps[i+1].norm) {
			return i
		}
		if i+2 == len(bps) || n < int(bps[i+2].norm) {
			m.hint = i + 1
			return i + 1
		}
	}
	// sort.Search for the first breakpoint after n, written out.
	lo, hi := 0, len(bps)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(bps[mid].norm) > n {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	m.hint = lo - 1
	return lo - 1
}

// start maps an offset that starts a range: inside a changed stretch it
// rounds down to the stretch's start.
func (m *offsetMap) start(n int) int {
	if uint(n-m.ws.lo) < m.ws.size {
		return n + m.ws.delta
	}
	return m.to(n, false)
}

// end maps an offset that ends a range: inside a changed stretch it rounds
// up to the stretch's end.
func (m *offsetMap) end(n int) int {
	if uint(n-m.we.lo) < m.we.size {
		return n + m.we.delta
	}
	return m.to(n, true)
}

func (m *offsetMap) to(n int, up bool) int {
	w := &m.ws
	if up {
		w = &m.we
	}
	i := m.find(n)
	if i < 0 {
		// Before the first changed stretch (or none).
		*w = window{0, math.MaxInt, 0}
		if len(m.bps) > 0 {
			w.size = uint(m.bps[0].norm)
		}
		return n
	}
	b := m.bps[i]
	rel, orig := n-int(b.norm), int(b.orig)
	switch {
	case rel == 0:
		return orig
	case rel < int(b.nlen):
		// Inside stretch k: its start, or its end when rounding up.
		pn, po := int(b.nlen/b.n), int(b.olen/b.n)
		k := rel / pn
		if up && rel%pn != 0 {
			k++
		}
		return orig + k*po
	}
	// After the changed stretch, up to the next one: n+delta from its
	// end (from the offset after it if it became nothing, which maps its
	// start to the stretch's).
	*w = window{int(b.norm) + max(int(b.nlen), 1), math.MaxInt, orig + int(b.olen) - int(b.norm) - int(b.nlen)}
	if i+1 < len(m.bps) {
		w.size = uint(int(m.bps[i+1].norm) - w.lo)
	}
	return n + w.delta
}

// fold maps runes that NFKC keeps but the grammar wants in one form.
func fold(r rune) (string, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4':
		return "'", true
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
		return `"`, true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212':
		return "-", true
	case '\u3000', '\u00a0', '\u2009', '\u200a', '\u202f':
		return " ", true
	case '\u200b', '\ufeff':
		return "", true
	}
	return "", false
}

// nfkcStable reports whether r is one of the common non-ASCII characters
// that NFKC and fold leave alone and that never combine with the character
// before them (NFKC quick check Yes, combining class 0): hiragana, katakana,
// the unified ideographs, the usual Japanese punctuation, accented Latin-1
// letters and the bullet. Text made of
// these and ASCII is normal as it is, and normalisation may cut the text
// before any of them. It is only a fast path: a character not listed goes
// through the full NFKC check.
func nfkcStable(r rune) bool {
	switch {
	case r >= 0x4e00 && r <= 0x9fff: // CJK unified ideographs
		return true
	case r >= 0x3041 && r <= 0x3096: // hiragana
		return true
	case r >= 0x30a1 && r <= 0x30fc: // katakana, middle dot, prolonged sound mark
		return true
	case r >= 0xc0 && r <= 0xff, r == 0x2022: // Latin-1 letters, bullet
		return true
	case r >= 0x3001 && r <= 0x3002, r == 0x3005, r >= 0x3008 && r <= 0x3011: // 、。々 brackets
		return true
	}
	return false
}

var newline = []byte{'\n'}

// needsNormalising reports whether normalize would change s.
func needsNormalising(s string) bool {
	if strings.IndexByte(s, '\r') >= 0 {
		return true
	}
	slow := false
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf && i+8 <= len(s) && load8(s[i:])&highBits == 0 {
			i += 8
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if nfkcStable(r) {
			continue
		}
		if _, ok := fold(r); ok {
			return true
		}
		slow = true
	}
	return slow && !norm.NFKC.IsNormalString(s)
}

// stableAt returns the size of the rune at s[i] if it is ASCII or
// [nfkcStable], else 0.
func stableAt(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if nfkcStable(r) {
		return size
	}
	return 0
}

// normalize returns the normalised text of src and the map from its offsets
// back to src. When nothing changes it returns src itself and an identity map.
func normalize(src string) (string, offsetMap) {
	var ns normScan
	for i := 0; i < len(src); {
		c := src[i]
		if c == '\r' {
			n := 1
			if i+1 < len(src) && src[i+1] == '\n' {
				n = 2
			}
			ns.lineEnd(i, n)
			i += n
			continue
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		ns.char(i, r, size)
		i += size
	}
	text, _, m := ns.normalize(src, nil)
	return text, m
}

// A normScan learns, in a pass over the input that calls lineEnd and char
// in order, what normalising it takes: nothing, only folds and line ends
// (whose breakpoints it notes on the way), or the full NFKC pass (slow).
type normScan struct {
	slow  bool
	delta int // the bytes the folds and line ends so far add (< 0: remove)
	bps   []breakpoint
}

// lineEnd notes the line end "\r\n" (n == 2) or "\r" (n == 1) at src[i].
func (ns *normScan) lineEnd(i, n int) {
	if !ns.slow {
		ns.add(i+ns.delta, 1, i, n)
	}
}

// char notes the rune r outside ASCII of size bytes at src[i].
func (ns *normScan) char(i int, r rune, size int) {
	if ns.slow || nfkcStable(r) {
		return
	}
	f, ok := fastFold(r)
	if !ok {
		ns.slow, ns.bps = true, nil
		return
	}
	ns.add(i+ns.delta, len(f), i, size)
}

// add notes that the input's [orig, orig+olen) becomes [norm, norm+nlen).
func (ns *normScan) add(norm, nlen, orig, olen int) {
	if ns.bps == nil {
		ns.bps = make([]breakpoint, 0, 16)
	}
	ns.bps = appendBreakpoint(ns.bps, norm, nlen, orig, olen)
	ns.delta += nlen - olen
}

// fastFold is fold for the runes that NFKC leaves alone and that start and
// end a segment (nothing combines with them on either side when the runes
// around them are ASCII, nfkcStable or fastFold): normalising one of them
// is folding it, where it stands. fold's U+2033 and U+00B4 are not among
// them (NFKC changes both).
func fastFold(r rune) (string, bool) {
	if r == '\u2033' || r == '\u00b4' {
		return "", false
	}
	return fold(r)
}

// normalize returns the normalised src, which the scan has seen whole.
// When it is not src itself, it is written in buf (grown when short),
// which is returned for the next call: the text is valid until then.
func (ns *normScan) normalize(src string, buf []byte) (string, []byte, offsetMap) {
	if ns.slow {
		t, m := normalizeFull(src)
		return t, buf, m
	}
	if len(ns.bps) == 0 {
		return src, buf, offsetMap{}
	}
	b := slices.Grow(buf[:0], len(src)+ns.delta)
	o := 0
	for _, bp := range ns.bps {
		b = append(b, src[o:bp.orig]...)
		o = int(bp.orig)
		for end := o + int(bp.olen); o < end; {
			if src[o] == '\r' {
				b = append(b, '\n')
				o += int(bp.olen / bp.n)
				continue
			}
			r, size := utf8.DecodeRuneInString(src[o:])
			f, _ := fold(r)
			b = append(b, f...)
			o += size
		}
	}
	b = append(b, src[o:]...)
	return unsafe.String(unsafe.SliceData(b), len(b)), b, offsetMap{bps: ns.bps}
}

// normalizeFull is normalize for any input: runs of characters that may
// change go through NFKC (and then fold) segment by segment.
func normalizeFull(src string) (string, offsetMap) {
	if !needsNormalising(src) {
		return src, offsetMap{}
	}
	var b strings.Builder
	b.Grow(len(src) + len(src)/8)
	var m offsetMap
	var it norm.Iter
	add := func(orig int, in string, out []byte) {
		if string(out) == in {
			b.Write(out)
			return
		}
		if len(m.bps) == cap(m.bps) && orig >= 4<<10 {
			m.bps = slices.Grow(m.bps, predictedGrowth(len(m.bps), orig, len(src)))
		}
		m.bps = appendBreakpoint(m.bps, b.Len(), len(out), orig, len(in))
		b.Write(out)
	}
	var tmp []byte
	for i := 0; i < len(src); {
		if src[i] == '\r' {
			// "\r\n" and a lone "\r" end a line as "\n" does.
			n := 1
			if i+1 < len(src) && src[i+1] == '\n' {
				n = 2
			}
			add(i, src[i:i+n], newline)
			i += n
			continue
		}
		// Runs of stable characters are copied as they are, up to the
		// character before the next unstable one (which may combine with
		// it).
		j, last := i, -1
		for j < len(src) {
			if src[j] < utf8.RuneSelf {
				if src[j] == '\r' {
					break
				}
				last = j
				j++
				continue
			}
			n := stableAt(src, j)
			if n == 0 {
				break
			}
			last = j
			j += n
		}
		if j == len(src) {
			b.WriteString(src[i:])
			break
		}
		if src[j] == '\r' {
			b.WriteString(src[i:j])
			i = j
			continue
		}
		if last > i {
			b.WriteString(src[i:last])
			i = last
		}
		// A run of unstable characters, with the stable one before it.
		k := j
		for k < len(src) && (k == j || stableAt(src, k) == 0) {
			_, size := utf8.DecodeRuneInString(src[k:])
			k += size
		}
		run := src[i:k]
		it.InitString(norm.NFKC, run)
		for !it.Done() {
			p := it.Pos()
			seg := it.Next()
			q := it.Pos()
			tmp = tmp[:0]
			for _, r := range string(seg) {
				if f, ok := fold(r); ok {
					tmp = append(tmp, f...)
				} else {
					tmp = utf8.AppendRune(tmp, r)
				}
			}
			add(i+p, run[p:q], tmp)
		}
		i = k
	}
	return trimmed(&b, m, len(src))
}

// predictedGrowth returns how many more breakpoints than the n made for the
// first done bytes of an input of total bytes to make room for: as many
// again as the rest of the input predicts at the same rate, and an eighth,
// and at least a quarter of n. A map of many like runs (an input of
// full-width numbering) then grows once or twice, not by a quarter at a
// time; what a dense start over-predicts is given back by trimmed.
func predictedGrowth(n, done, total int) int {
	more := int(int64(n) * int64(total-done) / int64(max(done, 1)))
	return max(more+(n+more)/8, n/4, 16)
}

// trimmed returns the text b built and the map m, each copied to its size
// when its buffer is much larger: NFKC makes a text of full-width
// characters shorter, and append leaves up to a quarter of a large map
// unused, both kept for the whole parse. A copy is made while little else
// is allocated.
func trimmed(b *strings.Builder, m offsetMap, srcLen int) (string, offsetMap) {
	text := b.String()
	if b.Cap()-len(text) > srcLen/4 {
		text = strings.Clone(text)
	}
	if n := len(m.bps); cap(m.bps)-n > n/8+16 {
		m.bps = slices.Clone(m.bps)
	}
	return text, m
}

// from maps an offset of the input to the normalised text: the inverse of
// start and end. Inside a changed stretch it rounds down to the stretch's
// start.
func (m *offsetMap) from(o int) int {
	i := sort.Search(len(m.bps), func(i int) bool { return int(m.bps[i].orig) > o }) - 1
	if i < 0 {
		return o
	}
	b := m.bps[i]
	rel, norm := o-int(b.orig), int(b.norm)
	if rel < int(b.olen) {
		// Inside stretch k: its start.
		return norm + rel/int(b.olen/b.n)*int(b.nlen/b.n)
	}
	return norm + int(b.nlen) + rel - int(b.olen)
}
