package readout

import "unicode/utf8"

// A textCursor turns byte offsets inside a value read from the text into
// positions in the text, from the position of the value's start. A value
// may run over several lines; lines end as in the parser: at "\n", or at a
// "\r" not followed by "\n". Offsets asked for in increasing order cost time
// linear in the value; going back restarts from the value's start.
type textCursor struct {
	text string
	base Pos // the position of text[0]; zero when unknown
	i    int // the offset cur is the position of
	cur  Pos
}

// at returns the position of byte offset i of the value, or the zero Pos
// when the value's position is unknown.
func (c *textCursor) at(i int) Pos {
	if !c.base.IsValid() {
		return Pos{}
	}
	i = max(0, min(i, len(c.text)))
	if i < c.i {
		c.i, c.cur = 0, c.base
	}
	for c.i < i {
		r, size := utf8.DecodeRuneInString(c.text[c.i:])
		switch {
		case r == '\n' || (r == '\r' && (c.i+1 == len(c.text) || c.text[c.i+1] != '\n')):
			c.cur.Line++
			c.cur.Column = 1
		default:
			c.cur.Column++
		}
		c.i += size
		c.cur.Offset += int32(size)
	}
	return c.cur
}
