package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
)

// The English time grammar reads the lead paragraph left to right, word by
// word, and recognises four kinds of phrase wherever they stand: a clock
// time with the words before it that qualify it ("commencing at around 6:15
// p.m.", "until 9:30 p.m."), a duration ("for approximately 2 hours and 45
// minutes"), a date ("On Wednesday, May 3") and a zone note ("(local time;
// same day, 4:45 p.m. JST)", "local time", "(NY time)", "EST"). The phrases
// are then put together into sessions: a clock opens a session, a duration
// belongs to the open session unless it already has one, a zone note to the
// latest clock. The first session is the meeting's Schedule; the others are
// kept in Meeting.Sessions.
//
// This file reads the lead and dispatches; the clock and duration phrases
// are handled in en_when_phrases.go, the zone notes in en_zonenote.go, the
// dates in en_date.go, and the sessions are put together in en_schedule.go.

// maxSessions is the most engagements read from one lead; real leads have
// one to three.
const maxSessions = 16

// A span is a range [start, end) of p.text.
type span struct{ start, end int }

// A whenSession is one engagement's time phrase while the lead is read.
type whenSession struct {
	start    clockText
	startQ   readout.StartQualifier
	startEl  span
	hasStart bool

	note   string // the zone note, as written
	noteEl span

	stated     readout.StatedTime
	statedDate readout.Date // a Japan date written in the note, year unknown

	dur    readout.Duration
	durQ   readout.DurationQualifier
	durEl  span
	hasDur bool

	end    clockText
	endQ   readout.StartQualifier
	endEl  span
	hasEnd bool
	endDay readout.DayRelation // "until 1:00 a.m. the next day"
	endDt  readout.Date        // "until 1:00 a.m. on June 11", year unknown

	date   dateText // a date written right after the clock ("from 7:30 p.m. on October 10")
	dateEl span

	event   string
	eventEl span

	els    []span // every phrase of the session, for its span
	elsBuf [6]span
}

// A whenScan is the state of one reading of a lead.
type whenScan struct {
	p          *parser
	end        int
	sessions   []*whenSession
	spare      []whenSession // allocated, not yet opened (open)
	date       dateText      // the first date of the lead
	dateEl     span
	hasDate    bool
	iso        readout.Date // a "2016-09-08" date line run into the lead
	dateNote   string       // a zone note written after the date, not a clock ("(JST)")
	dateNoteEl span
	lastEnd    int // the end of the last phrase read

	// chunk, when set, is where open puts the first session before it
	// allocates any: the parser's, for the lead (enWhen).
	chunk *sessionChunk
}

func (w *whenScan) cur() *whenSession {
	if len(w.sessions) == 0 {
		return nil
	}
	return w.sessions[len(w.sessions)-1]
}

func (w *whenScan) open() *whenSession {
	if len(w.spare) == 0 {
		// A session and the list of sessions in one allocation: a
		// lead mostly has one.
		c := w.chunk
		if c != nil {
			*c = sessionChunk{}
			w.chunk = nil
		} else {
			c = new(sessionChunk)
		}
		if w.sessions == nil {
			w.sessions = c.list[:0]
		}
		w.spare = c.sessions[:]
	}
	s := &w.spare[0]
	w.spare = w.spare[1:]
	s.els = s.elsBuf[:0] // a session has a few phrases: no growing
	w.sessions = append(w.sessions, s)
	return s
}

// A sessionChunk holds a session a whenScan opens and, for the first, the
// list of sessions, with room for four.
type sessionChunk struct {
	sessions [1]whenSession
	list     [4]*whenSession
}

// enWhen reads the schedule — date, start, zone notes, stated JST, duration,
// end — from the English lead paragraph [start, end) of p.text into
// p.m.Schedule, and further sessions of the same lead into p.m.Sessions. It
// runs after enWho, whose place decides the time zone.
func (p *parser) enWhen(start, end int) {
	w := &whenScan{p: p, end: end, lastEnd: start, chunk: &p.leadWhen}
	t := p.text[:end] // its length bounds every index below
	for i := start; i < len(t); {
		if i > start && isWordByte(t[i-1]) && isWordByte(t[i]) {
			i++
			continue
		}
		if !whenStarts[t[i]] {
			// No phrase starts here, nor inside this word, nor at the
			// blanks and marks after it that start none.
			i = pastWord(t, i)
			for i < len(t) && whenPass[t[i]] {
				i++
			}
			continue
		}
		if n := w.phrase(i); n > 0 {
			if len(w.sessions) > maxSessions {
				// Not a lead any more but a list of times: keep the
				// rest as text, unread.
				extra := w.sessions[maxSessions]
				w.sessions = w.sessions[:maxSessions]
				p.unparsed(spanFirst(extra.els), end, "more time phrases than one lead holds")
				break
			}
			i += n
			w.lastEnd = i
			continue
		}
		i = pastWord(t, i)
	}
	w.finish()
}

// pastWord returns the index after the byte at i and the rest of its word
// in t: where a scan that reads only at word starts goes on after reading
// nothing at i.
func pastWord(t string, i int) int {
	if !isWordByte(t[i]) {
		return i + 1
	}
	for i++; i < len(t) && isWordByte(t[i]); i++ {
	}
	return i
}

// whenStarts marks the bytes a time phrase can start with: a bracket (a
// zone note), a digit (a clock or a date), "f" ("for" a duration), "n" and
// "m" ("noon", "midnight"), "o" ("on the 3rd"), the first letters of the
// day names in either case ("Wednesday, May 3", "wed., May 3") and the
// capital first letters of the month names. phrase reads nothing at any
// other byte, so it returns at once there.
var whenStarts = func() (t [256]bool) {
	for _, c := range "(0123456789fFnNmMoOsStTwWJFMASOND" {
		t[c] = true
	}
	return t
}()

// whenPass marks the bytes enWhen passes over one by one: neither in a
// word nor the start of a phrase.
var whenPass = func() (t [256]bool) {
	for c := range t {
		t[c] = !isWordByte(byte(c)) && !whenStarts[c]
	}
	return t
}()

// dateStarts marks the bytes scanDate can read a date at: a digit, the
// first letters of the day names in either case, and the capital first
// letters of the month names.
var dateStarts = func() (t [256]bool) {
	for _, c := range "0123456789sStTwWmMfFJASOND" {
		t[c] = true
	}
	return t
}()

// phrase tries each recogniser at i and returns the bytes it took, or 0.
// A word is read only when its first letters may start a phrase
// (mayStartWordPhrase).
func (w *whenScan) phrase(i int) int {
	if c := w.p.text[i]; isLetter(c) && !mayStartWordPhrase(w.p.text[i:w.end]) {
		return 0
	}
	return w.readPhrase(i)
}

// mayStartWordPhrase reports whether a time phrase may start at s, which
// starts with an ASCII letter: at "on" ("on the 3rd"), or at a word whose
// first three letters start "for" (a duration), "noon", "midday" or
// "midnight" (a clock), or a month or day name (a date). Every phrase that
// starts with a letter starts so; the letters are compared as wordAt and
// the date scanners compare them, ASCII only, in either case.
func mayStartWordPhrase(s string) bool {
	if len(s) >= 2 && s[0]|0x20 == 'o' && s[1]|0x20 == 'n' {
		return true
	}
	if len(s) < 3 || !isLetter(s[0]) || !isLetter(s[1]) || !isLetter(s[2]) {
		return false
	}
	a, b, c := s[0]|0x20-'a', s[1]|0x20-'a', s[2]|0x20-'a'
	return wordPhraseTriples[int(a)*26+int(b)]&(1<<c) != 0
}

// wordPhraseTriples holds, for each pair of first letters, the third
// letters of the words a time phrase starts with (mayStartWordPhrase).
var wordPhraseTriples = func() (t [26 * 26]uint32) {
	add := func(w string) {
		t[int(w[0]-'a')*26+int(w[1]-'a')] |= 1 << (w[2] - 'a')
	}
	for _, w := range []string{"for", "noon", "midday", "midnight"} {
		add(w)
	}
	for w := range monthNames {
		add(w)
	}
	for w := range weekdayNames {
		add(w)
	}
	return t
}()

// readPhrase is phrase without the test of the first letters.
func (w *whenScan) readPhrase(i int) int {
	t := w.p.text[:w.end]
	s := t[i:]
	if !whenStarts[s[0]] {
		return 0
	}
	switch c := s[0]; {
	case c == '(':
		return w.paren(i)
	case c == 'f' || c == 'F':
		if d, q, n, ok := scanForDuration(s); ok {
			w.duration(i, i+n, d, q)
			return n
		}
	}
	if isDigit(s[0]) || len(s) > 1 && (s[0]|0x20 == 'n' && s[1]|0x20 == 'o' || s[0]|0x20 == 'm' && s[1]|0x20 == 'i') {
		// A clock is digits, "noon", "midday" or "midnight".
		if c, n, ok := scanClock(s); ok {
			return w.clock(i, i+n, c)
		}
	}
	if isDigit(s[0]) {
		if y, n, ok := scanISODate(s); ok {
			if w.iso.IsZero() {
				w.iso = y
			}
			return n
		}
	}
	if s[0] == 'o' || s[0] == 'O' {
		if d, n, ok := scanOnTheDay(s); ok {
			if !w.hasDate {
				w.date, w.dateEl, w.hasDate = d, span{i, i + n}, true
			}
			return n
		}
	}
	if !dateStarts[s[0]] {
		return 0
	}
	if d, n, ok := scanDate(s); ok {
		if !w.hasDate {
			w.date, w.dateEl, w.hasDate = d, span{i, i + n}, true
		}
		c := w.cur()
		switch {
		case c == nil || !onlyLinkWords(t[c.lastEl():i]):
		case c.hasEnd && c.endEl.end == c.lastEl() && c.endDt.IsZero():
			// "until 1:00 a.m. on June 11": the end's date, not the
			// meeting's.
			c.endDt = d.date
			c.els = append(c.els, span{i, i + n})
		case c.hasStart && !c.hasEnd && c.date.date.IsZero():
			c.date, c.dateEl = d, span{i, i + n}
			c.els = append(c.els, c.dateEl)
		}
		return n
	}
	return 0
}

// lastEl returns the end of the session's last phrase.
func (s *whenSession) lastEl() int {
	e := 0
	for _, el := range s.els {
		e = max(e, el.end)
	}
	return e
}

// onlyLinkWords reports whether s holds nothing but blanks, commas and the
// word "on" between two phrases of one time phrase.
func onlyLinkWords(s string) bool {
	if len(s) > 40 {
		return false // phrases that far apart are not one time phrase
	}
	s = strings.TrimSpace(strings.Trim(s, " ,"))
	return s == "" || s == "on"
}
