package parse

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
	"github.com/google/go-cmp/cmp"
)

// refPos is the position of byte offset off of src by definition: lines end
// at "\n", "\r\n" and a lone "\r"; the column counts the runes before off
// on its line as utf8.RuneCountInString does.
func refPos(src string, off int) readout.Pos {
	off = max(0, min(off, len(src)))
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if src[i] == '\n' || (src[i] == '\r' && (i+1 == len(src) || src[i+1] != '\n')) {
			line, start = line+1, i+1
		}
	}
	return readout.Pos{Offset: int32(off), Line: int32(line), Column: int32(1 + utf8.RuneCountInString(src[start:off]))}
}

// TestPosIndex checks posIndex.pos against refPos at every offset (inside
// runes too, and beyond the ends), asked in increasing, decreasing and
// random order, on texts with long lines of several scripts across many
// blocks of the continuation count and of the count of line ends.
func TestPosIndex(t *testing.T) {
	long := strings.Repeat("Minister Hayashi’s • 林外務大臣は、", 40)
	texts := []struct {
		src, reason string
	}{
		{"", "empty"},
		{"abc", "one ASCII line"},
		{"a\nb\n\nc\n", "ASCII lines, an empty one, a final line end"},
		{"a\r\nb\rc\n\rd", `"\r\n", lone "\r", "\n\r"`},
		{"• Point one\n• 二つ目\n", "a bullet at the start of lines"},
		{long, "one long line of mixed scripts"},
		{long + "\n" + strings.Repeat("x", 200) + "\n" + long, "long lines around an ASCII one"},
		{strings.Repeat("é", 100) + "\r\n" + strings.Repeat("😀a", 50), "two- and four-byte runes"},
		{strings.Repeat("ab\n", 300), "many short lines across many line blocks"},
		{strings.Repeat(strings.Repeat("x", lineBlock-1)+"\n", 5) + "y", "a line end at the end of each line block"},
		{strings.Repeat(strings.Repeat("x", lineBlock-1)+"\r\n", 5), `"\r\n" across line blocks`},
		{strings.Repeat("x\r", 200) + "\r\n", `lone "\r" across line blocks`},
		{"a\n" + strings.Repeat("é", 3*lineBlock) + "\n\nb\n" + strings.Repeat("林", 2*lineBlock), "lines longer than a line block"},
		{strings.Repeat("\n", 3*lineBlock), "only line ends"},
		{strings.Repeat("x", 4*lineBlock), "one line of whole line blocks"},
	}
	for _, tt := range texts {
		offs := make([]int, 0, len(tt.src)+3)
		for o := -1; o <= len(tt.src)+1; o++ {
			offs = append(offs, o)
		}
		rev := make([]int, len(offs))
		for i, o := range offs {
			rev[len(offs)-1-i] = o
		}
		rnd := append([]int(nil), offs...)
		rand.New(rand.NewPCG(1, uint64(len(tt.src)))).Shuffle(len(rnd), func(i, j int) { rnd[i], rnd[j] = rnd[j], rnd[i] })
		for _, order := range [][]int{offs, rev, rnd} {
			// Each text with each table of lines (init picks one), and
			// continuation bytes counted with the table or from the
			// runs of bytes outside ASCII (as Text does when they are
			// few, and for ASCII input, which has none).
			for _, starts := range []bool{true, false} {
				for _, mode := range posModes {
					var x posIndex
					if !mode.build(&x, tt.src, starts) {
						continue
					}
					for _, o := range order {
						if got, want := x.pos(o), refPos(tt.src, o); got != want {
							t.Errorf("%s (line starts %v, %s): pos(%d) = %+v, want %+v", tt.reason, starts, mode.name, o, got, want)
							break
						}
					}
				}
			}
		}
	}
}

// posModes are the ways a posIndex counts continuation bytes: with the
// table, from the runs of bytes outside ASCII, and with segments (only
// when the lines and runs are few, and from line starts: build reports
// whether it applies).
var posModes = []struct {
	name  string
	build func(x *posIndex, src string, starts bool) bool
}{
	{"table", func(x *posIndex, src string, starts bool) bool {
		x.build(src, strings.ContainsRune(src, '\r'), len(src)+1, starts)
		return true
	}},
	{"runs", func(x *posIndex, src string, starts bool) bool {
		x.build(src, strings.ContainsRune(src, '\r'), len(src)+1, starts)
		x.useRuns(refRuns(src))
		return true
	}},
	{"segments", func(x *posIndex, src string, starts bool) bool {
		x.build(src, strings.ContainsRune(src, '\r'), len(src)+1, starts)
		x.useRuns(refRuns(src))
		return x.useSegs()
	}},
}

// refPositions returns refPos(src, o) for every offset o of src, 0 to
// len(src), in one pass.
func refPositions(src string) []readout.Pos {
	ps := make([]readout.Pos, len(src)+1)
	line, start := 1, 0
	for i := 0; i <= len(src); i++ {
		ps[i] = readout.Pos{Offset: int32(i), Line: int32(line), Column: int32(1 + utf8.RuneCountInString(src[start:i]))}
		if i < len(src) && (src[i] == '\n' || (src[i] == '\r' && (i+1 == len(src) || src[i+1] != '\n'))) {
			line, start = line+1, i+1
		}
	}
	return ps
}

// randomText returns a text of about n bytes made of the pieces readouts
// and hostile input are made of: words, spaces, line ends of each kind,
// runes of two, three and four bytes alone and in runs, in lines of random
// length (long ones, empty ones, many short ones).
func randomText(r *rand.Rand, n int) string {
	pieces := []string{"Minister", " ", " ", "the", ",", ".", "\n", "\n", "\r\n", "\r", "\n\n",
		"’", "“", "”", "•", "é", "林外務大臣", "は、", "😀", "ŁÓDŹ", "\u00a0", strings.Repeat("x", 40)}
	var b strings.Builder
	// Some texts keep to a few pieces: lines of only ASCII, only line
	// ends, long runs outside ASCII.
	pick := pieces
	if r.IntN(3) == 0 {
		k := 1 + r.IntN(3)
		pick = make([]string, k)
		for i := range pick {
			pick[i] = pieces[r.IntN(len(pieces))]
		}
	}
	for b.Len() < n {
		b.WriteString(pick[r.IntN(len(pick))])
	}
	return b.String()
}

// spanOffsets returns n (start, end) pairs of offsets of a text of size
// bytes as the parser asks for spans: in passes of nearly increasing
// starts, some spans within a line, some long, a few starting back.
func spanOffsets(r *rand.Rand, size, n int) [][2]int {
	var offs [][2]int
	at := 0
	for range n {
		switch r.IntN(10) {
		case 0:
			at = r.IntN(size + 1) // a new pass, or a jump
		case 1, 2:
			at = max(0, at-r.IntN(40)) // a little back
		default:
			at = min(size, at+r.IntN(60))
		}
		end := min(size, at+r.IntN(80))
		if r.IntN(8) == 0 {
			end = min(size, at+r.IntN(size+1)) // a long span
		}
		offs = append(offs, [2]int{at, end})
	}
	return offs
}

// TestPosIndexRandom checks pos and span against the reference on random
// texts of every shape (randomText), with every table and count of
// continuation bytes and with the index Text builds (from scanInput's
// lines and runs), the offsets asked for in increasing, decreasing, random
// and span order.
func TestPosIndexRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	o := newOptions(nil)
	for k := range 400 {
		size := r.IntN(60)
		switch k % 4 {
		case 1:
			size = 200 + r.IntN(2000)
		case 2:
			size = 2000 + r.IntN(6000)
		}
		src := randomText(r, size)
		ref := refPositions(src)
		n := len(src)
		// Rune starts and other offsets, as pos is asked for both.
		inc := make([]int, 0, n+1)
		for i := 0; i <= n; i++ {
			inc = append(inc, i)
		}
		dec := make([]int, len(inc))
		for i, o := range inc {
			dec[len(inc)-1-i] = o
		}
		rnd := append([]int(nil), inc...)
		r.Shuffle(len(rnd), func(i, j int) { rnd[i], rnd[j] = rnd[j], rnd[i] })
		spans := spanOffsets(r, n, 300)

		type index struct {
			name  string
			build func(x *posIndex) bool
		}
		var indexes []index
		for _, starts := range []bool{true, false} {
			for _, mode := range posModes {
				indexes = append(indexes, index{fmt.Sprintf("%s, line starts %v", mode.name, starts), func(x *posIndex) bool {
					return mode.build(x, src, starts)
				}})
			}
		}
		indexes = append(indexes, index{"as Text builds it", func(x *posIndex) bool {
			sc, err := scanInput(src, o)
			if err != nil {
				return false // blank: Text does not get as far
			}
			x.initScanned(src, &sc)
			return true
		}})
		for _, ix := range indexes {
			for _, order := range [][]int{inc, dec, rnd} {
				var x posIndex
				if !ix.build(&x) {
					continue
				}
				for _, o := range order {
					if got, want := x.pos(o), ref[o]; got != want {
						t.Errorf("text %d (%d bytes), %s: pos(%d) = %+v, want %+v", k, n, ix.name, o, got, want)
						break
					}
				}
			}
			var x posIndex
			if !ix.build(&x) {
				continue
			}
			for _, se := range spans {
				want := readout.Span{Start: ref[se[0]], End: ref[se[1]]}
				if got := x.span(se[0], se[1]); got != want {
					t.Errorf("text %d (%d bytes), %s: span(%d, %d) = %v, want %v", k, n, ix.name, se[0], se[1], got, want)
					break
				}
			}
		}
	}
}

// refRuns returns the runs of bytes outside ASCII of src, each cut into
// runs of whole runes of at most maxRunLen bytes, as many as there are.
func refRuns(src string) []highRun {
	var runs []highRun
	after := 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		if r < utf8.RuneSelf && size == 1 {
			i++
			continue
		}
		for k := 1; k < size; k++ {
			if src[i+k]&0xc0 == 0x80 {
				after++
			}
		}
		if n := len(runs) - 1; n >= 0 && int(runs[n].end) == i && i+size-int(runs[n].start) <= maxRunLen {
			runs[n].end += int32(size)
			runs[n].after = int32(after)
		} else {
			runs = append(runs, highRun{start: int32(i), end: int32(i + size), after: int32(after)})
		}
		i += size
	}
	return runs
}

// TestContinuationBytes checks the eight-byte count against the byte test:
// every byte value at every position.
func TestContinuationBytes(t *testing.T) {
	for n := range 12 {
		for pos := range n {
			for b := range 256 {
				buf := []byte(strings.Repeat("a", n))
				buf[pos] = byte(b)
				want := 0
				if b&0xc0 == 0x80 {
					want = 1
				}
				if got := continuationBytes(string(buf)); got != want {
					t.Errorf("continuationBytes(%q) = %d, want %d", buf, got, want)
				}
			}
		}
	}
}

// TestContinuationBytesLong checks the count on long random texts, past the
// 255 words its byte sums hold.
func TestContinuationBytesLong(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 3))
	for _, n := range []int{8 * 254, 8 * 255, 8*255 + 7, 8 * 256, 5000} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
			if i%3 == 0 {
				b[i] = 0xbf // many continuation bytes
			}
		}
		want := 0
		for _, c := range b {
			if c&0xc0 == 0x80 {
				want++
			}
		}
		if got := continuationBytes(string(b)); got != want {
			t.Errorf("continuationBytes of %d random bytes = %d, want %d", n, got, want)
		}
	}
}

// TestPosIndexTable checks which table of lines init picks: every line's
// start for lines of readout length, the count of line ends every
// lineBlock bytes for many short lines (an int32 a line would be more).
func TestPosIndexTable(t *testing.T) {
	tests := []struct {
		src        string
		wantStarts bool
		reason     string
	}{
		{"", true, "empty"},
		{strings.Repeat("(1) x\n", 60), true, "few lines: the small table"},
		{strings.Repeat("(1) x\n", 1000), false, "many short lines"},
		{strings.Repeat(strings.Repeat("word ", 8)+"\n", 1000), true, "lines of 41 bytes"},
		{strings.Repeat("x\r\n", 1000), false, `many short "\r\n" lines`},
	}
	for _, tt := range tests {
		x := newPosIndex(tt.src)
		if got := x.lineStarts != nil; got != tt.wantStarts {
			t.Errorf("%s: line starts %v, want %v", tt.reason, got, tt.wantStarts)
		}
		if !tt.wantStarts && len(x.lineEnds) != len(tt.src)/lineBlock+1 {
			t.Errorf("%s: %d line-end counts, want %d", tt.reason, len(x.lineEnds), len(tt.src)/lineBlock+1)
		}
	}
}

// TestBlockContsBefore checks the count of continuation bytes before each
// place of a 32-byte block, and in the whole block, against the byte test,
// on random blocks and on blocks of one continuation byte at each place.
func TestBlockContsBefore(t *testing.T) {
	rnd := rand.New(rand.NewPCG(8, 9))
	var blocks [][]byte
	for range 2000 {
		b := make([]byte, posBlock)
		for i := range b {
			b[i] = byte(rnd.Uint32())
		}
		blocks = append(blocks, b)
	}
	for p := range posBlock {
		for _, c := range []byte{0x80, 0xbf} {
			b := []byte(strings.Repeat("a", posBlock))
			b[p] = c
			blocks = append(blocks, b)
			b = []byte(strings.Repeat("\xc0", posBlock))
			b[p] = c
			blocks = append(blocks, b)
		}
	}
	for _, b := range blocks {
		s := string(b)
		a, bb, c, d := load8(s), load8(s[8:]), load8(s[16:]), load8(s[24:])
		for r := range posBlock {
			want := 0
			for _, c := range b[:r] {
				if c&0xc0 == 0x80 {
					want++
				}
			}
			if got := blockContsBefore(a, bb, c, d, r); got != want {
				t.Errorf("blockContsBefore(%q, %d) = %d, want %d", s, r, got, want)
			}
		}
		if got, want := blockConts(a, bb, c, d), continuationBytes(s); got != want {
			t.Errorf("blockConts(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestScanInputLines checks the line starts scanInput lists for posIndex:
// after every line end of each kind, and none when there are too many.
func TestScanInputLines(t *testing.T) {
	tests := []struct {
		src    string
		want   []int32 // nil: too many lines to list
		cr     bool
		reason string
	}{
		{"abc", []int32{}, false, "one line"},
		{"a\nb\n", []int32{2, 4}, false, `"\n", one at the end`},
		{"a\r\nb\rc\n\rd", []int32{3, 5, 7, 8}, true, `"\r\n", lone "\r", "\n\r"`},
		{"\n\n x", []int32{1, 2}, false, "blank lines first"},
		{"• 林\n’x’\n", []int32{8, 16}, false, "lines outside ASCII"},
		{strings.Repeat("x\n", smallLines), nil, false, "one line more than posIndex holds"},
		{strings.Repeat("x\n", smallLines-1), func() (s []int32) {
			for i := range smallLines - 1 {
				s = append(s, int32(2*i+2))
			}
			return s
		}(), false, "as many lines as posIndex holds"},
	}
	for _, tt := range tests {
		sc, err := scanInput(tt.src, newOptions(nil))
		if err != nil {
			t.Errorf("%s: scanInput(%q): %v", tt.reason, tt.src, err)
			continue
		}
		l := sc.lines
		if !l.done {
			t.Errorf("%s: lines not done", tt.reason)
		}
		if tt.want == nil {
			if !l.over {
				t.Errorf("%s: %d line starts listed, want too many", tt.reason, l.n)
			}
			continue
		}
		if diff := cmp.Diff(tt.want, l.starts[:l.n]); l.over || diff != "" {
			t.Errorf("%s: line starts (over %v) (-want +got):\n%s", tt.reason, l.over, diff)
		}
		if l.cr != tt.cr {
			t.Errorf("%s: cr %v, want %v", tt.reason, l.cr, tt.cr)
		}
	}
}

// TestPosIndexStray checks positions at a continuation byte that follows
// whole runes (an invalid input's first bad byte, as Text reports it): it
// is counted as a rune of its own, as utf8.RuneCountInString does.
func TestPosIndexStray(t *testing.T) {
	for _, src := range []string{"é\x80", "ab\x80", "林\xbf\x80x", "😀\x80", "a\né\x80\n"} {
		// Up to the stray byte: the input before an offset is UTF-8.
		bad := len(src)
		for i := 0; i < len(src); {
			r, size := utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError && size == 1 {
				bad = i
				break
			}
			i += size
		}
		for o := 0; o <= bad; o++ {
			for _, starts := range []bool{true, false} {
				// The table: Text counts from runs and segments
				// only when the input is UTF-8.
				for _, mode := range posModes[:1] {
					var x posIndex
					mode.build(&x, src, starts)
					if got, want := x.pos(o), refPos(src, o); got != want {
						t.Errorf("%q (line starts %v, %s): pos(%d) = %+v, want %+v", src, starts, mode.name, o, got, want)
					}
				}
			}
		}
	}
}

// TestPosIndexLongLine checks positions on two very long lines of runes
// outside ASCII, at offsets inside runes too (BenchmarkPosIndexLongLine
// shows that they cost no scan of the line).
func TestPosIndexLongLine(t *testing.T) {
	src := longLinesText()
	for _, starts := range []bool{true, false} {
		var x posIndex
		x.build(src, false, 2, starts)
		r := rand.New(rand.NewPCG(1, 2))
		for range 50 {
			o := r.IntN(len(src) + 1)
			if got, want := x.pos(o), refPos(src, o); got != want {
				t.Errorf("line starts %v: pos(%d) = %+v, want %+v", starts, o, got, want)
			}
		}
	}
}

// BenchmarkPosIndexLongLine asks positions at random offsets of two lines
// of a megabyte and a half megabyte of runes outside ASCII: a count of the
// runes before each offset would take about a millisecond an offset; the
// index takes well under a microsecond.
func BenchmarkPosIndexLongLine(b *testing.B) {
	src := longLinesText()
	for _, starts := range []bool{true, false} {
		b.Run(fmt.Sprintf("starts=%v", starts), func(b *testing.B) {
			var x posIndex
			x.build(src, false, 2, starts)
			r := rand.New(rand.NewPCG(1, 2))
			for b.Loop() {
				x.pos(r.IntN(len(src) + 1))
			}
		})
	}
}

// longLinesText returns two long lines of runes outside ASCII.
func longLinesText() string {
	return strings.Repeat("林", 1<<20/3) + "\n" + strings.Repeat("é", 1<<18)
}
