package parse

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// A posIndex turns byte offsets of the original input into readout.Pos
// values (1-based line, 1-based rune column). Columns are counted from the
// last position asked for when possible, so that the usual pattern — spans
// made in increasing order — costs time linear in the input, even for one
// very long line.
type posIndex struct {
	src        string
	lineStarts []int32 // offsets of the first byte of each line (the input is at most MaxInputBytes)

	// cache of the last position computed
	lastLine, lastOff, lastCol int

	// The bytes of line aLine from its start to aTo are ASCII, so a
	// column before aTo is a byte count; aStop says that aTo is the
	// line's first byte outside ASCII. Kept for one line at a time, and
	// found no further than the offsets asked for.
	aLine, aTo int
	aStop      bool
}

func newPosIndex(src string) *posIndex {
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
	return &posIndex{src: src, lineStarts: starts, lastLine: -1, aLine: -1}
}

// pos returns the position of byte offset off (clamped to the input).
func (x *posIndex) pos(off int) readout.Pos {
	off = max(0, min(off, len(x.src)))
	line := x.lastLine
	if line < 0 || off < int(x.lineStarts[line]) || (line+1 < len(x.lineStarts) && off >= int(x.lineStarts[line+1])) {
		line = sort.Search(len(x.lineStarts), func(i int) bool { return int(x.lineStarts[i]) > off }) - 1
	}
	start := int(x.lineStarts[line])
	if line != x.aLine {
		x.aLine, x.aTo, x.aStop = line, start, false
	}
	if !x.aStop && x.aTo < off {
		k := x.aTo
		for k < off && x.src[k] < utf8.RuneSelf {
			k++
		}
		x.aTo, x.aStop = k, k < off
	}
	var col int
	switch {
	case off <= x.aTo:
		col = 1 + off - start
	case line == x.lastLine && off >= x.lastOff && x.lastOff >= x.aTo:
		col = x.lastCol + utf8.RuneCountInString(x.src[x.lastOff:off])
	default:
		col = 1 + x.aTo - start + utf8.RuneCountInString(x.src[x.aTo:off])
	}
	x.lastLine, x.lastOff, x.lastCol = line, off, col
	return readout.Pos{Offset: int32(off), Line: int32(line + 1), Column: int32(col)}
}
