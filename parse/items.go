package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// Item markers, after normalisation (so "１．" is "1." and "（1）" is "(1)"):
//
//	1. text   1) text   1 Text     a top-level item (section)
//	(1) text  • (1) text  1. (1)   a sub-item (point); a bullet or a
//	                               top-level marker before it is the page's
//	                               list rendering, not a new section
//	• text  - text  ・text         a bullet without a number

const maxItemNumber = 99

// number reads 1–2 ASCII digits at the start of s.
func number(s string) (n, width int) {
	for width < len(s) && width < 3 && s[width] >= '0' && s[width] <= '9' {
		n = n*10 + int(s[width]-'0')
		width++
	}
	if width == 0 || width == 3 || n == 0 || n > maxItemNumber {
		return 0, 0
	}
	return n, width
}

// skipSpace returns the offset of the first non-space byte of s at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII: unicode.IsSpace is true for these only.
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			i++
			continue
		}
		size := spaceRuneLen(s[i:])
		if size == 0 {
			break
		}
		i += size
	}
	return i
}

// itemMarker returns the number of a top-level item marker at the start of
// s and the offset of the item's text, or 0, 0.
func itemMarker(s string) (n, rest int) {
	n, w := number(s)
	if n == 0 {
		return 0, 0
	}
	switch {
	case w < len(s) && (s[w] == '.' || s[w] == ')'):
		if w+1 < len(s) && s[w+1] >= '0' && s[w+1] <= '9' {
			return 0, 0 // "1.5 million"
		}
		return n, skipSpace(s, w+1)
	case w < len(s) && s[w] == ' ':
		i := skipSpace(s, w)
		if i == len(s) {
			return 0, 0
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) || r == '"' || r == '\'' || r == '(' || r >= 0x3000 {
			return n, i
		}
	case w < len(s) && s[w] >= utf8.RuneSelf:
		r, _ := utf8.DecodeRuneInString(s[w:])
		if r >= 0x3000 && !strings.HasPrefix(s[w:], "日") && !strings.HasPrefix(s[w:], "月") &&
			!strings.HasPrefix(s[w:], "年") && !strings.HasPrefix(s[w:], "時") && !strings.HasPrefix(s[w:], "分") {
			return n, w
		}
	}
	return 0, 0
}

// bulletMarker returns the offset of the text after a bullet at the start of
// s, or 0.
func bulletMarker(s string) int {
	if s == "" {
		return 0
	}
	if c := s[0]; c < utf8.RuneSelf {
		// The ASCII bullets are "-" and "*", and a space after them.
		if (c != '-' && c != '*') || len(s) < 2 || s[1] != ' ' {
			return 0
		}
		return skipSpace(s, 1)
	}
	if c := s[0]; c != 0xc2 && c != 0xe2 && c != 0xe3 {
		return 0 // the first byte of none of the bullets below
	}
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '・', '▪', '●', '◦', '■', '□', '◆', '◇', '○', '‣', '∙', '·':
		return skipSpace(s, size)
	}
	return 0
}

// stripBullet returns s without a leading bullet.
func stripBullet(s string) string { return s[bulletMarker(s):] }

// pointMarker returns the number of a sub-item marker "(n)" at the start of
// s, after an optional bullet or top-level marker, and the offset of the
// point's text; or 0, 0.
func pointMarker(s string) (n, rest int) {
	return pointMarkerAt(s, bulletMarker(s))
}

// pointMarkerAt is pointMarker(s) for the i bulletMarker(s) returns.
func pointMarkerAt(s string, i int) (n, rest int) {
	if i < len(s) && isDigit(s[i]) {
		// A top-level marker starts with a digit.
		if m, r := itemMarker(s[i:]); m > 0 && strings.HasPrefix(s[i+r:], "(") {
			i += r
		}
	}
	if i >= len(s) || s[i] != '(' {
		return 0, 0
	}
	n, w := number(s[i+1:])
	if n == 0 || i+1+w >= len(s) || s[i+1+w] != ')' {
		return 0, 0
	}
	return n, skipSpace(s, i+2+w)
}

// isItemStart reports whether s starts a new item of any kind.
func isItemStart(s string) bool {
	if n, _ := itemMarker(s); n > 0 {
		return true
	}
	if n, _ := pointMarker(s); n > 0 {
		return true
	}
	return bulletMarker(s) > 0
}

// sectionBuilder accumulates one section while the body is read.
type sectionBuilder struct {
	sec          readout.Section
	start        int // marker start
	textStart    int // the section's own text
	textEnd      int
	end          int // end of everything in the section
	point        int // index of the open point in sec.Points, or -1
	pointStart   int
	pointEnd     int
	ownLines     int
	firstLineEnd int
	points       []readout.SpeechPoint // the points of all sections, one array, handed on from section to section
	firstPoint   int                   // index in points of the section's first
}

// sections reads the body lines into numbered sections and their points.
// Every non-blank line lands in a section, a point, or (page navigation)
// nowhere: nothing is dropped.
func (p *parser) sections(body []line) {
	// The points of all sections are appended to one array, allocated
	// once for the lines that may open a point: a section's points are
	// the stretch of it appended while it was open. Growing a slice per
	// section by append would allocate about five times the points of a
	// long section (append grows large slices by a quarter).
	// The sections get room for the numbered ones and one before them
	// (most readouts have no others).
	n, items := 0, 0
	for _, l := range body {
		s := p.text[l.start:l.end]
		if bi := bulletMarker(s); bi > 0 {
			n++
		} else if k, _ := pointMarkerAt(s, bi); k > 0 {
			n++
		} else if k, _ := itemMarker(s); k > 0 {
			items++
		}
	}
	var cur sectionBuilder // the open section, on the stack
	if n > 0 {
		cur.points = make([]readout.SpeechPoint, 0, n)
	}
	if items > 0 && cap(p.m.Sections) == 0 {
		p.m.Sections = make([]readout.Section, 0, items+1)
	}
	var b *sectionBuilder // &cur while a section is open, else nil
	flush := func() {
		if b == nil {
			return
		}
		p.closePoint(b)
		if b.sec.Points != nil {
			b.sec.Points = b.sec.Points[:len(b.sec.Points):len(b.sec.Points)]
		}
		b.sec.Span = p.span(b.start, b.end)
		if b.ownLines > 1 && isHeading(p.text[b.textStart:b.firstLineEnd]) {
			b.sec.Heading, b.sec.HeadingSpan = p.orig(b.textStart, b.firstLineEnd), p.span(b.textStart, b.firstLineEnd)
			ts := skipSpace(p.text[:b.textEnd], b.firstLineEnd)
			te := max(ts, b.textEnd)
			b.sec.Text, b.sec.TextSpan = p.orig(ts, te), p.span(ts, te)
		} else if b.ownLines == 1 && len(b.sec.Points) > 0 && isHeading(p.text[b.textStart:b.textEnd]) {
			b.sec.Heading, b.sec.HeadingSpan = p.orig(b.textStart, b.textEnd), p.span(b.textStart, b.textEnd)
		} else {
			b.sec.Text, b.sec.TextSpan = p.orig(b.textStart, b.textEnd), p.span(b.textStart, b.textEnd)
		}
		p.m.Sections = append(p.m.Sections, b.sec)
		b = nil
	}
	open := func(n, start, textStart, end int) {
		flush()
		cur = sectionBuilder{sec: readout.Section{Number: n}, start: start, textStart: textStart,
			textEnd: end, end: end, point: -1, ownLines: 1, firstLineEnd: end,
			points: cur.points, firstPoint: len(cur.points)}
		b = &cur
	}
	photo := -1 // the index in p.m.Photos of a placeholder waiting for its caption
	for _, l := range body {
		start, end := int(l.start), int(l.end)
		if start == end {
			continue
		}
		s := p.text[start:end]
		if isNavigation(s) {
			continue
		}
		// An image placeholder ("• 画像1") is a photo; a short line after
		// it is its caption.
		bi := bulletMarker(s)
		if isImagePlaceholder(s[bi:]) {
			p.m.Photos = append(p.m.Photos, readout.Photo{Caption: p.orig(start+bi, end), Span: p.span(start+bi, end)})
			photo = len(p.m.Photos) - 1
			continue
		}
		if photo >= 0 && isPhotoCaption(s) {
			ph := &p.m.Photos[photo]
			ph.Label, ph.LabelSpan = ph.Caption, ph.Span
			ph.Caption, ph.Span = p.orig(start, end), p.span(start, end)
			photo = -1
			continue
		}
		photo = -1
		if n, rest := pointMarkerAt(s, bi); n > 0 {
			if b == nil {
				open(0, start, start, start)
				b.ownLines = 0
			}
			p.openPoint(b, n, start+rest, end)
			continue
		}
		if n, rest := itemMarker(s); n > 0 {
			open(n, start, start+rest, end)
			continue
		}
		if i := bi; i > 0 {
			if b != nil && b.sec.Number > 0 {
				p.openPoint(b, 0, start+i, end)
			} else {
				open(0, start, start+i, end)
			}
			continue
		}
		// A plain line continues the open point or section.
		switch {
		case b == nil:
			open(0, start, start, end)
		case b.point >= 0:
			b.pointEnd, b.end = end, end
		default:
			if b.ownLines == 0 {
				b.textStart = start
				b.firstLineEnd = end
			}
			b.textEnd, b.end = end, end
			b.ownLines++
		}
	}
	flush()
}

func (p *parser) openPoint(b *sectionBuilder, n, start, end int) {
	p.closePoint(b)
	b.points = append(b.points, readout.SpeechPoint{Number: n})
	b.sec.Points = b.points[b.firstPoint:]
	b.point, b.pointStart, b.pointEnd, b.end = len(b.sec.Points)-1, start, end, end
}

func (p *parser) closePoint(b *sectionBuilder) {
	if b.point < 0 {
		return
	}
	pt := &b.sec.Points[b.point]
	pt.Text, pt.Span = p.orig(b.pointStart, b.pointEnd), p.span(b.pointStart, b.pointEnd)
	b.point = -1
}

// isHeading reports whether s reads as a heading: short, not a sentence.
func isHeading(s string) bool {
	if s == "" || endsSentence(s) {
		return false
	}
	if isCJK(s) {
		return utf8.RuneCountInString(s) <= 20
	}
	return strings.Count(s, " ") < 8
}

// imageWords name an image in a placeholder the page's text extraction left
// for a photo: "画像1", "写真2", "Photo 3".
var imageWords = []string{"画像", "写真", "Photo", "photo", "Image", "image"}

// imageFirst marks the first bytes of imageWords.
var imageFirst = firstBytes(imageWords)

// isImagePlaceholder reports whether s is only an image word and a number.
func isImagePlaceholder(s string) bool {
	if s == "" || !imageFirst[s[0]] {
		return false
	}
	for _, w := range imageWords {
		if rest, ok := strings.CutPrefix(s, w); ok {
			rest = strings.TrimLeft(rest, " ")
			n, w := number(rest)
			return n > 0 && w == len(rest)
		}
	}
	return false
}

// isPhotoCaption reports whether the line s after an image placeholder is
// its caption: short, not a sentence, not an item.
func isPhotoCaption(s string) bool {
	return !isItemStart(s) && !endsSentence(s) && utf8.RuneCountInString(s) <= 60
}
