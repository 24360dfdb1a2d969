package parse

import (
	"strings"
	"time"

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
	date       dateText // the first date of the lead
	dateEl     span
	hasDate    bool
	iso        readout.Date // a "2016-09-08" date line run into the lead
	dateNote   string       // a zone note written after the date, not a clock ("(JST)")
	dateNoteEl span
	lastEnd    int // the end of the last phrase read
}

func (w *whenScan) cur() *whenSession {
	if len(w.sessions) == 0 {
		return nil
	}
	return w.sessions[len(w.sessions)-1]
}

func (w *whenScan) open() *whenSession {
	s := &whenSession{}
	s.els = s.elsBuf[:0] // a session has a few phrases: no growing
	w.sessions = append(w.sessions, s)
	return s
}

// enWhen reads the schedule — date, start, zone notes, stated JST, duration,
// end — from the English lead paragraph [start, end) of p.text into
// p.m.Schedule, and further sessions of the same lead into p.m.Sessions. It
// runs after enWho, whose place decides the time zone.
func (p *parser) enWhen(start, end int) {
	w := &whenScan{p: p, end: end, lastEnd: start}
	t := p.text
	for i := start; i < end; {
		if i > start && isWordByte(t[i-1]) && isWordByte(t[i]) {
			i++
			continue
		}
		if !whenStarts[t[i]] {
			// No phrase starts here, nor inside this word.
			i = pastWord(t, i, end)
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
		i = pastWord(t, i, end)
	}
	w.finish()
}

// pastWord returns the index after the byte at i and the rest of its word,
// at most end: where a scan that reads only at word starts goes on after
// reading nothing at i.
func pastWord(t string, i, end int) int {
	if !isWordByte(t[i]) {
		return i + 1
	}
	for i++; i < end && isWordByte(t[i]); i++ {
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

// phrase tries each recogniser at i and returns the bytes it took, or 0.
func (w *whenScan) phrase(i int) int {
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
	if isDigit(s[0]) || s[0] == 'n' || s[0] == 'm' || s[0] == 'N' || s[0] == 'M' {
		if c, n, ok := scanClock(s); ok {
			return w.clock(i, i+n, c)
		}
	}
	if y, n, ok := scanISODate(s); ok {
		if w.iso.IsZero() {
			w.iso = y
		}
		return n
	}
	if d, n, ok := scanOnTheDay(s); ok {
		if !w.hasDate {
			w.date, w.dateEl, w.hasDate = d, span{i, i + n}, true
		}
		return n
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

// startWords are the words that may stand before a start time.
var startWords = []string{"commencing", "beginning", "starting", "started", "began", "from", "at", "around", "about", "approximately", "just", "shortly", "after", "since", "for"}

// clock handles a clock time at [i, j): the start of a session or its end,
// with the qualifier and the bare zone note after it.
func (w *whenScan) clock(i, j int, c clockText) int {
	t := w.p.text[:w.end]
	isEnd := endsWithEndWord(t[max(w.lastEnd, i-40):i])
	q, qs := startQualifier(t, i, w.lastEnd)
	cur := w.cur()
	el := span{qs, j}
	switch {
	case isEnd && cur != nil && cur.hasStart && !cur.hasEnd:
		cur.end, cur.endQ, cur.endEl, cur.hasEnd = c, q, el, true
		cur.els = append(cur.els, el)
		if cur.start.meridiem == 0 && c.meridiem == 'p' && cur.start.clock.Hour < 12 && cur.start.clock.Hour+12 <= c.clock.Hour {
			cur.start.clock.Hour += 12 // "from 3:00 to 3:40 p.m."
		}
	case cur != nil && !cur.hasStart:
		cur.start, cur.startQ, cur.startEl, cur.hasStart = c, q, el, true
		cur.els = append(cur.els, el)
	default:
		cur = w.open()
		cur.start, cur.startQ, cur.startEl, cur.hasStart = c, q, el, true
		cur.els = append(cur.els, el)
	}
	// A bare zone note after the clock: "local time", "JST", "Japan time",
	// "EST".
	if k := skipBlanks(t, j); k > j && k < len(t) {
		if n := bareNote(t[k:]); n > 0 {
			if !isEnd || cur.note == "" {
				cur.note, cur.noteEl = w.p.orig(k, k+n), span{k, k + n}
				cur.els = append(cur.els, cur.noteEl)
			}
			j = k + n
		}
	}
	// The day of an end past midnight: "until 1:00 a.m. the next day",
	// "to 2:00 a.m. on the following day".
	if isEnd && cur.hasEnd && cur.endEl.start == qs {
		if n := nextDayWords(t[j:]); n > 0 {
			cur.endDay = readout.DayNext
			cur.els = append(cur.els, span{j, j + n})
			j += n
		}
	}
	return j - i
}

// nextDayWords returns the length of ", on the following day", " the next
// day", " of the next day" and the like at the start of s, or 0.
func nextDayWords(s string) int {
	i := 0
	if i < len(s) && s[i] == ',' {
		i++
	}
	k := skipBlanks(s, i)
	if k == i {
		return 0
	}
	for _, lead := range []string{"on", "of"} {
		if n := wordAt(s[k:], lead); n > 0 {
			if m := skipBlanks(s, k+n); m > k+n {
				k = m
			}
			break
		}
	}
	for _, ws := range [][]string{{"the", "following", "day"}, {"the", "next", "day"}, {"the", "following", "morning"}, {"the", "next", "morning"}} {
		if n := wordsAt(s[k:], ws...); n > 0 {
			return k + n
		}
	}
	return 0
}

// endsWithEndWord reports whether the text before a clock makes it an end
// time: "until", "until around", "till", "to", "through", a dash; any case.
func endsWithEndWord(before string) bool {
	if !isASCII(before) {
		before = strings.ToLower(before)
	}
	b := strings.TrimRight(before, " ")
	if strings.HasSuffix(b, "-") || strings.HasSuffix(b, "–") {
		return true
	}
	for _, q := range []string{" around", " about", " approximately", " just after"} {
		b = trimLowerSuffix(b, q)
	}
	for _, w := range []string{"until", "till", "to", "through", "ended at", "ending at", "concluded at"} {
		if lowerIs(b, w) || len(b) > len(w) && b[len(b)-len(w)-1] == ' ' && lowerIs(b[len(b)-len(w):], w) {
			return true
		}
	}
	return false
}

// trimLowerSuffix returns s without the lower-case ASCII suffix, matched in
// any ASCII case, when s ends with it.
func trimLowerSuffix(s, suffix string) string {
	if len(s) >= len(suffix) && lowerIs(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// bareNote returns the length of a zone note written after a clock without
// parentheses: "local time", "JST", "Japan time", "Japan Standard Time",
// "EST", "NY time"; 0 if there is none.
func bareNote(s string) int {
	for _, ws := range [][]string{{"local", "time"}, {"Japan", "Standard", "Time"}, {"Japan", "time"}, {"Tokyo", "time"}} {
		if n := wordsAt(s, ws...); n > 0 {
			return n
		}
	}
	return zoneAbbreviation(s)
}

// zoneAbbreviation returns the length of a zone abbreviation in capitals at
// the start of s — "JST", "EST", "CEST", and also the ambiguous ones ("IST",
// "CST", "BST"), which are kept as the note so that validation can say they
// are ambiguous — or 0.
func zoneAbbreviation(s string) int {
	n := 0
	for n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		n++
	}
	if n >= 2 && n <= 5 && (n == len(s) || !isWordByte(s[n])) {
		if zs, _ := readout.Abbreviation(s[:n]); len(zs) > 0 {
			return n
		}
	}
	return 0
}

// startQualifier reads the words before a clock at i ("commencing at
// around", "from just after", "after") back to the bound lo, returning the
// qualifier and where the words start.
func startQualifier(t string, i, lo int) (readout.StartQualifier, int) {
	q, qs := readout.StartExact, i
	var seen [4]string // the words read, lower case, nearest the clock first
	n := 0
	j := i
	for n < len(seen) {
		k := j
		for k > lo && (t[k-1] == ' ' || t[k-1] == '\t') {
			k--
		}
		ws := k
		for ws > lo && isLetter(t[ws-1]) {
			ws--
		}
		if ws == k {
			break
		}
		word := ""
		for _, sw := range startWords {
			if lowerIs(t[ws:k], sw) {
				word = sw
				break
			}
		}
		if word == "" || word == "for" {
			break
		}
		seen[n] = word
		n++
		qs, j = ws, ws
	}
	for k, word := range seen[:n] {
		switch word {
		case "around", "about", "approximately":
			q = readout.StartAround
		case "after":
			q = readout.StartAfter
			if k+1 < n && (seen[k+1] == "just" || seen[k+1] == "shortly") {
				q = readout.StartJustAfter
			}
		}
		if q != readout.StartExact {
			break
		}
	}
	return q, qs
}

// duration handles "for [qualifier] DURATION" at [i, j).
func (w *whenScan) duration(i, j int, d readout.Duration, q readout.DurationQualifier) {
	cur := w.cur()
	if cur == nil || cur.hasDur {
		prev := cur
		cur = w.open()
		if prev != nil {
			// "(a meeting for approximately 45 minutes and a working lunch
			// for approximately 60 minutes)": the words before "for" name
			// the engagement.
			ev := eventBefore(w.p.text, max(prev.lastEl(), w.lastEnd), i)
			if ev.end > ev.start {
				cur.event, cur.eventEl = w.p.orig(ev.start, ev.end), ev
			}
		}
	}
	cur.dur, cur.durQ, cur.durEl, cur.hasDur = d, q, span{i, j}, true
	cur.els = append(cur.els, cur.durEl)
}

// eventBefore returns the words naming an engagement between lo and i,
// without a leading "and" or comma: "a working lunch".
func eventBefore(t string, lo, i int) span {
	s, e := trimSpace(t, lo, i)
	for s < e && (t[s] == ',' || t[s] == ';' || t[s] == '(') {
		s, e = trimSpace(t, s+1, e)
	}
	if n := wordAt(t[s:e], "and"); n > 0 {
		s, e = trimSpace(t, s+n, e)
	}
	if e-s > 60 || strings.ContainsAny(t[s:e], ".;()") {
		return span{}
	}
	return span{s, e}
}

// paren handles a parenthesis at i: a zone note ("(local time; same day,
// 4:45 p.m. JST)", "(NY time)") is read whole; any other parenthesis is
// read inside like the rest of the lead (it returns 1, past the bracket).
func (w *whenScan) paren(i int) int {
	t := w.p.text[:w.end]
	// A zone note is short: look for its end no further than 200 bytes on,
	// so a text full of unclosed brackets stays linear.
	close := strings.IndexByte(t[i+1:min(len(t), i+201)], ')')
	if close < 0 {
		return 1
	}
	close += i + 1
	if strings.IndexByte(t[i+1:close], '(') >= 0 {
		return 1
	}
	z, ok := w.p.zoneParen(i+1, close)
	if !ok {
		return 1
	}
	cur := w.cur()
	if cur == nil || (!cur.hasStart && !cur.hasDur) || (w.hasDate && w.dateEl.end > cur.lastEl() && onlyLinkWords(t[w.dateEl.end:i])) {
		// A note on the date, not on a clock: "On May 18 (Monday), 2009
		// (JST)", "On September 24, 2021 (local time)".
		if z.note != "" && w.dateNote == "" {
			w.dateNote, w.dateNoteEl = z.note, z.noteEl
		}
		return close + 1 - i
	}
	if z.note != "" && cur.note == "" {
		cur.note, cur.noteEl = z.note, z.noteEl
	}
	if z.stated.Time.Valid && cur.stated.IsZero() {
		cur.stated, cur.statedDate = z.stated, z.date
	}
	cur.els = append(cur.els, span{i, close + 1})
	return close + 1 - i
}

// A zoneParenText is what a parenthesised zone note says.
type zoneParenText struct {
	note   string // "local time", "NY time", "Japan time", "EST", as written
	noteEl span
	stated readout.StatedTime
	date   readout.Date
}

// zoneParen reads the inside [start, end) of a parenthesis as a zone note:
// "local time", "local time; same day, 4:45 p.m. JST", "local time; 7:00
// a.m. on September 19 JST", "local time. 4:30 a.m. on July 30, Japan
// time.", "local time, 7 p.m. Japan time", "8:00 p.m. on the same day, Japan
// Time", "6:30 a.m. Japan time", "local time; on March 21, 00:30am JST",
// "local time, on October 10, 9.45p.m.", "Japan time", "NY time", "France
// time", "JST". It reports false when the parenthesis is not a zone note;
// words it does not understand inside a zone note go to p.unparsed.
func (p *parser) zoneParen(start, end int) (zoneParenText, bool) {
	var z zoneParenText
	t := p.text[:end]
	local, japan := span{}, span{}
	var covered []span
	var clock clockText
	clockEl := span{}
	day := readout.DayUnstated
	for i := start; i < end; {
		if i > start && isWordByte(t[i-1]) && isWordByte(t[i]) {
			i++
			continue
		}
		if !zoneNoteStarts[t[i]] {
			i++
			continue
		}
		s := t[i:]
		if n := wordsAt(s, "local", "time"); n > 0 {
			// "local time in New York": the place is part of the note.
			if k := wordsAt(s[n:], " in"); k > 0 {
				if pl := placeTimeLength(s[n+k:]); pl > 0 {
					n += k + pl
				}
			}
			local = span{i, i + n}
			covered = append(covered, local)
			i += n
			continue
		}
		if n := wordsAt(s, "in", "Japan"); n > 0 { // "7:30 p.m. on the same day in Japan"
			if japan.end == 0 {
				japan = span{i, i + n}
			}
			covered = append(covered, span{i, i + n})
			i += n
			continue
		}
		if n := bareNote(s); n > 0 && isJapanNote(s[:n]) {
			if japan.end == 0 {
				japan = span{i, i + n}
			}
			covered = append(covered, span{i, i + n})
			i += n
			continue
		}
		if c, n, ok := scanClock(s); ok && !clock.clock.Valid {
			clock, clockEl = c, span{i, i + n}
			covered = append(covered, clockEl)
			i += n
			continue
		}
		if d, n, ok := scanDate(s); ok && z.date.IsZero() {
			z.date = d.date
			covered = append(covered, span{i, i + n})
			i += n
			continue
		}
		for _, dw := range []struct {
			words []string
			rel   readout.DayRelation
		}{
			{[]string{"same", "day"}, readout.DaySame},
			{[]string{"next", "day"}, readout.DayNext},
			{[]string{"following", "day"}, readout.DayNext},
			{[]string{"previous", "day"}, readout.DayPrevious},
			{[]string{"day", "before"}, readout.DayPrevious},
		} {
			if n := wordsAt(s, dw.words...); n > 0 {
				day = dw.rel
				covered = append(covered, span{i, i + n})
				i += n - 1
				break
			}
		}
		i++
	}
	// A place's time with no clock: "(NY time)", "(France time)"; an
	// abbreviation alone: "(EST)", "(CST)".
	if local.end == 0 && japan.end == 0 && !clock.clock.Valid {
		s, e := trimSpace(t, start, end)
		if n := zoneAbbreviation(t[s:e]); n > 0 && s+n == e {
			z.note, z.noteEl = p.orig(s, e), span{s, e}
			return z, true
		}
		if e-s > 5 && e-s < 40 && strings.HasSuffix(strings.ToLower(t[s:e]), " time") {
			if _, ok := readout.ZoneNote(t[s:e]); ok || p.knownPlaceTime(t[s:e]) {
				z.note, z.noteEl = p.orig(s, e), span{s, e}
				return z, true
			}
		}
		return z, false
	}
	if local.end == 0 && japan.end == 0 {
		return z, false // a clock with no zone: not a zone note
	}
	if local.end > 0 {
		z.note, z.noteEl = p.orig(local.start, local.end), local
	} else if !clock.clock.Valid {
		z.note, z.noteEl = p.orig(japan.start, japan.end), japan
	}
	if clock.clock.Valid {
		z.stated = readout.StatedTime{Time: clock.clock, Day: day, Span: p.span(clockEl.start, clockEl.end)}
	}
	// Whatever else is inside must be link words.
	for i := start; i < end; {
		if inSpans(covered, i) || !isWordByte(t[i]) {
			i++
			continue
		}
		j := i
		for j < end && isWordByte(t[j]) && !inSpans(covered, j) {
			j++
		}
		switch strings.ToLower(t[i:j]) {
		case "on", "the", "of", "at", "in", "and", "time", "same", "day":
		default:
			p.unparsed(i, j, "word not understood in a time zone note")
		}
		i = j
	}
	return z, true
}

// zoneNoteStarts marks the bytes a word of a zone note can start with:
// "local time", "in Japan", a bare note (bareNote: "Japan time", "Tokyo
// time", a capital abbreviation), a clock, a date (whenStarts) and the day
// words ("same", "next", "following", "previous", "day"), in either case.
var zoneNoteStarts = func() (t [256]bool) {
	t = whenStarts
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for _, c := range "lijtsnfpd" {
		t[c] = true
	}
	t['('] = false
	return t
}()

func inSpans(spans []span, i int) bool {
	for _, s := range spans {
		if i >= s.start && i < s.end {
			return true
		}
	}
	return false
}

// placeTimeLength returns the length of the place named at the start of s
// in a note "local time in X" — a city or a country the zone tables know,
// up to the end of s or a punctuation mark — or 0.
func placeTimeLength(s string) int {
	b := skipBlanks(s, 0)
	rest := s[b:]
	if k := strings.IndexAny(rest, ",;)"); k >= 0 {
		rest = rest[:k]
	}
	name := strings.TrimRight(rest, " ")
	if name == "" || len(name) > 40 {
		return 0
	}
	if _, ok := readout.ZoneNote(name + " time"); !ok {
		if _, ok := readout.Country(name); !ok {
			return 0
		}
	}
	return b + len(name)
}

// knownPlaceTime reports whether a note "X time" names the place of the
// meeting, such as "France time" for a meeting in France: it is then the
// local time even when the zone API cannot name X's zone.
func (p *parser) knownPlaceTime(note string) bool {
	x := strings.TrimSpace(note[:len(note)-len(" time")])
	return x != "" && (strings.EqualFold(x, p.m.Place.Country) || strings.EqualFold(x, p.m.Place.City))
}

// finish puts the phrases read into p.m.Schedule and p.m.Sessions.
func (w *whenScan) finish() {
	p := w.p
	var base readout.Date
	var baseSpan readout.Span
	if w.hasDate {
		base = w.date.date
		baseSpan = p.span(w.dateEl.start, w.dateEl.end)
		ref := p.m.Published
		if !w.iso.IsZero() {
			ref = w.iso
		}
		if base.Month == 0 {
			base = withMonth(base, ref) // "On the 3rd"
		}
		base = withYear(base, ref)
	}
	if len(w.sessions) == 0 {
		if w.hasDate {
			p.m.Schedule.Date, p.m.Schedule.DateSpan, p.m.Schedule.Weekday = base, baseSpan, w.date.weekday
			p.m.Schedule.Span = baseSpan
			if w.dateNote != "" {
				p.m.Schedule.ZoneNote, p.m.Schedule.ZoneNoteSpan = p.orig(w.dateNoteEl.start, w.dateNoteEl.end), p.span(w.dateNoteEl.start, w.dateNoteEl.end)
			}
			p.setZone(&p.m.Schedule)
		}
		return
	}
	for k, s := range w.sessions {
		var sc readout.Schedule
		if !s.date.date.IsZero() {
			sc.Date, sc.DateSpan, sc.Weekday = withYear(s.date.date, base), p.span(s.dateEl.start, s.dateEl.end), s.date.weekday
			if !sc.Date.HasYear() {
				sc.Date = withYear(sc.Date, p.m.Published)
			}
		} else if w.hasDate {
			sc.Date, sc.DateSpan, sc.Weekday = base, baseSpan, w.date.weekday
		}
		if s.hasStart {
			sc.Start, sc.StartQualifier, sc.StartSpan = s.start.clock, s.startQ, p.span(s.startEl.start, s.startEl.end)
		}
		if s.note != "" {
			sc.ZoneNote, sc.ZoneNoteSpan = s.note, p.span(s.noteEl.start, s.noteEl.end)
		} else if w.dateNote != "" {
			sc.ZoneNote, sc.ZoneNoteSpan = w.dateNote, p.span(w.dateNoteEl.start, w.dateNoteEl.end)
		}
		if s.stated.Time.Valid {
			sc.StatedJST = s.stated
			if !s.statedDate.IsZero() {
				d := s.statedDate
				if sc.Date.HasYear() {
					d = withYear(d, sc.Date)
				}
				sc.StatedJST.Date = d
				if rel := dayRelation(sc.Date, d); rel != readout.DayUnstated {
					sc.StatedJST.Day = rel
				}
			}
		}
		if s.hasDur {
			sc.Duration, sc.DurationQualifier, sc.DurationSpan = s.dur, s.durQ, p.span(s.durEl.start, s.durEl.end)
		}
		if s.hasEnd {
			sc.End, sc.EndSpan, sc.EndDay = s.end.clock, p.span(s.endEl.start, s.endEl.end), s.endDay
			if !s.endDt.IsZero() && sc.EndDay == readout.DayUnstated {
				sc.EndDay = dayRelation(sc.Date, s.endDt)
			}
			if !s.hasDur && s.hasStart {
				m := sc.End.Minutes() - sc.Start.Minutes()
				if m <= 0 || (m > 0 && sc.EndDay == readout.DayNext) {
					m += 24 * 60
				}
				sc.Duration = readout.Duration(time.Duration(m) * time.Minute)
				if s.startQ != readout.StartExact || s.endQ != readout.StartExact {
					sc.DurationQualifier = readout.DurationApproximately
				}
			}
		}
		els := s.els
		if k == 0 && w.hasDate {
			els = append(els, w.dateEl)
		}
		sc.Span = w.phraseSpan(els)
		p.setZone(&sc)
		if k == 0 {
			p.m.Schedule = sc
			continue
		}
		ss := readout.Session{Event: s.event, Kind: kindOfEvent(s.event), Schedule: sc, Span: sc.Span}
		if s.event != "" {
			ss.Span = p.span(min(s.eventEl.start, spanFirst(s.els)), spanLast(s.els))
		}
		p.m.Sessions = append(p.m.Sessions, ss)
	}
}

// phraseSpan returns the span of the time phrase made of els: the phrases
// that stand together (separated by nothing but blanks, commas and "on")
// with the first of els, which is the start or the duration.
func (w *whenScan) phraseSpan(els []span) readout.Span {
	if len(els) == 0 {
		return readout.Span{}
	}
	lo, hi := els[0].start, els[0].end
	for grown := true; grown; {
		grown = false
		for _, e := range els {
			switch {
			case e.start >= lo && e.end <= hi:
			case e.start >= hi && onlyLinkWords(w.p.text[hi:e.start]):
				hi, grown = e.end, true
			case e.end <= lo && onlyLinkWords(w.p.text[e.end:lo]):
				lo, grown = e.start, true
			}
		}
	}
	return w.p.span(lo, hi)
}

func spanFirst(els []span) int {
	lo := els[0].start
	for _, e := range els {
		lo = min(lo, e.start)
	}
	return lo
}

func spanLast(els []span) int {
	hi := 0
	for _, e := range els {
		hi = max(hi, e.end)
	}
	return hi
}

// kindOfEvent classifies a further session by the words naming it.
func kindOfEvent(ev string) readout.Kind {
	ev = strings.ToLower(ev)
	switch {
	case ev == "":
		return readout.KindUnknown
	case strings.Contains(ev, "lunch"), strings.Contains(ev, "dinner"), strings.Contains(ev, "breakfast"), strings.Contains(ev, "banquet"):
		return readout.KindWorkingMeal
	case strings.Contains(ev, "summit"):
		return readout.KindSummit
	case strings.Contains(ev, "courtesy call"):
		return readout.KindCourtesyCall
	case strings.Contains(ev, "meeting"), strings.Contains(ev, "talk"):
		return readout.KindMeeting
	}
	return readout.KindOther
}
