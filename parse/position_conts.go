package parse

import (
	"math/bits"
)

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

// posBlock is the span of src one entry of posIndex.conts covers.
const posBlock = 32

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
