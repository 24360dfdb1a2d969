package readout

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A textValue is a value of a meeting read from the text, with its span.
type textValue struct {
	text string
	span Span
}

// A finding is a problem found inside one value, located by byte offsets
// into the value.
type finding struct {
	code       string
	start, end int
	msg        string
}

// textValues returns the values of m that hold running text, as written.
func textValues(m *Meeting) []textValue {
	vs := []textValue{{m.Category, m.CategorySpan}, {m.Title, m.TitleSpan}, {m.Lead.Text, m.Lead.Span}}
	for _, p := range m.Photos {
		vs = append(vs, textValue{p.Caption, p.Span})
	}
	for _, s := range m.Sections {
		vs = append(vs, textValue{s.Heading, s.HeadingSpan}, textValue{s.Text, s.TextSpan})
		for _, p := range s.Points {
			vs = append(vs, textValue{p.Text, p.Span})
		}
	}
	for _, s := range m.Statements {
		for _, p := range s.Points {
			vs = append(vs, textValue{p.Text, p.Span})
		}
	}
	return vs
}

// checkTexts runs the text checks on every value of m that holds running
// text. The same value reached twice (a point of a section and of a
// statement) gives the same problems, which Validate drops.
func checkTexts(ps *Problems, m *Meeting) {
	var fs []finding
	for _, v := range textValues(m) {
		if v.text == "" {
			continue
		}
		fs = fs[:0]
		fs = doubledPunctuation(fs, v.text)
		fs = doubledWords(fs, v.text)
		fs = unbalanced(fs, v.text)
		fs = spaceBeforePunctuation(fs, v.text)
		slices.SortStableFunc(fs, func(a, b finding) int { return a.start - b.start })
		starts, ends := newTextCursor(v.text, v.span.Start), newTextCursor(v.text, v.span.Start)
		for _, f := range fs {
			var span Span
			if v.span.IsValid() {
				span = Span{Start: starts.at(f.start), End: ends.at(f.end)}
			}
			ps.Add(f.code, span, "%s", f.msg)
		}
	}
}

// isFirstMark and isSecondMark say which two punctuation marks, with
// nothing but spaces between them, are doubled: a comma, semicolon or colon
// followed by one of those or a full stop (", ,", ",."). A full stop
// followed by a comma is left alone: "etc.," and "U.S.," are right.
func isFirstMark(r rune) bool { return strings.ContainsRune(",;:、，；：。", r) }

func isSecondMark(r rune) bool { return strings.ContainsRune(",;:.、，；：。．", r) }

// doubledPunctuation finds two punctuation marks where one was meant.
func doubledPunctuation(fs []finding, s string) []finding {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isFirstMark(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		r2, size2 := utf8.DecodeRuneInString(s[j:])
		if j < len(s) && isSecondMark(r2) {
			fs = append(fs, finding{CodeTextDoubledPunctuation, i, j + size2, "doubled punctuation " + quote(s[i:j+size2])})
			i = j + size2
			continue
		}
		i = j
	}
	return fs
}

// quote returns s in double quotes, for messages.
func quote(s string) string { return `"` + s + `"` }

// doubledWordExceptions are words English correctly writes twice in a
// row ("that that", "had had").
var doubledWordExceptions = map[string]bool{"that": true, "had": true}

// doubledWords finds a word written twice in a row, separated only by
// white space ("the the"). Only words in the Latin script are compared, and
// two capitalised words inside a sentence are taken for a name ("Bora
// Bora").
func doubledWords(fs []finding, s string) []finding {
	prevStart, prevEnd := -1, -1
	sentenceStart := true // the previous word began a sentence
	atSentence := true    // the next word begins a sentence
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if r == '.' || r == '!' || r == '?' || r == '。' {
				atSentence = true
			}
			i += size
			continue
		}
		start := i
		latin := true
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) && !(isApostrophe(r) && i+size < len(s) && isWordRune(firstRune(s[i+size:]))) {
				break
			}
			if r >= 0x250 && !isApostrophe(r) {
				latin = false
			}
			i += size
		}
		w := s[start:i]
		if latin && prevStart >= 0 && onlySpace(s[prevEnd:start]) && strings.EqualFold(s[prevStart:prevEnd], w) &&
			!doubledWordExceptions[strings.ToLower(w)] && !isNumber(w) &&
			(sentenceStart || !isCapitalised(w) || !isCapitalised(s[prevStart:prevEnd])) {
			fs = append(fs, finding{CodeTextDoubledWord, prevStart, i, "word written twice " + quote(s[prevStart:i])})
		}
		prevStart, prevEnd = start, i
		sentenceStart, atSentence = atSentence, false
	}
	return fs
}

func isWordRune(r rune) bool   { return unicode.IsLetter(r) || unicode.IsDigit(r) }
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// onlySpace reports whether s is white space within a line, and not
// empty: a word at the end of a line and the same word starting the next
// are usually a heading and its text.
func onlySpace(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r == '\n' || r == '\r' || !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isCapitalised(w string) bool { return unicode.IsUpper(firstRune(w)) }

// closers maps each closing bracket or quotation mark to its opening one.
// The single quotation marks are left out: ’ is also the apostrophe.
var closers = map[rune]rune{
	')': '(', ']': '[', '}': '{', '”': '“', '）': '（', '」': '「', '』': '『',
	'】': '【', '》': '《', '〉': '〈', '］': '［', '｝': '｛',
}

var openers = func() map[rune]rune {
	m := make(map[rune]rune, len(closers))
	for c, o := range closers {
		m[o] = c
	}
	return m
}()

// unbalanced finds brackets and quotation marks that are not closed, closed
// by the wrong mark, or closed without being opened. A ")" closing nothing
// after a short number or letter at the start of a word ("a) ", "1) ") is a
// list marker, not a bracket. Straight double quotes are counted: an odd
// number leaves the last one unclosed.
func unbalanced(fs []finding, s string) []finding {
	type open struct {
		r   rune
		off int
	}
	var stack []open
	lastQuote, quotes := -1, 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"':
			quotes++
			lastQuote = i
		case openers[r] != 0:
			stack = append(stack, open{r, i})
		case closers[r] != 0:
			o := closers[r]
			k := len(stack) - 1
			for k >= 0 && stack[k].r != o {
				k--
			}
			switch {
			case k < 0 && r == ')' && isListMarker(s, i):
			case k < 0:
				fs = append(fs, finding{CodeTextUnbalanced, i, i + size, quote(string(r)) + " closes no " + quote(string(o))})
			default:
				for _, u := range stack[k+1:] {
					fs = append(fs, finding{CodeTextUnbalanced, u.off, u.off + utf8.RuneLen(u.r),
						quote(string(u.r)) + " is not closed before " + quote(string(r))})
				}
				stack = stack[:k]
			}
		}
		i += size
	}
	for _, u := range stack {
		fs = append(fs, finding{CodeTextUnbalanced, u.off, u.off + utf8.RuneLen(u.r), quote(string(u.r)) + " is not closed"})
	}
	if quotes%2 == 1 {
		fs = append(fs, finding{CodeTextUnbalanced, lastQuote, lastQuote + 1, `"\"" is not closed (odd number of straight quotation marks)`})
	}
	return fs
}

// isListMarker reports whether the ")" at s[i] ends a list marker: one to
// three letters or digits at the start of s, of a line or after a space.
func isListMarker(s string, i int) bool {
	j := i
	for j > 0 && i-j < 3 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isWordRune(r) || r >= 0x250 {
			break
		}
		j -= size
	}
	if j == i {
		return false
	}
	if j == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return unicode.IsSpace(r)
}

// spaceBeforePunctuation finds white space before a comma, full stop,
// semicolon, colon, question or exclamation mark ("Abe ,"). Space at the
// start of a line is indentation; a space after another mark is part of a
// doubled mark (", ,"); " .5", " .com" and " ..." are left alone.
func spaceBeforePunctuation(fs []finding, s string) []finding {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			continue
		}
		start := i
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == len(s) || !strings.ContainsRune(",.;:!?", rune(s[i])) || start == 0 {
			i--
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:start])
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		switch {
		case prev == '\n' || prev == '\r' || isSecondMark(prev) || strings.ContainsRune("!?", prev):
		case s[i] == '.' && i+1 < len(s) && (next == '.' || isWordRune(next)):
		default:
			fs = append(fs, finding{CodeTextSpaceBeforePunctuation, start, i + 1, "space before " + quote(s[i:i+1])})
		}
		i--
	}
	return fs
}
