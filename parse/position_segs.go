package parse

import (
	"math"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

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
