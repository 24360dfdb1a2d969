package readout

import "fmt"

// checkNumbering reports gaps, duplicates and restarts in the numbers of
// the sections, and of the points within each section and statement.
func checkNumbering(ps *Problems, m *Meeting) {
	q := sequence{what: "section"}
	for _, s := range m.Sections {
		if s.Number == 0 {
			continue // an unnumbered paragraph or bullet
		}
		q.next(ps, s.Number, markerSpan(s))
	}
	for _, s := range m.Sections {
		checkPoints(ps, s.Points)
	}
	for _, s := range m.Statements {
		checkPoints(ps, s.Points)
	}
}

// markerSpan returns the span of a section's number marker ("1. "): from
// the start of the section to the start of its heading or text.
func markerSpan(s Section) Span {
	end := firstValid(s.HeadingSpan, s.TextSpan)
	if !end.IsValid() || end.Start.Offset < s.Span.Start.Offset {
		return s.Span
	}
	return Span{Start: s.Span.Start, End: end.Start}
}

func checkPoints(ps *Problems, points []SpeechPoint) {
	q := sequence{what: "point"}
	for _, p := range points {
		if p.Number == 0 {
			continue
		}
		q.next(ps, p.Number, p.Span)
	}
}

// A sequence checks that the numbers given to next count 1, 2, 3, ...;
// what names the items ("section", "point").
type sequence struct {
	what string
	seen bool // a number was given
	prev int
}

// next checks the number n of the next item, whose span is span.
func (q *sequence) next(ps *Problems, n int, span Span) {
	what, prev := q.what, q.prev
	switch {
	case !q.seen && n != 1:
		ps.Add(CodeNumbering, span, "%s numbering starts at %d, not 1", what, n)
	case !q.seen:
	case n == prev:
		ps.Add(CodeNumbering, span, "%s %d is numbered twice", what, n)
	case n == 1:
		ps.Add(CodeNumbering, span, "%s numbering restarts at 1 after %d", what, prev)
	case n < prev:
		ps.Add(CodeNumbering, span, "%s %d comes after %s %d", what, n, what, prev)
	case n > prev+1:
		ps.Add(CodeNumbering, span, "%s %d follows %d: %s missing", what, n, prev, missing(prev, n))
	}
	q.seen, q.prev = true, n
}

// missing names the numbers strictly between a and b: "3 is", "3 to 5 are".
func missing(a, b int) string {
	if b-a == 2 {
		return fmt.Sprintf("%d is", a+1)
	}
	return fmt.Sprintf("%d to %d are", a+1, b-1)
}
