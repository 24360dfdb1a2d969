package readout_test

import (
	"strings"
	"testing"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

// largeCopies is how many times BenchmarkValidate/large repeats the seed's
// body.
const largeCopies = 100

// largeMeeting returns the seed's meeting with its sections and statements
// repeated copies times, as if the body had been written copies times one
// after another: numbers continue and spans move down the text.
func largeMeeting(tb testing.TB, copies int) *readout.Meeting {
	m, err := parse.Text(sample.English, parse.Source("embedded"))
	if err != nil {
		tb.Fatal(err)
	}
	lines := strings.Count(sample.English, "\n")
	shift := func(s readout.Span, k int) readout.Span {
		if !s.IsValid() {
			return s
		}
		dOff, dLine := int32(k*len(sample.English)), int32(k*lines)
		s.Start.Offset += dOff
		s.End.Offset += dOff
		s.Start.Line += dLine
		s.End.Line += dLine
		return s
	}
	shiftPoints := func(ps []readout.SpeechPoint, k int) []readout.SpeechPoint {
		out := make([]readout.SpeechPoint, len(ps))
		for i, p := range ps {
			p.Span = shift(p.Span, k)
			out[i] = p
		}
		return out
	}
	sections, statements := m.Sections, m.Statements
	m.Sections, m.Statements = nil, nil
	for k := range copies {
		for _, s := range sections {
			if s.Number != 0 {
				s.Number += k * len(sections)
			}
			s.Span, s.HeadingSpan, s.TextSpan = shift(s.Span, k), shift(s.HeadingSpan, k), shift(s.TextSpan, k)
			s.Points = shiftPoints(s.Points, k)
			m.Sections = append(m.Sections, s)
		}
		for _, s := range statements {
			if s.Section != 0 {
				s.Section += k * len(sections)
			}
			s.Span = shift(s.Span, k)
			s.Points = shiftPoints(s.Points, k)
			m.Statements = append(m.Statements, s)
		}
	}
	return m
}

// hostileMeeting returns a meeting whose one section's text is n opening
// brackets.
func hostileMeeting(n int) *readout.Meeting {
	text := strings.Repeat("(", n)
	return &readout.Meeting{Sections: []readout.Section{{
		Text:     text,
		TextSpan: readout.Span{Start: readout.Pos{Line: 1, Column: 1}, End: readout.Pos{Offset: int32(n), Line: 1, Column: int32(n + 1)}},
	}}}
}

var sinkProblems readout.Problems

// BenchmarkValidate validates the parsed English seed, a meeting with the
// seed's body written 100 times, and a section of 1 MB of "(".
func BenchmarkValidate(b *testing.B) {
	seed, err := parse.Text(sample.English, parse.Source("embedded"))
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct {
		name string
		m    *readout.Meeting
	}{
		{"seed", seed},
		{"large", largeMeeting(b, largeCopies)},
		{"hostile", hostileMeeting(1 << 20)},
	} {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkProblems = readout.Validate(in.m)
			}
		})
	}
}
