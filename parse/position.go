package parse

import (
	"strings"

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

// smallLines is the most lines a posIndex has room for in itself.
const smallLines = 64

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
