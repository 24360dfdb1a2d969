package parse

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAppendWordsUpTo checks the byte splitter of date lines against the
// rune splitter it replaced (strings.FieldsFunc at spaces, tabs and
// commas), on date lines, odd spacing, invalid UTF-8 and too many words.
func TestAppendWordsUpTo(t *testing.T) {
	for _, s := range []string{
		"", " ", ",,", "April 7, 2022", "Monday, Dec 7, 2015", " November, 11, 2009 ",
		"7 April 2022", "a\tb,c  d", "\xff, \xfe 7", "Last Update : Monday, Dec 7, 2015",
		"one two three four five", "日本 ,2022", "x,", ",x",
	} {
		want := []string{}
		fits := true
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
			if len(want) == 4 {
				fits = false
				break
			}
			want = append(want, w)
		}
		var buf [4]string
		got, ok := appendWordsUpTo(buf[:0], s)
		if diff := cmp.Diff(want, got); diff != "" || ok != fits {
			t.Errorf("appendWordsUpTo(%q): fits %v, want %v; words (-want +got):\n%s", s, ok, fits, diff)
		}
	}
}
