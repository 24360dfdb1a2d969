package readout

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// excerptContext is how many runes of a long line are shown on each side
// of the span in [Problem.ErrorWithPosition].
const excerptContext = 40

// ErrorWithPosition returns p's [Problem.Error] line followed by the line of
// src the problem is on, with carets under its span, in the manner of
// compilers and BurntSushi/toml:
//
//	embedded:12:265: warning text-doubled-punctuation: ", ," (two punctuation marks; one was meant)
//	   12 | …as symbolized by Russia’s aggression against Ukraine, , the security…
//	      |                                                       ^^^
//
// src must be the text the problem's meeting was parsed from. Carets are
// aligned for the terminal: a full-width or wide character (most CJK text)
// takes two columns, a tab is kept as a tab. A span running over several
// lines is underlined to the end of its first line; a long line is cut to
// [excerptContext] runes on each side of the span, the cuts marked with
// "…", and so is a span longer than twice that. When p has no span, or the span is not inside src, the result is
// just p.Error().
func (p *Problem) ErrorWithPosition(src string) string {
	head := p.Error()
	start, end := int(p.Span.Start.Offset), int(p.Span.End.Offset)
	if !p.Span.IsValid() || start < 0 || start > len(src) || !utf8.RuneStart(byteAt(src, start)) {
		return head
	}
	ls := strings.LastIndexAny(src[:start], "\r\n") + 1
	le := len(src)
	if i := strings.IndexAny(src[start:], "\r\n"); i >= 0 {
		le = start + i
	}
	end = max(start, min(end, le))

	before, span, after := []rune(src[ls:start]), []rune(src[start:end]), []rune(src[end:le])
	spanCut := len(span) > 2*excerptContext
	if spanCut { // a long span: show its start
		span, after = span[:2*excerptContext], nil
	}
	cutBefore, cutAfter := len(before) > excerptContext, len(after) > excerptContext || spanCut
	if cutBefore {
		before = before[len(before)-excerptContext:]
	}
	if len(after) > excerptContext {
		after = after[:excerptContext]
	}

	var text, marks strings.Builder
	if cutBefore {
		text.WriteString("…")
		marks.WriteByte(' ')
	}
	for _, r := range before {
		text.WriteRune(r)
		if r == '\t' {
			marks.WriteByte('\t')
		} else {
			marks.WriteString(strings.Repeat(" ", runeWidth(r)))
		}
	}
	carets := 0
	for _, r := range span {
		text.WriteRune(r)
		carets += runeWidth(r)
	}
	marks.WriteString(strings.Repeat("^", max(1, carets)))
	for _, r := range after {
		text.WriteRune(r)
	}
	if cutAfter {
		text.WriteString("…")
	}

	num := strconv.Itoa(int(p.Span.Start.Line))
	gutter := strings.Repeat(" ", max(5, len(num)))
	return head + "\n" +
		gutter[len(num):] + num + " | " + strings.TrimRight(text.String(), " \t") + "\n" +
		gutter + " | " + marks.String()
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

// runeWidth returns the number of terminal columns r takes: 2 for wide and
// full-width characters, 0 for combining marks and other zero-width
// characters, 1 otherwise (a tab counts 1 and is handled by the caller).
func runeWidth(r rune) int {
	switch {
	case r == '\u200b' || r == '\ufeff' || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
