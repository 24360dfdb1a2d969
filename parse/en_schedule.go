package parse

import (
	"strings"
	"time"

	"github.com/diplomacy-data/readout"
)

// Putting the phrases of a lead together: each session's schedule, its
// span, and the kind of a further session.

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
