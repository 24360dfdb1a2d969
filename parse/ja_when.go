package parse

import (
	"strings"
	"time"

	"github.com/diplomacy-data/readout"
)

// The schedule of a Japanese lead, after normalisation. The parts come in
// any order around the principal:
//
//	現地時間4月7日午前9時45分(日本時間7日午後4時45分)から約2時間45分間
//	本4日,午後4時40分(現地時間,日本時間午後1時40分)から約45分間
//	28日(土曜日),安倍晋三内閣総理大臣は,午後11時5分から約42分間
//	現地時間9月22日正午頃(日本時間23日)から短時間
//	15時05分から15時40分までの間
//
// "現地時間" (before the date, or in brackets after the time) marks local
// time; "日本時間" in brackets is the stated Japan time, with its day as
// 同日/翌日/前日 or a day of the month; "日本時間" outside brackets says the
// time itself is Japan time.

// jaWhen reads the schedule from the lead sentence [start, end) of p.text.
func (p *parser) jaWhen(start, end int) {
	s := p.text
	sch := &p.m.Schedule
	var (
		date, jstDate       jaDate
		haveDate, haveJDate bool
		jstRel              readout.DayRelation
		jstClock            jaClock
		jst                 bool // inside a 日本時間 note
		jstDepth, depth     int
		jstStart            int
		mainJST             bool // the time itself is Japan time
		spanStart, spanEnd  = -1, -1
	)
	cover := func(a, b int) {
		if spanStart < 0 || a < spanStart {
			spanStart = a
		}
		if b > spanEnd {
			spanEnd = b
		}
	}
	closeJST := func(at int) {
		if jstClock.clock.Valid || haveJDate || jstRel != readout.DayUnstated {
			sch.StatedJST.Span = p.span(jstStart, at)
		}
		jst = false
	}
	for i := start; i < end; {
		r, size := decodeRune(s[i:end])
		if !jaMayStartWhen(r) {
			i += size
			continue
		}
		switch {
		case strings.HasPrefix(s[i:end], "現地時間"):
			if sch.ZoneNote == "" {
				sch.ZoneNote, sch.ZoneNoteSpan = p.orig(i, i+len("現地時間")), p.span(i, i+len("現地時間"))
			}
			i += len("現地時間")
			continue
		case strings.HasPrefix(s[i:end], "日本時間"):
			if depth == 0 {
				mainJST = true
				if sch.ZoneNote == "" {
					sch.ZoneNote, sch.ZoneNoteSpan = p.orig(i, i+len("日本時間")), p.span(i, i+len("日本時間"))
				}
			} else {
				jst, jstDepth, jstStart = true, depth, i
			}
			i += len("日本時間")
			if i < end && (s[i] == ':' || s[i] == ' ') {
				i++
			}
			continue
		case r == '(':
			depth++
		case r == ')':
			depth--
			if jst && depth < jstDepth {
				closeJST(i + 1)
				cover(i, i+1)
			}
			// 頃 or 過ぎ after a note in brackets qualifies the time
			// before the note: "午後3時30分(日本時間同日午後4時30分)頃から".
			if depth == 0 && sch.Start.Valid && sch.StartQualifier == readout.StartExact {
				if q, n := jaTimeHedge(s[i+1 : end]); n > 0 {
					sch.StartQualifier = q
					cover(i+1, i+1+n)
					i += 1 + n
					continue
				}
			}
		case jst && strings.HasPrefix(s[i:end], "翌日"):
			jstRel, i = readout.DayNext, i+len("翌日")
			continue
		case jst && strings.HasPrefix(s[i:end], "前日"):
			jstRel, i = readout.DayPrevious, i+len("前日")
			continue
		}
		if r == '本' || r == '同' || r >= '0' && r <= '9' || strings.HasPrefix(s[i:end], "令和") ||
			strings.HasPrefix(s[i:end], "平成") || strings.HasPrefix(s[i:end], "昭和") {
			if d, ok := jaDateAt(s[:end], i); ok {
				switch {
				case jst && !haveJDate:
					jstDate, haveJDate = d, true
				case !jst && !haveDate:
					date, haveDate = d, true
					sch.DateSpan = p.span(d.start, d.end)
					cover(d.start, d.end)
					if wd, e, ok := jaWeekdayAt(s[:end], d.end); ok {
						sch.Weekday = wd.String()
						cover(d.end, e)
						i = e
						continue
					}
				}
				i = d.end
				continue
			}
		}
		if c, ok := jaClockAt(s[:end], i); ok {
			switch {
			case jst && !jstClock.clock.Valid:
				jstClock = c
			case !jst && !sch.Start.Valid:
				sch.Start, sch.StartQualifier, sch.StartSpan = c.clock, c.qual, p.span(c.start, c.end)
				cover(c.start, c.end)
				i = p.jaRange(c, end, cover)
				continue
			}
			i = c.end
			continue
		}
		if d, ok := jaDurationAt(s[:end], i); ok {
			if !jst && sch.Duration == 0 && sch.DurationQualifier == readout.DurationExact {
				sch.Duration, sch.DurationQualifier, sch.DurationSpan = d.d, d.qual, p.span(d.start, d.end)
				cover(d.start, d.end)
			}
			i = d.end
			continue
		}
		i += size
	}
	if jst {
		closeJST(end)
	}
	if spanStart >= 0 {
		sch.Span = p.span(spanStart, spanEnd)
	}
	if haveDate {
		sch.Date = date.resolve(p.m.Published)
	}
	// The stated Japan time and its day.
	if jstClock.clock.Valid {
		sch.StatedJST.Time = jstClock.clock
	}
	switch {
	case haveJDate && jstDate.same:
		sch.StatedJST.Day, sch.StatedJST.Date = readout.DaySame, sch.Date
	case haveJDate:
		if d, rel, ok := dayNear(jstDate.day, sch.Date); ok {
			sch.StatedJST.Day, sch.StatedJST.Date = rel, d
		}
	case jstRel != readout.DayUnstated:
		sch.StatedJST.Day = jstRel
		if sch.Date.IsValid() {
			sch.StatedJST.Date = sch.Date.AddDays(jstRel.Days())
		}
	}
	p.jaZone(mainJST)
}

// jaMayStartWhen reports whether r may start a part of the schedule that
// jaWhen reads: a zone note (現地時間, 日本時間), a bracket, a day (翌日,
// 前日, 同日, 本4日, an era, a number), a clock (正午, 午前, 午後, a number)
// or a duration (短時間, 約, およそ, a number). The rest of the lead is
// stepped over with this one test.
func jaMayStartWhen(r rune) bool {
	switch r {
	case '(', ')', '現', '日', '翌', '前', '本', '同', '令', '平', '昭', '正', '午', '短', '約', 'お':
		return true
	}
	return r >= '0' && r <= '9'
}

// jaRange reads what follows a start clock c: "から" and an end clock with
// "まで" ("15時05分から15時40分までの間"). It sets the end and the duration
// and returns the offset to go on from.
func (p *parser) jaRange(c jaClock, end int, cover func(a, b int)) int {
	s := p.text
	i := c.end
	if !strings.HasPrefix(s[i:end], "から") {
		return i
	}
	i += len("から")
	e, ok := jaClockAt(s[:end], i)
	if !ok || !strings.HasPrefix(s[e.end:end], "まで") {
		return i
	}
	j := e.end + len("まで")
	if strings.HasPrefix(s[j:end], "の間") {
		j += len("の間")
	}
	sch := &p.m.Schedule
	sch.End, sch.EndSpan = e.clock, p.span(e.start, e.end)
	mins := e.clock.Minutes() - c.clock.Minutes()
	if mins <= 0 {
		mins += 24 * 60
	}
	sch.Duration = readout.Duration(time.Duration(mins) * time.Minute)
	sch.DurationSpan = p.span(c.start, j)
	cover(c.start, j)
	return j
}

// jaZone chooses the schedule's time zone and computes the start instant:
//
//   - the time is stated as Japan time (日本時間 outside brackets): Asia/Tokyo;
//   - a place: [readout.ResolveZone] (city, Japan, single-zone country, or
//     the stated Japan time among a country's zones);
//   - no place and no 現地時間 (a telephone talk from Tokyo, a meeting in
//     Japan whose place goes unsaid): Asia/Tokyo.
func (p *parser) jaZone(mainJST bool) {
	sch := &p.m.Schedule
	pl := p.m.Place
	switch {
	case mainJST:
		sch.TimeZone, sch.ZoneSource = readout.JSTName, readout.ZoneFromNote
	case pl.Country == "" && pl.City == "":
		if !strings.Contains(sch.ZoneNote, "現地") {
			sch.TimeZone, sch.ZoneSource = readout.JSTName, readout.ZoneFromJapan
		}
	default:
		// Without a zone (a place spanning zones, nothing to decide) the
		// start has no instant; validation reports it.
		if z, _ := readout.ResolveZone(pl.Country, pl.City, sch.Date, sch.Start, sch.StatedJST); z.Name != "" {
			sch.TimeZone, sch.ZoneSource = z.Name, z.Source
		}
	}
	if sch.TimeZone == "" || !sch.Date.IsValid() || !sch.Start.Valid {
		return
	}
	if loc, err := readout.LoadLocation(sch.TimeZone); err == nil {
		sch.StartTime = sch.Date.In(sch.Start, loc)
	}
}
