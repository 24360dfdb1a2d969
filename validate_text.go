package readout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A textValue is a value of a meeting read from the text, with its span.
type textValue struct {
	text string
	span Span
}

// forTextValues calls f with each value of m that holds running text, as
// written, and its span.
func forTextValues(m *Meeting, f func(text string, span Span)) {
	f(m.Category, m.CategorySpan)
	f(m.Title, m.TitleSpan)
	f(m.Lead.Text, m.Lead.Span)
	for _, p := range m.Photos {
		f(p.Caption, p.Span)
	}
	for _, s := range m.Sections {
		f(s.Heading, s.HeadingSpan)
		f(s.Text, s.TextSpan)
		for _, p := range s.Points {
			f(p.Text, p.Span)
		}
	}
	for i, s := range m.Statements {
		same := sectionPoints(m, i)
		for j, p := range s.Points {
			if j < len(same) && same[j] == p {
				continue // checked as a point of its section
			}
			f(p.Text, p.Span)
		}
	}
}

// sectionPoints returns the points of the section that statement i of m is
// in, when the section is where statements usually are: at the index of
// its number, or of the statement. It looks at two sections, so that a
// meeting of many sections and statements takes linear time; a statement
// whose section is elsewhere has its points checked again, which only
// costs time (Validate drops the problems found twice).
func sectionPoints(m *Meeting, i int) []SpeechPoint {
	n := m.Statements[i].Section
	for _, k := range [...]int{n - 1, i} {
		if k >= 0 && k < len(m.Sections) && m.Sections[k].Number == n {
			return m.Sections[k].Points
		}
	}
	return nil
}

// checkTexts runs the text checks on every value of m that holds running
// text. The same value reached twice (a point of a section and of a
// statement) gives the same problems, which Validate drops. Each value
// reports at most [maxFindingsPerCode] problems of a code, and then one
// that counts the rest.
func checkTexts(ps *Problems, m *Meeting) {
	var fs findings
	var stack []open
	forTextValues(m, func(text string, span Span) {
		if text == "" {
			return
		}
		fs.reset()
		doubledPunctuation(&fs, text)
		doubledWords(&fs, text)
		stack = unbalanced(&fs, text, stack[:0])
		spaceBeforePunctuation(&fs, text)
		fs.report(ps, text, span)
	})
}

// isFirstMark and isSecondMark say which two punctuation marks, with
// nothing but spaces between them, are doubled: a comma, semicolon or colon
// followed by one of those or a full stop (", ,", ",."). A full stop
// followed by a comma is left alone: "etc.," and "U.S.," are right.
func isFirstMark(r rune) bool {
	switch r {
	case ',', ';', ':', '、', '，', '；', '：', '。':
		return true
	}
	return false
}

func isSecondMark(r rune) bool { return r == '.' || r == '．' || isFirstMark(r) }

// doubledPunctuation finds two punctuation marks where one was meant.
func doubledPunctuation(fs *findings, s string) {
	for i := 0; i < len(s); {
		if textClass[s[i]]&classFirstMark == 0 {
			i++ // the common case: no mark
			continue
		}
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
			fs.add(finding{kind: findDoubledPunctuation, start: i, end: j + size2})
			i = j + size2
			continue
		}
		i = j
	}
}

// The classes of bytes in textClass.
const (
	classWord       = 1 << iota // an ASCII letter or digit
	classFirstMark              // a byte that may start a mark isFirstMark accepts
	classBracket                // a byte that may start a mark pairOf or unbalanced knows
	classSpacedMark             // a mark no space should come before: , . ; : ! ?
)

// textClass classifies bytes, so that the text checks skip the bytes that
// cannot start what they look for with one look-up. A byte of a multi-byte
// character is marked when it is the first byte of a mark (the marks of the
// checks outside ASCII all start with 0xE2, 0xE3 or 0xEF); the bytes that
// follow a first byte are never marked, so a check that skips them byte by
// byte stops at the same characters as one that decodes every character.
var textClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] |= classWord
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= classWord
		t[c-'a'+'A'] |= classWord
	}
	for _, c := range ",;:" {
		t[c] |= classFirstMark
	}
	for _, c := range "\"()[]{}" {
		t[c] |= classBracket
	}
	for _, c := range ",.;:!?" {
		t[c] |= classSpacedMark
	}
	for r := rune(utf8.RuneSelf); r <= 0xFFFF; r++ {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		if isFirstMark(r) {
			t[b[0]] |= classFirstMark
		}
		if p, _ := pairOf(r); p >= 0 {
			t[b[0]] |= classBracket
		}
	}
	return t
}()

// quote returns s in double quotes, for messages.
func quote(s string) string { return `"` + s + `"` }

// doubledWordExceptions are words English correctly writes twice in a
// row ("that that", "had had").
var doubledWordExceptions = map[string]bool{"that": true, "had": true}

// doubledWords finds a word written twice in a row, separated only by
// white space ("the the"). Only words in the Latin script are compared, and
// two capitalised words inside a sentence are taken for a name ("Bora
// Bora").
func doubledWords(fs *findings, s string) {
	prevStart, prevEnd := -1, -1
	sentenceStart := true // the previous word began a sentence
	atSentence := true    // the next word begins a sentence
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, the common case, without decoding
			if !isASCIIWord(c) {
				if c == '.' || c == '!' || c == '?' {
					atSentence = true
				}
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			if r == '。' {
				atSentence = true
			}
			i += size
			continue
		}
		start := i
		latin := true
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if isASCIIWord(c) || c == '\'' && i+1 < len(s) && isWordRune(firstRune(s[i+1:])) {
					i++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) && !(r == '’' && i+size < len(s) && isWordRune(firstRune(s[i+size:]))) {
				break
			}
			if r >= 0x250 && r != '’' {
				latin = false
			}
			i += size
		}
		w := s[start:i]
		if latin && prevStart >= 0 && onlySpace(s[prevEnd:start]) && strings.EqualFold(s[prevStart:prevEnd], w) &&
			!doubledWordExceptions[strings.ToLower(w)] && !isNumber(w) &&
			(sentenceStart || !isCapitalised(w) || !isCapitalised(s[prevStart:prevEnd])) {
			fs.add(finding{kind: findDoubledWord, start: prevStart, end: i})
		}
		prevStart, prevEnd = start, i
		sentenceStart, atSentence = atSentence, false
	}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isASCIIWord is [isWordRune] for an ASCII byte: a letter or a digit.
func isASCIIWord(c byte) bool { return textClass[c]&classWord != 0 }

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
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\v', '\f':
			continue
		}
		if s[i] < utf8.RuneSelf {
			return false // a line end or not a space
		}
		for _, r := range s[i:] {
			if r == '\n' || r == '\r' || !unicode.IsSpace(r) {
				return false
			}
		}
		return true
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

// pairs are the opening and closing brackets and quotation marks the text
// checks pair. The single quotation marks are left out: ’ is also the
// apostrophe.
var pairs = [...]struct{ open, close rune }{
	{'(', ')'}, {'[', ']'}, {'{', '}'}, {'“', '”'}, {'（', '）'}, {'「', '」'},
	{'『', '』'}, {'【', '】'}, {'《', '》'}, {'〈', '〉'}, {'［', '］'}, {'｛', '｝'},
}

// pairOf returns the index in pairs of the opening or closing mark r, and
// whether r opens; -1 when r is neither.
func pairOf(r rune) (int, bool) {
	switch r {
	case '(':
		return 0, true
	case ')':
		return 0, false
	case '[':
		return 1, true
	case ']':
		return 1, false
	case '{':
		return 2, true
	case '}':
		return 2, false
	case '“':
		return 3, true
	case '”':
		return 3, false
	case '（':
		return 4, true
	case '）':
		return 4, false
	case '「':
		return 5, true
	case '」':
		return 5, false
	case '『':
		return 6, true
	case '』':
		return 6, false
	case '【':
		return 7, true
	case '】':
		return 7, false
	case '《':
		return 8, true
	case '》':
		return 8, false
	case '〈':
		return 9, true
	case '〉':
		return 9, false
	case '［':
		return 10, true
	case '］':
		return 10, false
	case '｛':
		return 11, true
	case '｝':
		return 11, false
	}
	return -1, false
}

// An open is an opening mark not yet closed, at byte offset off; pair is
// its index in pairs.
type open struct {
	off  int
	pair int
}

// unbalanced finds brackets and quotation marks that are not closed, closed
// by the wrong mark, or closed without being opened. A ")" closing nothing
// after a short number or letter at the start of a word ("a) ", "1) ") is a
// list marker, not a bracket. Straight double quotes are counted: an odd
// number leaves the last one unclosed. stack is room for the marks left
// open, returned for the next value. The marks of each pair open are
// counted, so that a closing mark with none open costs no search: the time
// is linear in s.
func unbalanced(fs *findings, s string, stack []open) []open {
	var opened [len(pairs)]int
	lastQuote, quotes := -1, 0
	for i := 0; i < len(s); {
		c := s[i]
		if textClass[c]&classBracket == 0 {
			i++ // the common case: no mark
			continue
		}
		if c == '"' {
			quotes++
			lastQuote = i
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		p, opening := pairOf(r)
		switch {
		case p < 0:
		case opening:
			stack = append(stack, open{i, p})
			opened[p]++
		case opened[p] == 0 && r == ')' && isListMarker(s, i):
		case opened[p] == 0:
			fs.add(finding{kind: findClosesNone, start: i, end: i + size, r: r, r2: pairs[p].open})
		default:
			k := len(stack) - 1
			for stack[k].pair != p {
				k--
			}
			for _, u := range stack[k+1:] {
				o := pairs[u.pair].open
				fs.add(finding{kind: findNotClosedBefore, start: u.off, end: u.off + utf8.RuneLen(o), r: o, r2: r})
				opened[u.pair]--
			}
			opened[p]--
			stack = stack[:k]
		}
		i += size
	}
	for _, u := range stack {
		o := pairs[u.pair].open
		fs.add(finding{kind: findNotClosed, start: u.off, end: u.off + utf8.RuneLen(o), r: o})
	}
	if quotes%2 == 1 {
		fs.add(finding{kind: findOddQuotes, start: lastQuote, end: lastQuote + 1})
	}
	return stack
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
func spaceBeforePunctuation(fs *findings, s string) {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			continue
		}
		start := i
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == len(s) || textClass[s[i]]&classSpacedMark == 0 || start == 0 {
			i--
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:start])
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		switch {
		case prev == '\n' || prev == '\r' || isSecondMark(prev) || strings.ContainsRune("!?", prev):
		case s[i] == '.' && i+1 < len(s) && (next == '.' || isWordRune(next)):
		default:
			fs.add(finding{kind: findSpaceBefore, start: start, end: i + 1})
		}
		i--
	}
}
