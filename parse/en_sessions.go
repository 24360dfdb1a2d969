package parse

import (
	"sort"
	"strings"

	"github.com/diplomacy-data/readout"
)

// sequenceMarkers open a sentence that reports the next engagement of a
// multi-event page ("In the afternoon, the Prime Minister attended ...").
var sequenceMarkers = [][]string{
	{"in", "the", "morning"}, {"in", "the", "afternoon"}, {"in", "the", "evening"}, {"at", "night"},
	{"later", "that", "day"}, {"later"}, {"then"}, {"afterwards"}, {"after", "that"}, {"subsequently"},
	{"following", "this"}, {"following", "that"},
}

// engagementVerbs are the verbs of such a sentence, with a space after
// them; the event is what follows.
var engagementVerbs = []string{"attended ", "held ", "hosted ", "met with ", "received ", "paid ", "had ", "participated in ", "took part in "}

// enWhenBody reads the further engagements of a multi-event page — a day's
// schedule written as unnumbered paragraphs after the lead — into
// p.m.Sessions: each sentence that starts with a sequence marker ("In the
// afternoon", "Then", "Afterwards") and reports an engagement ("attended
// ...", "held ...") is a session, with the time phrase it states, on the
// meeting's date and in its zone unless it says otherwise.
func (p *parser) enWhenBody() {
	for _, sec := range p.m.Sections {
		if sec.Number != 0 || sec.Heading != "" {
			continue
		}
		start := p.normOffset(int(sec.Span.Start.Offset))
		end := p.normOffset(int(sec.Span.End.Offset))
		for s := start; s < end; {
			e := enSentenceEnd(p.text, s, end)
			p.bodySession(s, e)
			s = e
		}
	}
}

// bodySession reads the sentence [start, end) as a further session if it is
// one.
func (p *parser) bodySession(start, end int) {
	start, end = trimSpace(p.text, start, end)
	if start >= end {
		return
	}
	s := p.text[start:end]
	marked := false
	for _, m := range sequenceMarkers {
		if n := wordsAt(s, m...); n > 0 {
			marked = true
			break
		}
	}
	if !marked {
		return
	}
	verbAt, verb := -1, ""
	for _, v := range engagementVerbs {
		if i := strings.Index(s, " "+v); i >= 0 && (verbAt < 0 || i < verbAt) {
			verbAt, verb = i+1, v
		}
	}
	if verbAt < 0 {
		return
	}
	// The event: the words after the verb, up to "with", "hosted by", a
	// comma or the end of the sentence.
	es := start + verbAt + len(verb)
	ee := end
	for _, stop := range []string{" with ", " hosted by ", " held by ", ",", " at the ", " in "} {
		if i := strings.Index(p.text[es:ee], stop); i >= 0 {
			ee = es + i
		}
	}
	ee = strings.LastIndexFunc(p.text[:ee], func(r rune) bool { return r != '.' && r != ' ' }) + 1
	ee = max(ee, es)
	w := &whenScan{p: p, end: end, lastEnd: start}
	for i := start; i < end; {
		if i > start && isWordByte(p.text[i-1]) && isWordByte(p.text[i]) {
			i++
			continue
		}
		if n := w.phrase(i); n > 0 && len(w.sessions) <= 1 {
			i += n
			w.lastEnd = i
			continue
		}
		i++
	}
	sc := readout.Schedule{Date: p.m.Schedule.Date, DateSpan: p.m.Schedule.DateSpan, Weekday: p.m.Schedule.Weekday}
	if w.hasDate {
		sc.Date, sc.DateSpan, sc.Weekday = withYear(w.date.date, p.m.Schedule.Date), p.span(w.dateEl.start, w.dateEl.end), w.date.weekday
	}
	if len(w.sessions) > 0 {
		ws := w.sessions[0]
		if ws.hasStart {
			sc.Start, sc.StartQualifier, sc.StartSpan = ws.start.clock, ws.startQ, p.span(ws.startEl.start, ws.startEl.end)
		}
		if ws.hasDur {
			sc.Duration, sc.DurationQualifier, sc.DurationSpan = ws.dur, ws.durQ, p.span(ws.durEl.start, ws.durEl.end)
		}
		if ws.note != "" {
			sc.ZoneNote, sc.ZoneNoteSpan = ws.note, p.span(ws.noteEl.start, ws.noteEl.end)
		}
		if ws.stated.Time.Valid {
			sc.StatedJST = ws.stated
		}
		sc.Span = w.phraseSpan(ws.els)
	}
	if sc.ZoneNote == "" {
		// The same page, the same place: the meeting's note holds.
		sc.ZoneNote, sc.ZoneNoteSpan = p.m.Schedule.ZoneNote, p.m.Schedule.ZoneNoteSpan
	}
	p.setZone(&sc)
	event := p.orig(es, ee)
	p.m.Sessions = append(p.m.Sessions, readout.Session{
		Kind: kindOfEvent(event), Mode: p.m.Mode, Event: event, Schedule: sc, Span: p.span(start, end),
	})
}

// enSentenceEnd returns the end of the sentence or line that starts at s: after
// ". " or at a line break, at most end.
func enSentenceEnd(t string, s, end int) int {
	for i := s; i < end; i++ {
		switch {
		case t[i] == '\n':
			return i + 1
		case t[i] == '.' && i+1 < end && (t[i+1] == ' ' || t[i+1] == '\n') && !abbrevBefore(t, s, i):
			return i + 1
		}
	}
	return end
}

// abbrevBefore reports whether the full stop at i ends an abbreviation such
// as "Mr.", "Jr." or "U.S." rather than a sentence.
func abbrevBefore(t string, lo, i int) bool {
	j := i
	for j > lo && isLetter(t[j-1]) {
		j--
	}
	w := t[j:i]
	switch w {
	case "Mr", "Ms", "Mrs", "Dr", "Jr", "Sr", "St", "H.E", "Hon", "Rt", "No", "a.m", "p.m", "m":
		return true
	}
	return len(w) == 1 // "U.S.", "R."
}

// normOffset returns the offset of p.text that the input offset orig maps to:
// the first normalised offset whose input offset is at or after orig.
func (p *parser) normOffset(orig int) int {
	return sort.Search(len(p.text), func(n int) bool { return p.nm.start(n) >= orig })
}
