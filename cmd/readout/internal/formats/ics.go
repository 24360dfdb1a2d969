package formats

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/diplomacy-data/readout"
)

// The ics format is an iCalendar (RFC 5545) calendar with one VEVENT per
// engagement: the meeting itself and each further session of a multi-event
// readout.
//
//   - An engagement with a start instant gets DTSTART (and DTEND when the
//     duration or the end time is known) as local wall-clock times with the
//     TZID of the meeting's IANA zone, and the calendar has a VTIMEZONE for
//     every zone used, with the zone's observances (standard and daylight
//     time) from the IANA database over the years of its events. Calendar
//     programs then show the meeting at the right time in Tokyo and in
//     Brussels alike.
//   - An engagement with a dated year but no usable start (no clock, or no
//     zone) is written as an all-day event on its local date.
//   - An engagement with no date, or a date without a year, is left out, with
//     a note on standard error: a calendar entry needs a day.
//
// The VTIMEZONEs come after the events (RFC 5545 leaves the order of
// components free), so the calendar streams with flat memory: the format only
// remembers which zones and years it used.
//
// Folding, escaping and property serialisation are github.com/arran4/golang-ical's.
type icsFormat struct {
	stamp string // DTSTAMP: when the calendar was made, UTC
	cfg   *ics.SerializationConfiguration

	mu    sync.Mutex
	zones map[string][2]int // IANA zone → first and last year used
}

func newICS() *icsFormat {
	return &icsFormat{
		stamp: time.Now().UTC().Format("20060102T150405Z"),
		cfg:   &ics.SerializationConfiguration{MaxLength: 75, PropertyMaxLength: 75, NewLine: "\r\n"},
		zones: map[string][2]int{},
	}
}

func (f *icsFormat) Begin(w io.Writer) error {
	_, err := io.WriteString(w, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//diplomacy-data//readout//EN\r\nCALSCALE:GREGORIAN\r\n")
	return err
}

func (f *icsFormat) Separator() string { return "" }

// engagement is one calendar entry of a readout.
type engagement struct {
	kind     readout.Kind
	mode     readout.Mode
	event    string
	schedule readout.Schedule
}

func (f *icsFormat) Encode(buf *bytes.Buffer, d Doc) ([]string, error) {
	m := d.Meeting
	es := []engagement{{m.Kind, m.Mode, m.Event, m.Schedule}}
	for _, s := range m.Sessions {
		es = append(es, engagement{s.Kind, s.Mode, s.Event, s.Schedule})
	}
	h := fnv.New64a()
	io.WriteString(h, m.Source)
	var notes []string
	for i, e := range es {
		ev := ics.NewEvent(fmt.Sprintf("%016x-%d@readout", h.Sum64(), i+1))
		ev.SetProperty(ics.ComponentPropertyDtstamp, f.stamp)
		s := e.schedule
		loc, _ := readout.LoadLocation(s.TimeZone)
		switch {
		case !s.StartTime.IsZero() && s.TimeZone != "" && loc != nil:
			start := s.StartTime.In(loc)
			ev.SetProperty(ics.ComponentPropertyDtStart, start.Format(icsLocal), ics.WithTZID(s.TimeZone))
			if end := endTime(s, loc); !end.IsZero() {
				ev.SetProperty(ics.ComponentPropertyDtEnd, end.Format(icsLocal), ics.WithTZID(s.TimeZone))
				f.useZone(s.TimeZone, end.Year())
			}
			f.useZone(s.TimeZone, start.Year())
		case s.Date.HasYear():
			day := time.Date(s.Date.Year, s.Date.Month, s.Date.Day, 0, 0, 0, 0, time.UTC)
			ev.SetAllDayStartAt(day)
			ev.SetAllDayEndAt(day.AddDate(0, 0, 1))
		default:
			notes = append(notes, fmt.Sprintf("engagement %d left out of the calendar: no dated start", i+1))
			continue
		}
		ev.SetSummary(summary(m, e))
		if p := place(m.Place); p != "" {
			ev.SetLocation(p)
		}
		desc := joinNonEmpty("\n\n", lead(d), "Source: "+m.Source)
		ev.SetDescription(desc)
		if c := m.Category; c != "" {
			ev.AddCategory(c)
		}
		if err := ev.SerializeTo(buf, f.cfg); err != nil {
			return notes, err
		}
	}
	return notes, nil
}

// icsLocal is the iCalendar form of a local date-time (with a TZID).
const icsLocal = "20060102T150405"

// endTime returns the end of the engagement: start plus the duration, else
// the stated end clock (on the next day if it is before the start), else the
// zero time.
func endTime(s readout.Schedule, loc *time.Location) time.Time {
	if t := s.EndTime(); !t.IsZero() {
		return t.In(loc)
	}
	if !s.End.Valid {
		return time.Time{}
	}
	end := s.Date.In(s.End, loc)
	if !end.After(s.StartTime) {
		end = s.Date.AddDays(1).In(s.End, loc)
	}
	return end
}

// summary names the engagement for a calendar: the event as the readout
// names it, else its kind and the counterparts.
func summary(m *readout.Meeting, e engagement) string {
	if e.event != "" {
		return oneLine(e.event)
	}
	what := strings.ReplaceAll(e.kind.String(), "_", " ")
	if e.kind == readout.KindUnknown {
		what = "meeting"
	}
	if e.mode == readout.ModeTelephone {
		what = "telephone " + what
	} else if e.mode == readout.ModeVideo {
		what = "video " + what
	}
	what = strings.ToUpper(what[:1]) + what[1:]
	if cs := counterparts(m); len(cs) > 0 {
		return oneLine(what + " with " + strings.Join(cs, ", "))
	}
	if m.Category != "" {
		return oneLine(what + ": " + m.Category)
	}
	return what
}

func (f *icsFormat) useZone(name string, year int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, ok := f.zones[name]
	if !ok {
		f.zones[name] = [2]int{year, year}
		return
	}
	r[0], r[1] = min(r[0], year), max(r[1], year)
	f.zones[name] = r
}

func (f *icsFormat) End(w io.Writer) error {
	f.mu.Lock()
	names := make([]string, 0, len(f.zones))
	for z := range f.zones {
		names = append(names, z)
	}
	f.mu.Unlock()
	slices.Sort(names)
	for _, name := range names {
		loc, err := readout.LoadLocation(name)
		if err != nil {
			return err
		}
		years := f.zones[name]
		if err := vtimezone(name, loc, years[0], years[1]).SerializeTo(w, f.cfg); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "END:VCALENDAR\r\n")
	return err
}

// vtimezone describes loc from the start of year first to the end of year
// last as explicit observances: the one in force on January 1 of first, then
// one per transition (no RRULE, so past rule changes are exact).
func vtimezone(name string, loc *time.Location, first, last int) *ics.VTimezone {
	tz := ics.NewTimezone(name)
	t := time.Date(first, 1, 1, 0, 0, 0, 0, loc)
	until := time.Date(last+1, 1, 1, 0, 0, 0, 0, loc)
	prev := 0
	for {
		abbr, off := t.Zone()
		start, end := t.ZoneBounds()
		if from := time.Date(first, 1, 1, 0, 0, 0, 0, loc); start.Before(from) {
			// The observance in force on January 1 began before: for the
			// range described, it starts then.
			start, prev = from, off
		}
		var c ics.ComponentBase
		c.SetProperty(ics.ComponentPropertyDtStart, start.In(time.FixedZone("", prev)).Format(icsLocal))
		c.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), utcOffset(prev))
		c.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), utcOffset(off))
		c.SetProperty(ics.ComponentProperty(ics.PropertyTzname), abbr)
		if t.IsDST() {
			tz.Components = append(tz.Components, &ics.Daylight{ComponentBase: c})
		} else {
			tz.Components = append(tz.Components, &ics.Standard{ComponentBase: c})
		}
		if end.IsZero() || !end.Before(until) {
			return tz
		}
		prev, t = off, end
	}
}

// utcOffset formats an offset in seconds east of UTC as iCalendar's
// UTC-OFFSET: "+0200", "-0330", "+053000" when there are seconds.
func utcOffset(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	h, m, s := sec/3600, sec/60%60, sec%60
	if s != 0 {
		return fmt.Sprintf("%c%02d%02d%02d", sign, h, m, s)
	}
	return fmt.Sprintf("%c%02d%02d", sign, h, m)
}
