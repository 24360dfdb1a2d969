package readout

import "fmt"

// A Pos is a position in the text a [Meeting] was parsed from.
//
// Offset is a 0-based byte offset into the original input (before any
// normalisation). Line and Column are 1-based; Column counts runes, not
// bytes, so that positions in Japanese text are the columns an editor shows.
// The zero Pos means "unknown".
//
// The fields are int32: they hold every position of an input the parser
// accepts (at most 1 GiB, parse.MaxInputBytes), and every value read from
// the text carries a Span of two Pos, 24 bytes instead of 48 with int.
type Pos struct {
	Offset int32 `json:"offset"`
	Line   int32 `json:"line"`
	Column int32 `json:"column"`
}

// IsValid reports whether p names a position (its Line is set).
func (p Pos) IsValid() bool { return p.Line > 0 }

// String returns "line:column", or "-" for the zero Pos.
func (p Pos) String() string {
	if !p.IsValid() {
		return "-"
	}
	return fmt.Sprintf("%d:%d", p.Line, p.Column)
}

// A Span is the half-open range [Start, End) of the input that a value was
// read from. Every extracted element of a [Meeting] carries one, so each
// value can be traced to its place in the text: src[s.Start.Offset:s.End.Offset]
// is the text the value was read from. The zero Span means "not from the text"
// (a value that was computed rather than read).
type Span struct {
	Start Pos `json:"start"`
	End   Pos `json:"end"`
}

// IsValid reports whether s points into the text.
func (s Span) IsValid() bool { return s.Start.IsValid() }

// Len returns the length of s in bytes.
func (s Span) Len() int { return int(s.End.Offset - s.Start.Offset) }

// Text returns the part of src that s covers, or "" if s does not lie
// inside src.
func (s Span) Text(src string) string {
	if !s.IsValid() || s.Start.Offset < 0 || int(s.End.Offset) > len(src) || s.Start.Offset > s.End.Offset {
		return ""
	}
	return src[s.Start.Offset:s.End.Offset]
}

// String returns "line:column-line:column", or "-" for the zero Span.
func (s Span) String() string {
	if !s.IsValid() {
		return "-"
	}
	return s.Start.String() + "-" + s.End.String()
}
