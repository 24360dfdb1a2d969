package readout

import "fmt"

// checkNumbering reports gaps, duplicates and restarts in the numbers of
// the sections, and of the points within each section and statement.
func checkNumbering(ps *Problems, m *Meeting) {
	var nums []int
	var spans []Span
	for _, s := range m.Sections {
		if s.Number == 0 {
			continue // an unnumbered paragraph or bullet
		}
		nums = append(nums, s.Number)
		spans = append(spans, markerSpan(s))
	}
	checkSequence(ps, "section", nums, spans)
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
	var nums []int
	var spans []Span
	for _, p := range points {
		if p.Number == 0 {
			continue
		}
		nums = append(nums, p.Number)
		spans = append(spans, p.Span)
	}
	checkSequence(ps, "point", nums, spans)
}

// checkSequence checks that nums count 1, 2, 3, ...; what names the items
// ("section", "point"). spans[i] is the span of the item numbered nums[i].
func checkSequence(ps *Problems, what string, nums []int, spans []Span) {
	prev := 0
	for i, n := range nums {
		switch {
		case i == 0 && n != 1:
			ps.Add(CodeNumbering, spans[i], "%s numbering starts at %d, not 1", what, n)
		case i == 0:
		case n == prev:
			ps.Add(CodeNumbering, spans[i], "%s %d is numbered twice", what, n)
		case n == 1:
			ps.Add(CodeNumbering, spans[i], "%s numbering restarts at 1 after %d", what, prev)
		case n < prev:
			ps.Add(CodeNumbering, spans[i], "%s %d comes after %s %d", what, n, what, prev)
		case n > prev+1:
			ps.Add(CodeNumbering, spans[i], "%s %d follows %d: %s missing", what, n, prev, missing(prev, n))
		}
		prev = n
	}
}

// missing names the numbers strictly between a and b: "3 is", "3 to 5 are".
func missing(a, b int) string {
	if b-a == 2 {
		return fmt.Sprintf("%d is", a+1)
	}
	return fmt.Sprintf("%d to %d are", a+1, b-1)
}
