package parse

import (
	"math/bits"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// A language is the grammar for the readouts of one language: how its date
// line and lead look, and how to read the lead and the body into the model.
// The structure layer (lines, items, captions) is shared.
type language struct {
	tag string
	// dateLine reads a line that is only a date (the page's date line).
	dateLine func(s string) (readout.Date, bool)
	// isLead reports whether a line starts the lead paragraph.
	isLead func(s string) bool
	// lead reads the lead paragraph [start, end) of p.text: schedule,
	// place, kind, participants.
	lead func(p *parser, start, end int)
	// body reads the sections after p.sections has built them: statements,
	// later mentions, further sessions. It may be nil.
	body func(p *parser)
}

// pickLanguage returns the grammar for tag, or detects it from the text:
// a text with a fair share of kana and kanji is Japanese.
func pickLanguage(tag, text string) *language {
	switch tag {
	case "en":
		return english
	case "ja":
		return japanese
	}
	var cjk, latin int
	for i := 0; i < len(text) && cjk+latin < langSample; {
		if text[i] < utf8.RuneSelf && cjk+latin+8 <= langSample && i+8 <= len(text) {
			// Eight ASCII bytes at once (the letters counted cannot
			// reach the limit inside them).
			if x := load8(text[i:]); x&highBits == 0 {
				latin += asciiLetters8(x)
				i += 8
				continue
			}
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if uint8(c|0x20)-'a' < 26 {
				latin++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isHanKana(r) {
			cjk++
		}
		i += size
	}
	return languageOf(tag, latin, cjk)
}

// langSample is how many letters (ASCII letters, Han and kana characters)
// from the start of a text decide its language.
const langSample = 4096

// languageOf returns the grammar for tag, or for a text whose first
// langSample letters have latin ASCII letters and cjk Han and kana
// characters.
func languageOf(tag string, latin, cjk int) *language {
	switch tag {
	case "en":
		return english
	case "ja":
		return japanese
	}
	// A kanji counts for about a word of English (several letters).
	if cjk*4 > latin {
		return japanese
	}
	return english
}

// highBits has the high bit of each of eight bytes.
const highBits = 0x8080808080808080

// load8 returns the first eight bytes of s, little-endian.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// asciiLetters8 counts the ASCII letters among the eight ASCII bytes of x:
// the bytes c with c|0x20 in 'a'..'z'.
func asciiLetters8(x uint64) int {
	return bits.OnesCount64(asciiLetterBits(x))
}

// asciiLetterBits has the high bit set in each byte of x, ASCII, that is
// a letter.
func asciiLetterBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x | 0x20*ones          // 0x20..0x7f: no byte carries below
	ge := y + (0x80-'a')*ones   // high bit: y >= 'a'
	gt := y + (0x80-'z'-1)*ones // high bit: y > 'z'
	return ge &^ gt & highBits
}
