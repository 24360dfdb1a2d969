package readout_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
)

func TestErrorWithPosition(t *testing.T) {
	at := func(src, sub string, line, col int32) readout.Span {
		i := int32(strings.Index(src, sub))
		return readout.Span{Start: readout.Pos{Offset: i, Line: line, Column: col}, End: readout.Pos{Offset: i + int32(len(sub)), Line: line, Column: col + int32(len([]rune(sub)))}}
	}
	long := strings.Repeat("a", 100) + " Ukraine, , the " + strings.Repeat("b", 100)
	tests := []struct {
		reason string
		src    string
		p      readout.Problem
		want   string
	}{
		{
			reason: "a short line, with the source name",
			src:    "Title\nJapan ,  and Korea\n",
			p:      readout.Problem{Code: "text-space-before-punctuation", Severity: readout.SeverityWarning, Message: `space before ","`, Source: "a.txt", Span: at("Title\nJapan ,  and Korea\n", " ,", 2, 6)},
			want: "a.txt:2:6: warning text-space-before-punctuation: space before \",\"\n" +
				"    2 | Japan ,  and Korea\n" +
				"      |      ^^",
		},
		{
			reason: "full-width characters take two columns",
			src:    "日本、、米国",
			p:      readout.Problem{Code: "text-doubled-punctuation", Message: "m", Span: at("日本、、米国", "、、", 1, 3)},
			want: "1:3: info text-doubled-punctuation: m\n" +
				"    1 | 日本、、米国\n" +
				"      |     ^^^^",
		},
		{
			reason: "tabs are kept so the carets line up",
			src:    "\tx ,",
			p:      readout.Problem{Code: "c", Message: "m", Span: at("\tx ,", " ,", 1, 3)},
			want:   "1:3: info c: m\n    1 | \tx ,\n      | \t ^^",
		},
		{
			reason: "a long line is cut around the span",
			src:    long,
			p:      readout.Problem{Code: "c", Message: "m", Span: at(long, ", ,", 1, 109)},
			want: "1:109: info c: m\n" +
				"    1 | …" + strings.Repeat("a", 32) + " Ukraine, , the " + strings.Repeat("b", 35) + "…\n" +
				"      |  " + strings.Repeat(" ", 40) + "^^^",
		},
		{
			reason: "a long span shows its start, cut",
			src:    strings.Repeat("x", 100),
			p:      readout.Problem{Code: "c", Message: "m", Span: readout.Span{Start: readout.Pos{Offset: 0, Line: 1, Column: 1}, End: readout.Pos{Offset: 100, Line: 1, Column: 101}}},
			want:   "1:1: info c: m\n    1 | " + strings.Repeat("x", 80) + "…\n      | " + strings.Repeat("^", 80),
		},
		{
			reason: "a span over two lines is underlined to the end of the first",
			src:    "ab\ncd",
			p:      readout.Problem{Code: "c", Message: "m", Span: readout.Span{Start: readout.Pos{Offset: 1, Line: 1, Column: 2}, End: readout.Pos{Offset: 4, Line: 2, Column: 2}}},
			want:   "1:2: info c: m\n    1 | ab\n      |  ^",
		},
		{
			reason: "no span: the error line alone",
			src:    "abc",
			p:      readout.Problem{Code: "no-principal", Severity: readout.SeverityWarning, Message: "m"},
			want:   "warning no-principal: m",
		},
		{
			reason: "a span outside the source: the error line alone",
			src:    "abc",
			p:      readout.Problem{Code: "c", Message: "m", Span: readout.Span{Start: readout.Pos{Offset: 10, Line: 1, Column: 11}}},
			want:   "1:11: info c: m",
		},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.p.ErrorWithPosition(tt.src)); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.reason, diff)
		}
	}
}

// FuzzErrorWithPosition checks that rendering never panics, whatever the
// span and the source.
func FuzzErrorWithPosition(f *testing.F) {
	f.Add("against Ukraine, , the", 15, 18)
	f.Add("日本、、米国", 6, 12)
	f.Add("a\r\nb", 2, 1)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, src string, start, end int) {
		p := readout.Problem{Code: "c", Span: readout.Span{Start: readout.Pos{Offset: int32(start), Line: 1, Column: 1}, End: readout.Pos{Offset: int32(end), Line: 1, Column: 1}}}
		if !strings.HasPrefix(p.ErrorWithPosition(src), p.Error()) {
			t.Error("rendering does not start with the error line")
		}
	})
}
