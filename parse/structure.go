package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// The structure layer reads the shape of a readout page before any meaning:
//
//	category line        North Atlantic Treaty Organization (NATO)
//	title line           (optional) Japan-U.S. Foreign Ministers' Meeting
//	date line            April 7, 2022 | 令和4年4月7日
//	photo captions       one per line
//	lead paragraph       On April 7, commencing at 9:45 a.m. ...
//	body                 numbered items "1." "1 " "１", sub-items "(1)",
//	                     bullets "•" "-" "・", plain paragraphs
//	footer               Back to North Atlantic Treaty Organization (NATO)
//
// Lines are trimmed of surrounding white space; offsets are into p.text.

// A line is one line of the text, trimmed; start == end for a blank line.
// Its offsets are int32 (Text rejects a longer text) to halve the lines of
// a text of many short ones.
type line struct{ start, end int32 }

// A doc is the structure found by parser.structure.
type doc struct {
	leadStart, leadEnd int    // the lead paragraph
	body               []line // the lines after the lead
}

// appendLines appends the trimmed lines of s to lines. "\n", "\r\n" and
// "\r" all end a line.
func appendLines(lines []line, s string) []line {
	if strings.IndexByte(s, '\r') < 0 {
		// Only "\n": the line ends are found with IndexByte. An empty
		// buffer gets room for every line at once; a used one (the
		// parser's, kept between parses) holds as many lines as the
		// texts before, and grows by append if this one has more,
		// without a pass to count them.
		if cap(lines) == 0 {
			lines = slices.Grow(lines, strings.Count(s, "\n")+1)
		}
		start := 0
		for {
			i := strings.IndexByte(s[start:], '\n')
			if i < 0 {
				a, b := trimSpace(s, start, len(s))
				return append(lines, line{int32(a), int32(b)})
			}
			a, b := trimSpace(s, start, start+i)
			lines = append(lines, line{int32(a), int32(b)})
			start += i + 1
		}
	}
	lines = slices.Grow(lines, strings.Count(s, "\n")+strings.Count(s, "\r")+1)
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '\n' && s[i] != '\r' {
			continue
		}
		a, b := trimSpace(s, start, i)
		lines = append(lines, line{int32(a), int32(b)})
		if i+1 < len(s) && s[i] == '\r' && s[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	return lines
}

// trimSpace returns [start, end) without leading and trailing white space.
func trimSpace(s string, start, end int) (int, int) {
	for start < end {
		if c := s[start]; c < utf8.RuneSelf {
			if asciiClass[c] != asciiSpace {
				break
			}
			start++
			continue
		}
		size := spaceRuneLen(s[start:end])
		if size == 0 {
			break
		}
		start += size
	}
	for end > start {
		if c := s[end-1]; c < utf8.RuneSelf {
			if asciiClass[c] != asciiSpace {
				break
			}
			end--
			continue
		}
		size := lastSpaceRuneLen(s[start:end])
		if size == 0 {
			break
		}
		end -= size
	}
	return start, end
}

// spaceRuneLen returns the length of the white space outside ASCII that s
// starts with, or 0: the UTF-8 of the runes unicode.IsSpace reports above
// U+007F (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
// U+205F, U+3000), compared byte by byte without decoding.
func spaceRuneLen(s string) int {
	if len(s) >= 2 && s[0] == 0xc2 && (s[1] == 0x85 || s[1] == 0xa0) {
		return 2
	}
	if len(s) < 3 {
		return 0
	}
	switch b, c := s[1], s[2]; s[0] {
	case 0xe1:
		if b == 0x9a && c == 0x80 {
			return 3
		}
	case 0xe2:
		if b == 0x80 && (c >= 0x80 && c <= 0x8a || c == 0xa8 || c == 0xa9 || c == 0xaf) || b == 0x81 && c == 0x9f {
			return 3
		}
	case 0xe3:
		if b == 0x80 && c == 0x80 {
			return 3
		}
	}
	return 0
}

// lastSpaceRuneLen returns the length of the white space outside ASCII
// that s ends with, or 0 (see spaceRuneLen). A space's first byte is never
// a continuation byte, so the rune utf8.DecodeLastRuneInString reads is the
// one matched here.
func lastSpaceRuneLen(s string) int {
	n := len(s)
	if n >= 2 && s[n-2] == 0xc2 && (s[n-1] == 0x85 || s[n-1] == 0xa0) {
		return 2
	}
	if n >= 3 && spaceRuneLen(s[n-3:]) == 3 {
		return 3
	}
	return 0
}

// structure reads the header (category, title, date line, captions), finds
// the lead paragraph and returns the body lines after it.
func (p *parser) structure() doc {
	lines := appendLines(p.lines[:0], p.text)
	p.lines = lines
	var d doc
	lead := -1
	for i, l := range lines {
		if l.start < l.end && p.lang.isLead(p.text[l.start:l.end]) {
			lead = i
			break
		}
	}
	header := lines
	if lead >= 0 {
		header = lines[:lead]
		// The lead paragraph runs on while a line does not end a sentence
		// (a lead broken across lines by the page's layout).
		end := lead
		for end+1 < len(lines) && (!endsSentence(p.text[lines[end].start:lines[end].end]) || endsWithHonorific(p.text[lines[end].start:lines[end].end])) &&
			lines[end+1].start < lines[end+1].end && !isItemStart(p.text[lines[end+1].start:lines[end+1].end]) {
			end++
		}
		d.leadStart, d.leadEnd = int(lines[lead].start), int(lines[end].end)
		// A lead that is itself item "1." keeps its marker out of the lead.
		if n, rest := itemMarker(p.text[d.leadStart:d.leadEnd]); n > 0 {
			d.leadStart += rest
		}
		d.body = lines[end+1:]
		if n, _ := itemMarker(p.text[lines[lead].start:lines[lead].end]); n > 0 && !p.restarts(d.body, n) {
			// The lead is item 1: the body starts with it so that the
			// section numbering stays whole. When the body's items number
			// from 1 again, the lead's marker is the page's list rendering
			// around the whole text, not a section.
			d.body = lines[lead:]
		}
	}
	p.header(header)
	return d
}

// restarts reports whether the first numbered item of body has a number
// of at most n.
func (p *parser) restarts(body []line, n int) bool {
	for _, l := range body {
		if m, _ := itemMarker(p.text[l.start:l.end]); m > 0 {
			return m <= n
		}
	}
	return false
}

// endsWithHonorific reports whether s ends with an honorific such as
// "Rt. Hon." or "Mr.": its dot does not end the sentence, so a lead broken
// there by the page's layout goes on in the next line.
func endsWithHonorific(s string) bool {
	// Each honorific ends with a dot, which only a dot lower-cases to; and
	// a word lowerIs matches is at most three times as long as the
	// honorific (maxHonorificWord): the last space is looked for in that
	// much of the end of s only.
	if !strings.HasSuffix(s, ".") {
		return false
	}
	tail := s[max(0, len(s)-maxHonorificWord-1):]
	i := strings.LastIndexByte(tail, ' ')
	if i < 0 && len(tail) < len(s) {
		return false // the last word is longer than any honorific's
	}
	w := tail[i+1:]
	for _, h := range lineEndHonorifics {
		if lowerIs(w, h) { // strings.ToLower(w) == h, without a copy
			return true
		}
	}
	return false
}

var lineEndHonorifics = []string{"mr.", "ms.", "mrs.", "dr.", "hon.", "rt.", "h.e.", "amb.", "prof.", "eng.", "h.h."}

// maxHonorificWord is the longest word lowerIs may match with one of
// lineEndHonorifics: three times the longest.
var maxHonorificWord = func() int {
	n := 0
	for _, h := range lineEndHonorifics {
		n = max(n, 3*len(h))
	}
	return n
}()

// endsSentence reports whether s ends with sentence-final punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"')")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == ':' || r == '。' || r == '!' || r == '?'
}

// header classifies the lines before the lead: the first date line is the
// page's date; lines before it are the category and the title; lines after
// it, and lines that say "Photo", are captions; the rest is kept as
// unparsed page furniture.
func (p *parser) header(lines []line) {
	dateAt := -1
	for i, l := range lines {
		if l.start == l.end {
			continue
		}
		if d, ok := p.lang.dateLine(p.text[l.start:l.end]); ok {
			p.m.Published, p.m.PublishedSpan = d, p.span(int(l.start), int(l.end))
			dateAt = i
			break
		}
	}
	if p.m.Published.IsZero() && !p.opts.published.IsZero() {
		p.m.Published = p.opts.published
	}
	// Room for a photo in every line, allocated once.
	if n := len(lines); n > 0 && cap(p.m.Photos) == 0 {
		p.m.Photos = make([]readout.Photo, 0, n)
	}
	var beforeBuf [4]line
	before := beforeBuf[:0]
	for i, l := range lines {
		if l.start == l.end || i == dateAt {
			continue
		}
		s := p.text[l.start:l.end]
		switch {
		case isCaption(s):
			p.photo(l)
		case dateAt < 0 || i < dateAt:
			before = append(before, l)
		case isFurniture(s):
			p.unparsed(int(l.start), int(l.end), "page furniture")
		default:
			p.photo(l)
		}
	}
	p.titles(before)
}

// titles sets the category and the title from the header lines before the
// date line: of two lines the first is the category; a lone line is the
// category when it names a section of the site ("... Relations", "Press
// Releases", or the footer links back to it), else the title.
func (p *parser) titles(lines []line) {
	for _, l := range lines {
		s := p.text[l.start:l.end]
		switch {
		case isFurniture(s):
			p.unparsed(int(l.start), int(l.end), "page furniture")
		case p.m.Category == "" && (p.m.Title != "" || len(lines) > 1 || isCategory(s) ||
			containsBackTo(p.text, s)):
			p.m.Category, p.m.CategorySpan = p.orig(int(l.start), int(l.end)), p.span(int(l.start), int(l.end))
		case p.m.Title == "":
			p.m.Title, p.m.TitleSpan = p.orig(int(l.start), int(l.end)), p.span(int(l.start), int(l.end))
		default:
			p.unparsed(int(l.start), int(l.end), "header line")
		}
	}
}

// containsBackTo reports whether text holds "Back to " followed by s
// (strings.Contains(text, "Back to "+s), without building the string).
func containsBackTo(text, s string) bool {
	const back = "Back to "
	for i := 0; ; {
		k := strings.Index(text[i:], back)
		if k < 0 {
			return false
		}
		i += k + len(back)
		if strings.HasPrefix(text[i:], s) {
			return true
		}
	}
}

func (p *parser) photo(l line) {
	s := stripBullet(p.text[l.start:l.end])
	start := int(l.end) - len(s)
	p.m.Photos = append(p.m.Photos, readout.Photo{Caption: p.orig(start, int(l.end)), Span: p.span(start, int(l.end))})
}

// isCaption reports whether a header line is a photo caption by its words.
func isCaption(s string) bool {
	// "Photo" or "photo": "hoto" after a "P" or "p", found in one search.
	for i := 1; i < len(s); {
		k := strings.Index(s[i:], "hoto")
		if k < 0 {
			break
		}
		if c := s[i+k-1]; c == 'P' || c == 'p' {
			return true
		}
		i += k + 1
	}
	return strings.Contains(s, "写真")
}

// isCategory reports whether s names a section of the site rather than an
// engagement.
func isCategory(s string) bool {
	return strings.HasSuffix(s, "Relations") || strings.HasPrefix(s, "Press Release") ||
		strings.HasSuffix(s, "新着情報") || strings.HasSuffix(s, "関係")
}

// isFurniture reports whether s is page navigation rather than content:
// short link texts and bracketed notes.
func isFurniture(s string) bool {
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		return true
	}
	// Fewer than 12 runes are fewer than 48 bytes: a longer line is not
	// counted.
	if len(s) < 48 && utf8.RuneCountInString(s) < 12 && !strings.ContainsAny(s, " \u3000") && !isCJK(s) {
		return true
	}
	return strings.HasPrefix(s, "Skip to") || strings.HasPrefix(s, "Home >") || isLanguageSwitch(s)
}

// languageLinks are the words of a page's link to its other language
// versions.
var languageLinks = map[string]bool{
	"英語版": true, "英語": true, "日本語版": true, "日本語": true, "English": true, "Japanese": true,
	"中文": true, "中国語": true, "한국어": true, "韓国語": true, "Français": true, "Español": true,
	"その他の言語": true, "Other": true, "Languages": true, "Version": true, "version": true, "|": true, "/": true,
}

// isLanguageSwitch reports whether s is a link to the page in other
// languages ("英語版 (English)", "English / 日本語"): every word of it is a
// language name.
func isLanguageSwitch(s string) bool {
	// The first word must be one of them: the start of the line is
	// compared with each before the line is split (a long line of one
	// word is not read to its end).
	rest := strings.TrimLeftFunc(s, isSwitchSpace)
	if rest == "" || !languageLinkFirst[rest[0]] {
		return false
	}
	first := false
	for _, w := range languageLinkList {
		if strings.HasPrefix(rest, w) {
			first = true
			break
		}
	}
	if !first {
		return false
	}
	words := 0
	for w := range strings.FieldsFuncSeq(s, isSwitchSpace) {
		if !languageLinks[w] {
			return false // at the first other word, without reading on
		}
		words++
	}
	return words > 0
}

// isSwitchSpace reports whether r separates the words of a language switch.
func isSwitchSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == ')' || r == '[' || r == ']'
}

// languageLinkList holds the words of languageLinks.
var languageLinkList = func() []string {
	var l []string
	for w := range languageLinks {
		l = append(l, w)
	}
	return l
}()

// languageLinkFirst marks the first bytes of languageLinkList.
var languageLinkFirst = firstBytes(languageLinkList)

// isCJK reports whether s has Han, Hiragana or Katakana characters.
func isCJK(s string) bool {
	for _, r := range s {
		if isHanKana(r) {
			return true
		}
	}
	return false
}

// isHanKana reports whether r is a Han, Hiragana or Katakana character,
// testing the common blocks before the Unicode tables.
func isHanKana(r rune) bool {
	switch {
	case r < 0x2e80:
		return false
	case r >= 0x4e00 && r <= 0x9fff, r >= 0x3041 && r <= 0x3096, r >= 0x30a1 && r <= 0x30fa:
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// isNavigation reports whether s is the page's footer link ("Back to ...",
// "このページのトップへ戻る", "アメリカ合衆国へ戻る", a mirror's "発信元サイトへ").
func isNavigation(s string) bool {
	return strings.HasPrefix(s, "Back to") || s == "Page Top" || strings.HasPrefix(s, "ページの先頭") ||
		strings.HasSuffix(s, "へ戻る") || s == "発信元サイトへ"
}
