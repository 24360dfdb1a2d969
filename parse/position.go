package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// A posIndex turns byte offsets of the original input into readout.Pos
// values (1-based line, 1-based rune column). A column is the byte count
// from the line's start less the UTF-8 continuation bytes in between, and
// those are counted with the help of a table of their running count at
// every 32nd byte, filled as far as the offsets asked for. So any offset
// costs at most a partial block of 32 bytes after the table, in any order,
// even on one very long line. Input known to be ASCII needs no table.
type posIndex struct {
	src        string
	lineStarts []int32 // offsets of the first byte of each line (the input is at most MaxInputBytes)
	lastLine   int     // the line of the last position asked for
	lineConts  int     // contsBefore(lineStarts[lastLine])
	ascii      bool    // src is all ASCII (Text's scan says): a column is a byte count

	// conts[k] is the number of continuation bytes in src[:k*posBlock],
	// for the blocks filled so far (small holds them for short inputs);
	// int32, as the input is at most MaxInputBytes.
	conts []int32
	small [192]int32
}

// posBlock is the span of src one entry of posIndex.conts covers.
const posBlock = 32

func newPosIndex(src string) *posIndex {
	x := &posIndex{}
	x.init(src)
	return x
}

// init makes x the index of src.
func (x *posIndex) init(src string) {
	var starts []int32
	if strings.IndexByte(src, '\r') < 0 {
		// The usual case: "\n" line ends, found with IndexByte.
		starts = make([]int32, 1, strings.Count(src, "\n")+1)
		for i := 0; ; {
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			starts = append(starts, int32(i))
		}
	} else {
		starts = make([]int32, 1, strings.Count(src, "\n")+strings.Count(src, "\r")+1)
		for i := 0; i < len(src); i++ {
			if src[i] == '\n' || (src[i] == '\r' && (i+1 == len(src) || src[i+1] != '\n')) {
				starts = append(starts, int32(i+1))
			}
		}
	}
	*x = posIndex{src: src, lineStarts: starts}
	x.conts = x.small[:0]
	x.lineConts = x.contsBefore(0)
}

// pos returns the position of byte offset off (clamped to the input).
// The input before off must be UTF-8, as Text checks it is.
func (x *posIndex) pos(off int) readout.Pos {
	off = max(0, min(off, len(x.src)))
	line := x.line(off)
	start := int(x.lineStarts[line])
	var col int
	if x.ascii {
		col = 1 + off - start
	} else if off < len(x.src) && x.src[off]&0xc0 == 0x80 {
		// Inside a rune (not an offset a span has): count runes as
		// utf8.RuneCountInString does, its bytes one each.
		col = 1 + utf8.RuneCountInString(x.src[start:off])
	} else {
		col = 1 + off - start - (x.contsBefore(off) - x.lineConts)
	}
	return readout.Pos{Offset: int32(off), Line: int32(line + 1), Column: int32(col)}
}

// line returns the index of the line holding offset off: the last line
// asked for or the next when possible, else by binary search.
func (x *posIndex) line(off int) int {
	ls := x.lineStarts
	l := x.lastLine
	if off >= int(ls[l]) {
		if l+1 == len(ls) || off < int(ls[l+1]) {
			return l
		}
		if l+2 == len(ls) || off < int(ls[l+2]) {
			return x.setLine(l + 1)
		}
	}
	// The last line starting at or before off.
	lo, hi := 0, len(ls)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if int(ls[m]) <= off {
			lo = m
		} else {
			hi = m
		}
	}
	return x.setLine(lo)
}

// setLine makes l the line of the last position asked for.
func (x *posIndex) setLine(l int) int {
	x.lastLine = l
	if !x.ascii {
		x.lineConts = x.contsBefore(int(x.lineStarts[l]))
	}
	return l
}

// contsBefore returns the number of continuation bytes in src[:off].
func (x *posIndex) contsBefore(off int) int {
	k := off / posBlock
	if len(x.conts) <= k {
		x.fill(k)
	}
	start := k * posBlock
	if start+posBlock > len(x.src) {
		return int(x.conts[k]) + continuationBytes(x.src[start:off]) // the last block
	}
	// The words of the block before off, the one that off is in masked
	// to the bytes before it.
	b := x.src[start : start+posBlock]
	var sum uint64
	for q, r := 0, off-start; r > 0; q, r = q+8, r-8 {
		v := contBits(load8(b[q:]))
		if r < 8 {
			v &= 1<<(8*r) - 1
		}
		sum += v
	}
	return int(x.conts[k]) + int(sum*ones8>>56) // at most 31
}

// fill fills conts up to conts[k].
func (x *posIndex) fill(k int) {
	if cap(x.conts) <= k {
		x.conts = append(make([]int32, 0, len(x.src)/posBlock+1), x.conts...)
	}
	n := len(x.conts)
	c := int32(0)
	if n == 0 {
		x.conts = append(x.conts, 0)
		n = 1
	} else {
		c = x.conts[n-1]
	}
	for ; n <= k; n++ {
		b := x.src[(n-1)*posBlock : n*posBlock]
		sum := contBits(load8(b)) + contBits(load8(b[8:])) + contBits(load8(b[16:])) + contBits(load8(b[24:]))
		c += int32(sum * ones8 >> 56) // at most 32
		x.conts = append(x.conts, c)
	}
}

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
