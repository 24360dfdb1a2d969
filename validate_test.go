package readout_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
)

var principal = readout.Participant{Name: "HAYASHI Yoshimasa", Title: "Minister for Foreign Affairs of Japan", Country: "Japan", Role: readout.RolePrincipal}

func TestValidateNumbering(t *testing.T) {
	sections := func(nums ...int) []readout.Section {
		var out []readout.Section
		for i, n := range nums {
			out = append(out, readout.Section{Number: n, Span: readout.Span{Start: readout.Pos{Offset: int32(i * 10), Line: int32(i + 1), Column: 1}}})
		}
		return out
	}
	points := func(nums ...int) []readout.Section {
		var pts []readout.SpeechPoint
		for _, n := range nums {
			pts = append(pts, readout.SpeechPoint{Number: n})
		}
		return []readout.Section{{Number: 1, Points: pts}}
	}
	tests := []struct {
		reason   string
		sections []readout.Section
		want     []string
	}{
		{"1, 2, 3 is right", sections(1, 2, 3), nil},
		{"unnumbered paragraphs are left out", sections(0, 1, 0, 2), nil},
		{"a gap", sections(1, 2, 4), []string{"numbering: section 4 follows 2: 3 is missing"}},
		{"a wider gap", sections(1, 5), []string{"numbering: section 5 follows 1: 2 to 4 are missing"}},
		{"a duplicate", sections(1, 2, 2, 3), []string{"numbering: section 2 is numbered twice"}},
		{"a restart (corpus en/003)", sections(1, 2, 1), []string{"numbering: section numbering restarts at 1 after 2"}},
		{"out of order", sections(1, 3, 2), []string{"numbering: section 3 follows 1: 2 is missing", "numbering: section 2 comes after section 3"}},
		{"starting at 2", sections(2, 3), []string{"numbering: section numbering starts at 2, not 1"}},
		{"points with a gap", points(1, 2, 4), []string{"numbering: point 4 follows 2: 3 is missing"}},
		{"points restarting", points(1, 2, 1, 2), []string{"numbering: point numbering restarts at 1 after 2"}},
	}
	for _, tt := range tests {
		m := &readout.Meeting{Sections: tt.sections, Participants: []readout.Participant{principal}}
		if diff := cmp.Diff(tt.want, summary(readout.Validate(m))); diff != "" {
			t.Errorf("%s: problems mismatch (-want +got):\n%s", tt.reason, diff)
		}
	}
}

func TestValidateParticipants(t *testing.T) {
	tests := []struct {
		reason string
		people []readout.Participant
		want   []string
	}{
		{"a complete principal", []readout.Participant{principal}, nil},
		{"no one", nil, []string{"no-principal: no participant is the principal (the Japanese official the readout is about)"}},
		{"only a counterpart", []readout.Participant{{Name: "Antony Blinken", Title: "Secretary of State", Country: "United States", Role: readout.RoleCounterpart}},
			[]string{"no-principal: no participant is the principal (the Japanese official the readout is about)"}},
		{"a counterpart with no title or country", []readout.Participant{principal, {Name: "Frank Jannuzi", Role: readout.RoleCounterpart}},
			[]string{"participant-incomplete: the text gives no title or country for counterpart Frank Jannuzi"}},
		{"an official of an organisation has no country", []readout.Participant{principal, {Name: "Stoltenberg", Title: "Secretary-General", Organization: "NATO", Role: readout.RoleCounterpart}}, nil},
		{"an unnamed principal", []readout.Participant{{Title: "Prime Minister", Country: "Japan", Role: readout.RolePrincipal}},
			[]string{"participant-incomplete: the text gives no name for the principal"}},
		{"people only mentioned are not checked", []readout.Participant{principal, {Name: "KULEBA", Role: readout.RoleMentioned}}, nil},
	}
	for _, tt := range tests {
		m := &readout.Meeting{Participants: tt.people}
		if diff := cmp.Diff(tt.want, summary(readout.Validate(m))); diff != "" {
			t.Errorf("%s: problems mismatch (-want +got):\n%s", tt.reason, diff)
		}
	}
}

func TestValidateUnparsed(t *testing.T) {
	m := &readout.Meeting{Participants: []readout.Participant{principal}, Unparsed: []readout.Fragment{
		{Text: "Related Link", Reason: "page furniture", Span: someSpan},
		{Text: strings.Repeat("x", 100)},
	}}
	want := []string{
		`unparsed: not understood: "` + strings.Repeat("x", 60) + `…"`,
		`unparsed: page furniture: "Related Link"`,
	}
	if diff := cmp.Diff(want, summary(readout.Validate(m))); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", diff)
	}
}

// located lists problems as "code line:col-line:col message".
func located(ps readout.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Code+" "+p.Span.String()+" "+p.Message)
	}
	return out
}

func TestValidateText(t *testing.T) {
	tests := []struct {
		reason string
		text   string
		want   []string
	}{
		{"clean text", "Japan welcomes the efforts (FOIP) of “Free and Open Indo-Pacific”. Russia’s act, etc., U.S., and so on.", nil},
		{"a doubled comma, as in the seed", "against Ukraine, , the security",
			[]string{`text-doubled-punctuation 3:20-3:23 doubled punctuation ", ,"`}},
		{"two commas together", "Japan,, and", []string{`text-doubled-punctuation 3:10-3:12 doubled punctuation ",,"`}},
		{"a comma before a full stop", "the end,.", []string{`text-doubled-punctuation 3:12-3:14 doubled punctuation ",."`}},
		{"Japanese doubled 、", "日本、、米国", []string{`text-doubled-punctuation 3:7-3:9 doubled punctuation "、、"`}},
		{"a doubled word", "He said the the leaders", []string{`text-doubled-word 3:13-3:20 word written twice "the the"`}},
		{"a doubled word at a sentence start", "The the leaders", []string{`text-doubled-word 3:5-3:12 word written twice "The the"`}},
		{"that that and had had are English", "He said that that was so. It had had effect.", nil},
		{"a place name", "in Bora Bora today", nil},
		{"numbers are not words", "in 1 1 case", nil},
		{"a word ending a line and starting the next", "Summit meeting\nMeeting of", nil},
		{"an unclosed bracket", "partners (Japan, Australia", []string{`text-unbalanced 3:14-3:15 "(" is not closed`}},
		{"a closing bracket with no opening", "Japan) and", []string{`text-unbalanced 3:10-3:11 ")" closes no "("`}},
		{"a list marker is not a bracket", "a) first; 2) second", nil},
		{"a wrong closing mark", "the “Free and Open (Indo-Pacific” plan)", []string{`text-unbalanced 3:24-3:25 "(" is not closed before "”"`, `text-unbalanced 3:43-3:44 ")" closes no "("`}},
		{"an odd number of straight quotes (corpus en/010)", `a "Mutually Beneficial Relationship”`,
			[]string{`text-unbalanced 3:7-3:8 "\"" is not closed (odd number of straight quotation marks)`, `text-unbalanced 3:40-3:41 "”" closes no "“"`}},
		{"Japanese brackets", "「自由で開かれたインド太平洋」のため「", []string{`text-unbalanced 3:23-3:24 "「" is not closed`}},
		{"a space before a comma", "Minister Abe , and", []string{`text-space-before-punctuation 3:17-3:19 space before ","`}},
		{"spaces before a full stop", "was agreed  .", []string{`text-space-before-punctuation 3:15-3:18 space before "."`}},
		{"decimals, domains and ellipses", "about .5 percent, see .com or ...", nil},
		{"a multi-line value: columns restart on the next line", "first line\nsecond , line", []string{`text-space-before-punctuation 4:7-4:9 space before ","`}},
		{"columns are runes", "日本 , 米国", []string{`text-space-before-punctuation 3:7-3:9 space before ","`}},
	}
	for _, tt := range tests {
		base := readout.Pos{Offset: 100, Line: 3, Column: 5}
		m := &readout.Meeting{Participants: []readout.Participant{principal}, Sections: []readout.Section{{
			Text: tt.text, TextSpan: readout.Span{Start: base, End: readout.Pos{Offset: 100 + int32(len(tt.text)), Line: 3, Column: 99}},
		}}}
		if diff := cmp.Diff(tt.want, located(readout.Validate(m))); diff != "" {
			t.Errorf("%s: problems mismatch (-want +got):\n%s", tt.reason, diff)
		}
	}
}

// TestValidateTextOffsets checks that the byte offsets of a problem point
// at the text it is about, in the input the value came from.
func TestValidateTextOffsets(t *testing.T) {
	src := "Title\n\n  1. Japan、、米国 and the the end.\n"
	text := "Japan、、米国 and the the end."
	start := int32(strings.Index(src, text))
	m := &readout.Meeting{Participants: []readout.Participant{principal}, Sections: []readout.Section{{
		Number: 1, Text: text, Span: readout.Span{Start: readout.Pos{Offset: start - 3, Line: 3, Column: 3}},
		TextSpan: readout.Span{Start: readout.Pos{Offset: start, Line: 3, Column: 6}},
	}}}
	var got []string
	for _, p := range readout.Validate(m) {
		got = append(got, p.Span.Text(src))
	}
	want := []string{"、、", "the the"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problem texts mismatch (-want +got):\n%s", diff)
	}
}

func TestProblems(t *testing.T) {
	var zero readout.Problems
	if zero.Err() != nil {
		t.Errorf("zero Problems: Err() = %v, want nil", zero.Err())
	}
	if got := zero.Error(); got != "no problems" {
		t.Errorf("zero Problems: Error() = %q", got)
	}
	if readout.Validate(nil) != nil {
		t.Error("Validate(nil) is not nil")
	}
	var ps readout.Problems
	ps.Add(readout.CodeNumbering, readout.Span{Start: readout.Pos{Offset: 50, Line: 4, Column: 1}}, "section %d follows %d", 4, 2)
	ps.Add(readout.CodeJSTMismatch, someSpan, "stated JST 17:45, expected 16:45")
	ps.Add(readout.CodeNoPrincipal, readout.Span{}, "no principal")
	ps.Sort()
	if diff := cmp.Diff([]string{"no-principal", "jst-mismatch", "numbering"}, codesOf(ps)); diff != "" {
		t.Errorf("sorted codes mismatch (-want +got):\n%s", diff)
	}
	err := ps.Err()
	for _, tt := range []struct {
		reason string
		target error
		want   bool
	}{
		{"a code in the list", readout.ErrJSTMismatch, true},
		{"another code in the list", readout.ErrNumbering, true},
		{"a code not in the list", readout.ErrJSTDayMismatch, false},
		{"an unrelated error", errors.New("jst-mismatch"), false},
	} {
		if got := errors.Is(err, tt.target); got != tt.want {
			t.Errorf("%s: errors.Is(ps, %v) = %v, want %v", tt.reason, tt.target, got, tt.want)
		}
	}
	var p *readout.Problem
	if !errors.As(err, &p) || p.Code != readout.CodeNoPrincipal {
		t.Errorf("errors.As: got %v, want the first problem", p)
	}
	if got, want := err.Error(), "warning no-principal: no principal (and 2 more problems)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := ps.AtLeast(readout.SeverityError); len(got) != 1 || got[0].Code != readout.CodeJSTMismatch {
		t.Errorf("AtLeast(error) = %v", got)
	}
	if got := ps.Count(readout.SeverityWarning); got != 2 {
		t.Errorf("Count(warning) = %d, want 2", got)
	}
	for _, c := range readout.Codes() {
		q := &readout.Problem{Code: c}
		if !errors.Is(q, errors.Unwrap(wrapSentinel(c))) {
			t.Errorf("code %s: errors.Is does not match its sentinel", c)
		}
	}
}

// wrapSentinel finds the sentinel of a code through a problem's Is method,
// wrapped once so that errors.Unwrap gives it back.
func wrapSentinel(code string) error {
	for _, s := range []error{
		readout.ErrJSTMismatch, readout.ErrJSTDayMismatch, readout.ErrZoneUnknown, readout.ErrZoneAmbiguous,
		readout.ErrAbbreviationSeason, readout.ErrTimeInGap, readout.ErrTimeInOverlap, readout.ErrDurationImplausible,
		readout.ErrDateWeekdayMismatch, readout.ErrDateFarFromPublished, readout.ErrNumbering, readout.ErrNoPrincipal,
		readout.ErrParticipantIncomplete, readout.ErrTextDoubledPunctuation, readout.ErrTextDoubledWord,
		readout.ErrTextUnbalanced, readout.ErrTextSpaceBeforePunctuation, readout.ErrUnparsed,
	} {
		if (&readout.Problem{Code: code}).Is(s) {
			return wrapped{s}
		}
	}
	return wrapped{}
}

type wrapped struct{ err error }

func (w wrapped) Error() string { return "wrapped" }
func (w wrapped) Unwrap() error { return w.err }

func codesOf(ps readout.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

func TestSeverities(t *testing.T) {
	errorsWanted := map[string]bool{readout.CodeJSTMismatch: true, readout.CodeJSTDayMismatch: true,
		readout.CodeDateWeekdayMismatch: true, readout.CodeDurationImplausible: true}
	info := map[string]bool{readout.CodeAbbreviationSeason: true, readout.CodeParticipantIncomplete: true, readout.CodeUnparsed: true}
	for _, c := range readout.Codes() {
		want := readout.SeverityWarning
		switch {
		case errorsWanted[c]:
			want = readout.SeverityError
		case info[c]:
			want = readout.SeverityInfo
		}
		if got := readout.SeverityOf(c); got != want {
			t.Errorf("SeverityOf(%q) = %v, want %v (issue 4)", c, got, want)
		}
	}
}

// TestValidateTextCap checks that a value reports at most ten problems of
// a code, then one that counts the rest and spans them, and that hostile
// values take linear time.
func TestValidateTextCap(t *testing.T) {
	value := func(text string) *readout.Meeting {
		return &readout.Meeting{Participants: []readout.Participant{principal}, Sections: []readout.Section{{
			Text: text, TextSpan: readout.Span{Start: readout.Pos{Offset: 0, Line: 1, Column: 1}, End: readout.Pos{Offset: int32(len(text)), Line: 1, Column: int32(len(text) + 1)}},
		}}}
	}
	var want []string
	for i := range 10 {
		want = append(want, fmt.Sprintf(`text-unbalanced 1:%d-1:%d "(" is not closed`, i+1, i+2))
	}
	want = append(want, "text-unbalanced 1:11-1:1001 and 990 more of this kind in this value, not listed one by one")
	if diff := cmp.Diff(want, located(readout.Validate(value(strings.Repeat("(", 1000))))); diff != "" {
		t.Errorf("1000 \"(\": problems mismatch (-want +got):\n%s", diff)
	}

	// The first ten by position, though the check finds the "}" closing
	// nothing before the "[" left open, which come first.
	got := located(readout.Validate(value("(" + strings.Repeat("[x", 15) + strings.Repeat("}", 15) + ")")))
	want = nil
	for i := range 10 {
		want = append(want, fmt.Sprintf(`text-unbalanced 1:%d-1:%d "[" is not closed before ")"`, 2*i+2, 2*i+3))
	}
	want = append(want, "text-unbalanced 1:22-1:47 and 20 more of this kind in this value, not listed one by one")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings found out of order: problems mismatch (-want +got):\n%s", diff)
	}

	for _, tt := range []struct {
		reason string
		text   string
		want   int
	}{
		{"closing marks with none open, after many other marks open (was quadratic)", strings.Repeat("[", 1<<17) + strings.Repeat(")", 1<<17), 11},
		{"a word written many times", strings.Repeat("the ", 1<<17), 11},
		{"doubled commas", strings.Repeat(", ", 1<<17), 11},
	} {
		if got := len(readout.Validate(value(tt.text))); got != tt.want {
			t.Errorf("%s: %d problems, want %d", tt.reason, got, tt.want)
		}
	}
}
