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
	lineStarts []int // offsets of the first byte of each line

	// cache of the last position computed
	lastLine, lastOff, lastCol int
}

func newPosIndex(src string) *posIndex {
	var starts []int
	if strings.IndexByte(src, '\r') < 0 {
		// The usual case: "\n" line ends, found with IndexByte.
		starts = make([]int, 1, strings.Count(src, "\n")+1)
		for i := 0; ; {
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			starts = append(starts, i)
		}
	} else {
		starts = make([]int, 1, strings.Count(src, "\n")+strings.Count(src, "\r")+1)
		for i := 0; i < len(src); i++ {
			if src[i] == '\n' || (src[i] == '\r' && (i+1 == len(src) || src[i+1] != '\n')) {
				starts = append(starts, i+1)
			}
		}
	}
	return &posIndex{src: src, lineStarts: starts, lastLine: -1}
}

// pos returns the position of byte offset off (clamped to the input).
func (x *posIndex) pos(off int) readout.Pos {
	off = max(0, min(off, len(x.src)))
	line := x.lastLine
	if line < 0 || off < x.lineStarts[line] || (line+1 < len(x.lineStarts) && off >= x.lineStarts[line+1]) {
		line = sort.Search(len(x.lineStarts), func(i int) bool { return x.lineStarts[i] > off }) - 1
	}
	from, col := x.lineStarts[line], 1
	if line == x.lastLine && off >= x.lastOff {
		from, col = x.lastOff, x.lastCol
	}
	col += utf8.RuneCountInString(x.src[from:off])
	x.lastLine, x.lastOff, x.lastCol = line, off, col
	return readout.Pos{Offset: off, Line: line + 1, Column: col}
}
