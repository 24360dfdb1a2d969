package parse

import (
	"math"
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// A posIndex turns byte offsets of the original input into readout.Pos
// values (1-based line, 1-based rune column). A column is the byte count
// from the line's start less the UTF-8 continuation bytes in between, and
// those are counted from the runs of bytes outside ASCII when the input has
// few (scanInput lists them: an English readout's quotes and bullets), else
// with the help of a table of their running count at every 32nd byte,
// filled at the first offset asked for; the stretch around the last offset
// where the count does not change (between two runs, a block of the table
// without any) is kept, and answers at once. Lines are found
// with a table of every line's start when the lines are 32 bytes long on
// average or longer (a readout's are; scanInput lists them when they are
// few), else, not to take an int32 a line on a text of many short lines,
// with a table of the running count of line ends at every 128th byte; the
// line of the last offset asked for is kept. So any offset costs at most a
// binary search of the line table and a few blocks of bytes scanned, in any
// order, even on one very long line (inside a rune too: from the rune's
// start). Input known to be ASCII has no runs and needs no continuation
// table.
//
// A readout (few lines, few runs) is cut instead into segments, one from
// each line start and from each run's end (segs): an offset's position is
// its segment's, found among the next few after the last one or by binary
// search. With runs or segments, the offsets on the line and in the
// stretch of the last one found are answered at once (pos, span): spans
// are asked for in nearly increasing order, most of them within a line.
type posIndex struct {
	posState
	// Room for the tables of short inputs: lineSmall for lineStarts or
	// lineEnds, small for conts, runBuf for runs, segBuf for segs. Each
	// is written before it is read, so build leaves them as they are.
	lineSmall [smallLines]int32
	small     [192]int32
	runBuf    [maxHighRuns]highRun
	segBuf    [maxSegs]posSeg
}

// posState is the part of posIndex that build sets anew.
type posState struct {
	// pos answers every offset in [fastLo, fastLo+fastLen) at once: it is
	// on line fastLine (1-based) at column offset-fastShift (setFast).
	fastLo    int
	fastLen   uint
	fastShift int
	fastLine  int32

	src string
	cr  bool // src has a "\r": a lone one ends a line too
	// Either lineStarts, the offset of every line's start, or lineEnds,
	// where lineEnds[k] is the number of line ends in src[:k*lineBlock]
	// for every k*lineBlock <= len(src). A line end is a "\n" or a "\r"
	// not before one: the line after it starts at the next byte. int32, as
	// the input is at most MaxInputBytes.
	lineStarts []int32
	lineEnds   []int32

	// The line of the last position asked for: its index, the offset it
	// starts at and the offset the next one starts at (len(src)+1 for the
	// last line), and contsBefore(lineStart).
	line, lineStart, nextStart int
	lineConts                  int

	// Every offset in [gapLo, gapHi] is a rune's start with gapConts
	// continuation bytes before it (an empty gap: gapLo == gapHi ==
	// len(src)+1).
	gapLo, gapHi, gapConts int

	// conts[k] is the number of continuation bytes in src[:k*posBlock],
	// filled at the first position asked for; int32, as the input is at
	// most MaxInputBytes.
	conts []int32

	// When sparse, the continuation bytes are counted from runs, every
	// run of bytes outside ASCII (highRuns), not from conts; runHint is
	// the last number of runs starting before an offset found.
	sparse  bool
	runs    []highRun
	runHint int
	// When there are few lines and runs (a readout), segs cuts the input
	// at every line start and every run's end, and answers every offset
	// on its own; seg is the index of the last one found.
	segs []posSeg
	seg  int
}

// A highRun is a run of bytes outside ASCII in the input, [start, end), and
// after the number of continuation bytes in the input up to its end.
type highRun struct{ start, end, after int32 }

// An input with few bytes outside ASCII (an English readout's quotes and
// bullets) has its continuation bytes counted from the runs of them, found
// by scanInput, when there are at most maxHighRuns of at most maxRunLen
// bytes each: no table to fill, a lookup of the run before an offset.
const (
	maxHighRuns = 32
	maxRunLen   = 64
)

// highRuns lists the runs of bytes outside ASCII of an input in order, as
// long as there are at most maxHighRuns of at most maxRunLen bytes.
type highRuns struct {
	runs [maxHighRuns]highRun
	n    int
	over bool // more runs, or a longer one: runs is incomplete
}

// add notes the size bytes outside ASCII at src[i], conts of them
// continuation bytes. Calls are in order of i.
func (h *highRuns) add(i, size, conts int) {
	if h.over {
		return
	}
	after := int32(conts)
	if k := h.n - 1; k >= 0 {
		r := &h.runs[k]
		if int(r.end) == i && i+size-int(r.start) <= maxRunLen {
			r.end += int32(size)
			r.after += int32(conts)
			return
		}
		after += r.after
	}
	if h.n == len(h.runs) || size > maxRunLen {
		h.over = true
		return
	}
	h.runs[h.n] = highRun{start: int32(i), end: int32(i + size), after: after}
	h.n++
}

// lineScan lists where the lines of an input start, after the first, as
// long as there are fewer than posIndex.lineSmall holds: scanInput finds
// them on its way, as it takes every line end apart.
type lineScan struct {
	starts [smallLines - 1]int32
	n      int
	over   bool // more lines: starts is incomplete
	cr     bool // the input has a "\r"
	done   bool // the scan went to the end of the input
}

// add notes a line starting at offset i (after a line end).
func (l *lineScan) add(i int) {
	if l.n < len(l.starts) {
		l.starts[l.n] = int32(i)
		l.n++
	} else {
		l.over = true
	}
}

// initScanned makes x the index of src, with what scanInput found in it:
// its lines, if they are few, and its runs of bytes outside ASCII.
func (x *posIndex) initScanned(src string, sc *inputScan) {
	if l := &sc.lines; l.done && !l.over {
		x.posState = posState{src: src, cr: l.cr, gapLo: len(src) + 1, gapHi: len(src) + 1}
		x.lineSmall[0] = 0
		x.lineStarts = x.lineSmall[:1+copy(x.lineSmall[1:], l.starts[:l.n])]
		x.firstLine()
	} else {
		x.init(src)
	}
	x.setRuns(&sc.runs) // none if ASCII
}

// setRuns makes x count continuation bytes from the runs h lists, if it
// lists them all.
func (x *posIndex) setRuns(h *highRuns) {
	if h.over {
		return
	}
	x.useRuns(x.runBuf[:copy(x.runBuf[:], h.runs[:h.n])])
	x.useSegs()
}

// useRuns makes x count continuation bytes from runs, every run of bytes
// outside ASCII of src in order (see highRuns), and the current line the
// first one.
func (x *posIndex) useRuns(runs []highRun) {
	x.runs, x.sparse = runs, true
	x.firstLine()
}

// useSegs makes x answer from segs, if x counts from runs and the lines
// and runs are few enough, and reports whether it does.
func (x *posIndex) useSegs() bool {
	if !x.sparse || x.lineStarts == nil || len(x.lineStarts)+len(x.runs) > len(x.segBuf) {
		return false
	}
	x.cutSegs()
	x.seg = 0
	x.segPos(0)
	return true
}

// A posSeg is a stretch of the input from lo to the next one's start, on
// one line (1-based): [lo, hi] has no byte outside ASCII but at hi, so the
// column of an offset there is the offset less shift; the rest (hi, next
// lo) is inside the run of bytes outside ASCII that starts at hi.
type posSeg struct{ lo, hi, line, shift int32 }

// smallLines is the most lines a posIndex has room for in itself.
const smallLines = 64

// maxSegs is the most posSegs a posIndex keeps: a readout's lines and runs.
const maxSegs = 128

// cutSegs fills segs from lineStarts and runs, which fit in segBuf.
func (x *posIndex) cutSegs() {
	ls, runs := x.lineStarts, x.runs
	segs := x.segBuf[:len(ls)+len(runs)]
	n := 0
	// The next run starts at rs (j of them before it), the lines before
	// have conts continuation bytes.
	j, conts, rs := 0, int32(0), int32(math.MaxInt32)
	if len(runs) > 0 {
		rs = runs[0].start
	}
	for l, start := range ls {
		next := int32(len(x.src) + 1)
		if l+1 < len(ls) {
			next = ls[l+1]
		}
		line, lo, shift := int32(l+1), start, start-1
		for rs < next {
			segs[n] = posSeg{lo: lo, hi: rs, line: line, shift: shift}
			n++
			r := &runs[j]
			shift += r.after - conts
			lo, conts = r.end, r.after
			if j++; j < len(runs) {
				rs = runs[j].start
			} else {
				rs = math.MaxInt32
			}
		}
		segs[n] = posSeg{lo: lo, hi: next - 1, line: line, shift: shift}
		n++
	}
	x.segs = segs[:n]
}

// posBlock is the span of src one entry of posIndex.conts covers.
const posBlock = 32

// lineBlock is the span of src one entry of posIndex.lineEnds covers.
const lineBlock = 128

// denseLine is the average line length from which posIndex keeps every
// line's start: at most an int32 every 32 bytes, as the continuation table.
const denseLine = 32

func newPosIndex(src string) *posIndex {
	x := &posIndex{}
	x.init(src)
	return x
}

// init makes x the index of src.
func (x *posIndex) init(src string) {
	lines := strings.Count(src, "\n") + 1
	cr := strings.IndexByte(src, '\r') >= 0
	if cr {
		lines += strings.Count(src, "\r")
	}
	x.build(src, cr, lines, lines <= len(x.lineSmall) || lines <= len(src)/denseLine)
}

// build makes x the index of src, which has at most lines lines and a "\r"
// if cr, with a table of line starts if starts, else of line ends.
func (x *posIndex) build(src string, cr bool, lines int, starts bool) {
	x.posState = posState{src: src, cr: cr, gapLo: len(src) + 1, gapHi: len(src) + 1}
	if starts {
		x.initStarts(lines)
	} else {
		x.initEnds()
	}
	x.firstLine()
}

// initStarts fills lineStarts, for at most lines lines.
func (x *posIndex) initStarts(lines int) {
	src := x.src
	x.lineSmall[0] = 0
	starts := x.lineSmall[:1]
	if lines > len(x.lineSmall) {
		starts = make([]int32, 1, lines)
	}
	if !x.cr {
		// The usual case: "\n" line ends, found with IndexByte.
		for i := 0; ; {
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			starts = append(starts, int32(i))
		}
	} else {
		for i := 0; i < len(src); i++ {
			if x.isEnd(i) {
				starts = append(starts, int32(i+1))
			}
		}
	}
	x.lineStarts = starts
}

// initEnds fills lineEnds.
func (x *posIndex) initEnds() {
	src := x.src
	n := len(src)/lineBlock + 1
	x.lineEnds = x.lineSmall[:0]
	if n > len(x.lineSmall) {
		x.lineEnds = make([]int32, 0, n)
	}
	c := int32(0)
	x.lineEnds = append(x.lineEnds, 0)
	for a := 0; a+lineBlock <= len(src); a += lineBlock {
		c += int32(x.countEnds(a, a+lineBlock))
		x.lineEnds = append(x.lineEnds, c)
	}
}

// isEnd reports whether src[i] ends a line: "\n", or "\r" not before "\n".
func (x *posIndex) isEnd(i int) bool {
	s := x.src
	return s[i] == '\n' || s[i] == '\r' && (i+1 == len(s) || s[i+1] != '\n')
}

// countEnds returns the number of line ends in src[a:b].
func (x *posIndex) countEnds(a, b int) int {
	if !x.cr {
		return strings.Count(x.src[a:b], "\n")
	}
	n := 0
	for i := a; i < b; i++ {
		if x.isEnd(i) {
			n++
		}
	}
	return n
}

// lastEnd returns the offset of the last line end in src[a:b], or -1.
func (x *posIndex) lastEnd(a, b int) int {
	if !x.cr {
		if i := strings.LastIndexByte(x.src[a:b], '\n'); i >= 0 {
			return a + i
		}
		return -1
	}
	for i := b - 1; i >= a; i-- {
		if x.isEnd(i) {
			return i
		}
	}
	return -1
}

// firstEnd returns the offset of the first line end in src[a:b], or -1.
func (x *posIndex) firstEnd(a, b int) int {
	if !x.cr {
		if i := strings.IndexByte(x.src[a:b], '\n'); i >= 0 {
			return a + i
		}
		return -1
	}
	for i := a; i < b; i++ {
		if x.isEnd(i) {
			return i
		}
	}
	return -1
}

// blockEnd returns the end of the line block that starts at a.
func (x *posIndex) blockEnd(a int) int { return min(a+lineBlock, len(x.src)) }

// pos returns the position of byte offset off (clamped to the input).
// The input before off must be UTF-8, as Text checks it is.
func (x *posIndex) pos(off int) readout.Pos {
	// On the current line, in the stretch without continuation bytes
	// (most offsets: spans are asked for in nearly increasing order,
	// most of them on one line), at once; posSlow for the rest.
	if uint(off-x.fastLo) < x.fastLen {
		return readout.Pos{Offset: int32(off), Line: x.fastLine, Column: int32(off - x.fastShift)}
	}
	return x.posSlow(off)
}

// span returns the span from offset start to offset end: pos of each,
// the common case written out.
func (x *posIndex) span(start, end int) readout.Span {
	var s readout.Span
	if uint(start-x.fastLo) < x.fastLen {
		s.Start = readout.Pos{Offset: int32(start), Line: x.fastLine, Column: int32(start - x.fastShift)}
	} else {
		s.Start = x.posSlow(start)
	}
	if uint(end-x.fastLo) < x.fastLen {
		s.End = readout.Pos{Offset: int32(end), Line: x.fastLine, Column: int32(end - x.fastShift)}
	} else {
		s.End = x.posSlow(end)
	}
	return s
}

// posSlow is pos, for any offset.
func (x *posIndex) posSlow(off int) readout.Pos {
	if uint(off) > uint(len(x.src)) {
		off = max(0, min(off, len(x.src)))
	}
	if x.segs != nil {
		return x.segPos(off)
	}
	if off < x.lineStart || off >= x.nextStart {
		x.findLine(off)
	}
	start := x.lineStart
	var col int
	if uint(off-x.gapLo) <= uint(x.gapHi-x.gapLo) {
		col = 1 + off - start - (x.gapConts - x.lineConts)
	} else if off < len(x.src) && x.src[off]&0xc0 == 0x80 {
		if p := runeStartBefore(x.src, off); p >= 0 {
			// Inside the rune at p (not an offset a span has): its
			// bytes before off count one each, as
			// utf8.RuneCountInString counts them.
			ps := x.posSlow(p)
			ps.Offset, ps.Column = int32(off), ps.Column+int32(off-p)
			return ps
		}
		// A stray byte after whole runes.
		col = 1 + off - start - (x.contsBefore(off) - x.lineConts)
	} else if x.sparse {
		col = 1 + off - start - (x.runContsBefore(off) - x.lineConts)
	} else {
		// Dense text (Japanese): the stretches without continuation
		// bytes are a block at most, rarely asked for again; pos does
		// not look at them first.
		return readout.Pos{Offset: int32(off), Line: int32(x.line + 1), Column: int32(1 + off - start - (x.tableContsBefore(off) - x.lineConts))}
	}
	x.setFast()
	return readout.Pos{Offset: int32(off), Line: int32(x.line + 1), Column: int32(col)}
}

// segPos is posSlow with segs: the segment holding off, among the next
// few after the last one found (spans are asked for in nearly increasing
// order), else by binary search.
func (x *posIndex) segPos(off int) readout.Pos {
	segs := x.segs
	o := int32(off)
	// segs[lo].lo <= o < segs[hi].lo (hi == len(segs): the end).
	lo, hi := 0, len(segs)
	if k := x.seg; o >= segs[k].lo {
		lo = k
		for range 4 {
			if lo+1 == len(segs) || segs[lo+1].lo > o {
				hi = lo + 1
				break
			}
			lo++
		}
	} else {
		hi = k
	}
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if segs[m].lo <= o {
			lo = m
		} else {
			hi = m
		}
	}
	s := segs[lo]
	x.seg = lo
	x.fastLo, x.fastLen, x.fastLine, x.fastShift = int(s.lo), uint(s.hi-s.lo+1), s.line, int(s.shift)
	col := o - s.shift
	if o > s.hi {
		// Inside the run at hi (a rune's start or not): its runes
		// counted as utf8.RuneCountInString does, at most maxRunLen
		// bytes.
		col = s.hi - s.shift + int32(utf8.RuneCountInString(x.src[s.hi:off]))
	}
	return readout.Pos{Offset: o, Line: s.line, Column: col}
}

// firstLine makes the first line the current one.
func (x *posIndex) firstLine() {
	x.setLine(0, 0, x.nextLineStart(0, 0))
	x.setFast()
}

// setFast makes the offsets on the current line in the stretch without
// continuation bytes the ones pos answers at once.
func (x *posIndex) setFast() {
	lo, hi := max(x.lineStart, x.gapLo), min(x.nextStart-1, x.gapHi)
	x.fastLo, x.fastLen = lo, 0
	if lo <= hi {
		x.fastLen = uint(hi - lo + 1)
	}
	x.fastLine = int32(x.line + 1)
	x.fastShift = x.lineStart + x.gapConts - x.lineConts - 1
}

// runeStartBefore returns where the rune that the continuation byte at off
// is inside of starts: the lead byte of at most three bytes before it,
// whose sequence reaches past off; else -1 (a stray byte after whole
// runes).
func runeStartBefore(s string, off int) int {
	for p := off - 1; p >= 0 && p >= off-3; p-- {
		c := s[p]
		if c&0xc0 == 0x80 {
			continue
		}
		size := 2
		switch {
		case c < 0xc0:
			return -1 // ASCII
		case c >= 0xf0:
			size = 4
		case c >= 0xe0:
			size = 3
		}
		if off-p < size {
			return p
		}
		return -1
	}
	return -1
}

// findLine makes the line holding offset off the current one.
func (x *posIndex) findLine(off int) {
	if x.lineStarts != nil {
		x.findStart(off)
		return
	}
	if off >= x.nextStart && x.nextStart <= len(x.src) {
		// The next line, found from its start within a block or two
		// (a scan as far as off would be long on a long line).
		if next := x.nextLineStart(x.nextStart, x.line+1); off < next {
			x.setLine(x.line+1, x.nextStart, next)
			return
		}
	}
	// The line is the count of line ends before off.
	k := off / lineBlock
	a := k * lineBlock
	c := int(x.lineEnds[k]) + x.countEnds(a, off)
	start := 0
	switch {
	case c > int(x.lineEnds[k]):
		start = x.lastEnd(a, off) + 1
	case c > 0:
		// The line starts before block k: after the last line end of
		// the last block j < k with fewer than c before it.
		lo, hi := 0, k // lineEnds[lo] < c <= lineEnds[hi]
		for hi-lo > 1 {
			m := int(uint(lo+hi) >> 1)
			if int(x.lineEnds[m]) < c {
				lo = m
			} else {
				hi = m
			}
		}
		start = x.lastEnd(lo*lineBlock, x.blockEnd(lo*lineBlock)) + 1
	}
	x.setLine(c, start, x.nextLineStart(off, c))
}

// findStart is findLine with lineStarts: from the current line, forward or
// back in steps that double, then by binary search between the last two
// (a few steps for the next lines, at most twice a binary search for any).
func (x *posIndex) findStart(off int) {
	ls := x.lineStarts
	// ls[lo] <= off < ls[hi] (hi == len(ls): the end).
	var lo, hi int
	if off >= x.nextStart {
		lo = x.line + 1
		for step := 1; ; step <<= 1 {
			if hi = lo + step; hi >= len(ls) {
				hi = len(ls)
				break
			}
			if int(ls[hi]) > off {
				break
			}
			lo = hi
		}
	} else {
		hi = x.line
		for step := 1; ; step <<= 1 {
			if lo = hi - step; lo <= 0 {
				lo = 0
				break
			}
			if int(ls[lo]) <= off {
				break
			}
			hi = lo
		}
	}
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if int(ls[m]) <= off {
			lo = m
		} else {
			hi = m
		}
	}
	next := len(x.src) + 1
	if hi < len(ls) {
		next = int(ls[hi])
	}
	x.setLine(lo, int(ls[lo]), next)
}

// nextLineStart returns where the line after line c starts, searching from
// offset from on line c: len(src)+1 when c is the last line.
func (x *posIndex) nextLineStart(from, c int) int {
	if x.lineStarts != nil {
		if c+1 < len(x.lineStarts) {
			return int(x.lineStarts[c+1])
		}
		return len(x.src) + 1
	}
	// In the rest of from's block.
	a := from / lineBlock * lineBlock
	if i := x.firstEnd(from, x.blockEnd(a)); i >= 0 {
		return i + 1
	}
	// The first block with more than c line ends before its end.
	k := from/lineBlock + 1
	if k >= len(x.lineEnds) || int(x.lineEnds[len(x.lineEnds)-1]) <= c {
		// Not among the full blocks: in the tail after them, if anywhere.
		tail := (len(x.lineEnds) - 1) * lineBlock
		if i := x.firstEnd(max(tail, from), len(x.src)); i >= 0 {
			return i + 1
		}
		return len(x.src) + 1
	}
	lo, hi := k-1, len(x.lineEnds)-1 // lineEnds[lo] <= c < lineEnds[hi]
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if int(x.lineEnds[m]) <= c {
			lo = m
		} else {
			hi = m
		}
	}
	return x.firstEnd(lo*lineBlock, x.blockEnd(lo*lineBlock)) + 1
}

// setLine makes line l, from start to the next line's start next, the
// line of the last position asked for.
func (x *posIndex) setLine(l, start, next int) {
	x.line, x.lineStart, x.nextStart = l, start, next
	x.lineConts = 0
	if start > 0 {
		x.lineConts = x.contsBefore(start)
	}
}

// contsBefore returns the number of continuation bytes in src[:off].
func (x *posIndex) contsBefore(off int) int {
	if uint(off-x.gapLo) <= uint(x.gapHi-x.gapLo) {
		return x.gapConts
	}
	if x.sparse {
		return x.runContsBefore(off)
	}
	return x.tableContsBefore(off)
}

// tableContsBefore is contsBefore counted with the table.
func (x *posIndex) tableContsBefore(off int) int {
	if x.conts == nil {
		x.fill()
	}
	k := off / posBlock
	start := k * posBlock
	if start+posBlock > len(x.src) {
		// The last block, not a whole one.
		return int(x.conts[k]) + continuationBytes(x.src[start:off])
	}
	c := x.conts[k]
	if x.conts[k+1] == c {
		// A block of ASCII (or of runes' first bytes: a gap only when
		// the next block starts a rune).
		if end := start + posBlock; end == len(x.src) || x.src[end]&0xc0 != 0x80 {
			x.gapLo, x.gapHi, x.gapConts = start, end, int(c)
		}
		return int(c)
	}
	b := x.src[start : start+posBlock]
	return int(c) + blockContsBefore(load8(b), load8(b[8:]), load8(b[16:]), load8(b[24:]), off-start)
}

// runContsBefore is contsBefore counted from the runs of bytes outside
// ASCII.
func (x *posIndex) runContsBefore(off int) int {
	runs := x.runs
	// j, the number of runs starting before off: the last one found, or
	// the one after it (positions are asked for in nearly increasing
	// order), else by binary search.
	j := x.runHint
	if !runsBefore(runs, j, off) {
		if j++; !runsBefore(runs, j, off) {
			lo, hi := 0, len(runs)
			for lo < hi {
				m := int(uint(lo+hi) >> 1)
				if int(runs[m].start) < off {
					lo = m + 1
				} else {
					hi = m
				}
			}
			j = lo
		}
		x.runHint = j
	}
	if j == 0 {
		x.gapLo, x.gapConts = 0, 0
		x.gapHi = len(x.src)
		if len(runs) > 0 {
			x.gapHi = int(runs[0].start)
		}
		return 0
	}
	r := runs[j-1]
	if off >= int(r.end) {
		x.gapLo, x.gapConts = int(r.end), int(r.after)
		x.gapHi = len(x.src)
		if j < len(runs) {
			x.gapHi = int(runs[j].start)
		}
		return int(r.after)
	}
	return int(r.after) - continuationBytes(x.src[off:r.end]) // at most maxRunLen bytes
}

// runsBefore reports whether j runs start before off.
func runsBefore(runs []highRun, j, off int) bool {
	return j <= len(runs) && (j == 0 || int(runs[j-1].start) < off) && (j == len(runs) || off <= int(runs[j].start))
}

// fill fills conts, for every whole block and the last one.
func (x *posIndex) fill() {
	n := len(x.src)/posBlock + 1
	if n <= len(x.small) {
		x.conts = x.small[:n]
	} else {
		x.conts = make([]int32, n)
	}
	conts := x.conts
	c := int32(0)
	conts[0] = 0
	src := x.src[:(n-1)*posBlock]
	for a, k := 0, 1; a < len(src) && k < len(conts); a, k = a+posBlock, k+1 {
		b := src[a : a+posBlock]
		c += int32(blockConts(load8(b), load8(b[8:]), load8(b[16:]), load8(b[24:])))
		conts[k] = c
	}
}

// contMarks has, in each byte, bit q set if byte of the same place in the
// q-th of a, b, c and d is a continuation byte: the continuation bytes of
// a block of 32, one bit each.
func contMarks(a, b, c, d uint64) uint64 {
	return (a&^(a<<1)&highBits)>>7 | (b&^(b<<1)&highBits)>>6 | (c&^(c<<1)&highBits)>>5 | (d&^(d<<1)&highBits)>>4
}

// blockConts returns the number of continuation bytes in the 32 bytes of
// a, b, c and d.
func blockConts(a, b, c, d uint64) int { return bits.OnesCount64(contMarks(a, b, c, d)) }

// blockContsBefore returns the number of continuation bytes in the first r
// (< 32) of the 32 bytes of a, b, c and d.
func blockContsBefore(a, b, c, d uint64, r int) int {
	return bits.OnesCount64(contMarks(a, b, c, d) & marksBefore[r&(posBlock-1)])
}

// marksBefore[r] selects the marks (contMarks) of the first r bytes of a
// block: byte j of word q is byte 8q+j of the block, bit q of byte j of
// the marks, so the words q < r/8 whole and the bytes j < r%8 of word r/8.
var marksBefore = func() (t [posBlock]uint64) {
	for r := range t {
		w, j := uint(r)>>3, uint(r)&7
		t[r] = (uint64(1)<<w-1)*ones8 | (uint64(1)<<w*ones8)&(uint64(1)<<(8*j)-1)
	}
	return t
}()

// ones8 has the low bit of each of eight bytes.
const ones8 = 0x0101010101010101

// contBits has a 1 in each byte of the result whose byte of v is a UTF-8
// continuation byte (10xxxxxx), else 0.
func contBits(v uint64) uint64 { return (v &^ (v << 1) & highBits) >> 7 }

// continuationBytes counts the UTF-8 continuation bytes (10xxxxxx) of s,
// eight bytes at a time.
func continuationBytes(s string) int {
	// Each byte of sum counts the continuation bytes at its place in
	// the words so far; it cannot overflow in 255 words.
	n := 0
	for len(s) >= 8 {
		var sum uint64
		for k := 0; k < 255 && len(s) >= 8; k++ {
			sum += contBits(load8(s))
			s = s[8:]
		}
		n += int((sum&0x00ff00ff00ff00ff + sum>>8&0x00ff00ff00ff00ff) * 0x0001000100010001 >> 48)
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 == 0x80 {
			n++
		}
	}
	return n
}
