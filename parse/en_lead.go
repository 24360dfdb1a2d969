package parse

import (
	"fmt"
	"strings"
)

// maxEnLead is how much of an English lead paragraph the lead grammar
// reads. The longest lead of the corpus and the held-out readouts is under
// 2 KB; the grammar tokenizes what it reads (a 40-byte tok a word), so a lead
// made long to exhaust memory is read only this far. The rest stays in
// Meeting.Lead and is reported as an Unparsed fragment (tooLongLead).
const maxEnLead = 16 << 10

// tooLongLead is the reason given for the part of a lead past maxEnLead.
var tooLongLead = fmt.Sprintf("lead longer than %d KiB: the rest is not read", maxEnLead>>10)

// enLead reads the English lead paragraph [start, end) of p.text: first who,
// where and what kind (enWho, en_who.go), then when (enWhen, en_when.go),
// which needs the place to choose the time zone. A lead longer than
// maxEnLead is read up to a word boundary near it (leadCut).
func (p *parser) enLead(start, end int) {
	if cut := leadCut(p.text, start, end, maxEnLead); cut < end {
		defer p.unparsed(cut, end, tooLongLead)
		end = cut
	}
	p.enWho(start, end)
	p.enWhen(start, end)
}

// leadCut returns where a reading of s[start:end] limited to n bytes
// stops: end if it is within n bytes; else after the last sentence that
// ends within them (a dot, question or exclamation mark before white space,
// the dot not an abbreviation's), so that the grammar sees whole sentences;
// else, when the first sentence alone is longer, at the last white space
// within them; else, when the first n bytes are one word, at the white
// space after that word (a word is one token however long).
func leadCut(s string, start, end, n int) int {
	if end-start <= n {
		return end
	}
	space := -1
	for i := start + n; i > start; i-- {
		if !isSpaceByte(s[i]) {
			continue
		}
		if space < 0 {
			space = i
		}
		if sentenceEndBefore(s, start, i) {
			return i
		}
	}
	if space >= 0 {
		return space
	}
	for i := start + n; i < end; i++ {
		if isSpaceByte(s[i]) {
			return i
		}
	}
	return end
}

// sentenceEndBefore reports whether the text of s[start:i] ends a sentence:
// a question or exclamation mark, or a dot that no abbreviation ("Mr.",
// "U.S.") or initial owns, possibly followed by closing brackets or quotes.
func sentenceEndBefore(s string, start, i int) bool {
	j := i
	for j > start && (s[j-1] == ')' || s[j-1] == '"' || s[j-1] == '\'') {
		j--
	}
	if j == start {
		return false
	}
	switch s[j-1] {
	case '!', '?':
		return true
	case '.':
	default:
		return false
	}
	w := j
	for w > start && !isSpaceByte(s[w-1]) {
		w--
	}
	return !isAbbrev(strings.TrimLeft(s[w:j], "(\"'["))
}

// enBody reads statements, later mentions and further sessions from the
// sections of an English readout.
func (p *parser) enBody() {
	p.enWhoBody()
	p.enWhenBody()
	p.attachMentions()
}
