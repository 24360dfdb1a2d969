package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
)

// Zone notes written beside a clock in an English lead: bare ("local time",
// "JST") or in brackets ("(local time; same day, 4:45 p.m. JST)"), with the
// Japan time they may state.

// bareNote returns the length of a zone note written after a clock without
// parentheses: "local time", "JST", "Japan time", "Japan Standard Time",
// "EST", "NY time"; 0 if there is none.
func bareNote(s string) int {
	// Only a word that starts with the first letter of one, in any case,
	// may start one of bareNotes (wordAt).
	if c := firstByte(s) | 0x20; c == 'l' || c == 'j' || c == 't' {
		for _, ws := range bareNotes {
			if n := wordsAt(s, ws...); n > 0 {
				return n
			}
		}
	}
	return zoneAbbreviation(s)
}

// bareNotes are the notes in words that bareNote reads.
var bareNotes = [][]string{{"local", "time"}, {"Japan", "Standard", "Time"}, {"Japan", "time"}, {"Tokyo", "time"}}

// firstByte returns s[0], or 0 for an empty s.
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
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
		if readout.IsAbbreviation(s[:n]) {
			return n
		}
	}
	return 0
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
	var coveredBuf [8]span // a note has a few words: no allocation
	covered := coveredBuf[:0]
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
		// Each word is tried only at the letters it can start with.
		c := s[0] | 0x20 // a letter in lower case; other bytes stay other
		if c == 'l' {
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
		}
		if c == 'i' {
			if n := wordsAt(s, "in", "Japan"); n > 0 { // "7:30 p.m. on the same day in Japan"
				if japan.end == 0 {
					japan = span{i, i + n}
				}
				covered = append(covered, span{i, i + n})
				i += n
				continue
			}
		}
		if c == 'l' || c == 'j' || c == 't' || s[0] >= 'A' && s[0] <= 'Z' { // bareNote's first letters
			if n := bareNote(s); n > 0 && isJapanNote(s[:n]) {
				if japan.end == 0 {
					japan = span{i, i + n}
				}
				covered = append(covered, span{i, i + n})
				i += n
				continue
			}
		}
		if isDigit(s[0]) || c == 'n' || c == 'm' {
			if c, n, ok := scanClock(s); ok && !clock.clock.Valid {
				clock, clockEl = c, span{i, i + n}
				covered = append(covered, clockEl)
				i += n
				continue
			}
		}
		if dateStarts[s[0]] {
			if d, n, ok := scanDate(s); ok && z.date.IsZero() {
				z.date = d.date
				covered = append(covered, span{i, i + n})
				i += n
				continue
			}
		}
		if c == 's' || c == 'n' || c == 'f' || c == 'p' || c == 'd' { // the day words' first letters
			for _, dw := range zoneNoteDays {
				if n := wordsAt(s, dw.words...); n > 0 {
					day = dw.rel
					covered = append(covered, span{i, i + n})
					i += n - 1
					break
				}
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
		if e := spanEndAt(covered, i); e > i {
			i = e // every byte up to e is covered
			continue
		}
		if !isWordByte(t[i]) {
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

// zoneNoteDays are the words of a zone note that relate the Japan date to
// the local one.
var zoneNoteDays = []struct {
	words []string
	rel   readout.DayRelation
}{
	{[]string{"same", "day"}, readout.DaySame},
	{[]string{"next", "day"}, readout.DayNext},
	{[]string{"following", "day"}, readout.DayNext},
	{[]string{"previous", "day"}, readout.DayPrevious},
	{[]string{"day", "before"}, readout.DayPrevious},
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

// spanEndAt returns the end of the first of spans that holds i, or -1.
func spanEndAt(spans []span, i int) int {
	for _, s := range spans {
		if i >= s.start && i < s.end {
			return s.end
		}
	}
	return -1
}

// inSpans reports whether one of spans holds i.
func inSpans(spans []span, i int) bool { return spanEndAt(spans, i) >= 0 }

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
