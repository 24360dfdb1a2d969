package parse

import (
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
	for i := 0; i < len(text) && cjk+latin < 4096; {
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
	// A kanji counts for about a word of English (several letters).
	if cjk*4 > latin {
		return japanese
	}
	return english
}
