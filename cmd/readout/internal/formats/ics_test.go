package formats

import (
	"bytes"
	"strings"
	"testing"
	"time"

	goical "github.com/emersion/go-ical"

	"github.com/diplomacy-data/readout"
	_ "time/tzdata"
)

// meetingAt returns a meeting that starts at clock on date in zone, for
// minutes minutes.
func meetingAt(t *testing.T, source string, date readout.Date, clock readout.Clock, zone string, minutes int) *readout.Meeting {
	t.Helper()
	loc, err := readout.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	return &readout.Meeting{
		Source:   source,
		Language: "en",
		Kind:     readout.KindMeeting,
		Mode:     readout.ModeInPerson,
		Schedule: readout.Schedule{
			Date: date, Start: clock, TimeZone: zone,
			StartTime: date.In(clock, loc),
			Duration:  readout.Duration(time.Duration(minutes) * time.Minute),
		},
		Participants: []readout.Participant{
			{Name: "HAYASHI Yoshimasa", Country: "Japan", Role: readout.RolePrincipal},
			{Name: "Antony Blinken", Country: "United States", Role: readout.RoleCounterpart},
		},
	}
}

// TestICSInstants writes meetings in several zones (a daylight-saving day, a
// date line crossing, a meeting in Tokyo, a multi-session readout) and
// decodes the calendar with another library, github.com/emersion/go-ical:
// every event must start and end at the right instant, and the VTIMEZONE the
// calendar carries must give the same UTC offset as the IANA database at
// each event's start (for calendar programs that use it rather than the
// TZID).
func TestICSInstants(t *testing.T) {
	brussels := meetingAt(t, "brussels.txt", readout.Date{Year: 2022, Month: 4, Day: 7}, readout.ClockOf(9, 45), "Europe/Brussels", 165)
	winter := meetingAt(t, "winter.txt", readout.Date{Year: 2022, Month: 1, Day: 7}, readout.ClockOf(9, 45), "Europe/Brussels", 30)
	ny := meetingAt(t, "ny.txt", readout.Date{Year: 2023, Month: 9, Day: 19}, readout.ClockOf(16, 30), "America/New_York", 45)
	auckland := meetingAt(t, "auckland.txt", readout.Date{Year: 2022, Month: 12, Day: 31}, readout.ClockOf(23, 30), "Pacific/Auckland", 60)
	tokyo := meetingAt(t, "tokyo.txt", readout.Date{Year: 2024, Month: 2, Day: 1}, readout.ClockOf(17, 0), "Asia/Tokyo", 20)
	lunch := meetingAt(t, "x", readout.Date{Year: 2022, Month: 4, Day: 7}, readout.ClockOf(12, 40), "Europe/Brussels", 50)
	brussels.Sessions = []readout.Session{{Kind: readout.KindWorkingMeal, Mode: readout.ModeInPerson, Event: "Working lunch", Schedule: lunch.Schedule}}

	type ev struct{ start, end time.Time }
	wants := []ev{
		{brussels.Schedule.StartTime, brussels.Schedule.EndTime()},
		{lunch.Schedule.StartTime, lunch.Schedule.EndTime()},
		{winter.Schedule.StartTime, winter.Schedule.EndTime()},
		{ny.Schedule.StartTime, ny.Schedule.EndTime()},
		{auckland.Schedule.StartTime, auckland.Schedule.EndTime()},
		{tokyo.Schedule.StartTime, tokyo.Schedule.EndTime()},
	}
	// The values the test expects, written out: 9:45 in Brussels on
	// 2022-04-07 is 07:45 UTC (CEST), on 2022-01-07 08:45 UTC (CET).
	if got := wants[0].start.UTC().Format(time.RFC3339); got != "2022-04-07T07:45:00Z" {
		t.Fatalf("fixture: Brussels start = %s", got)
	}

	cal := writeICS(t, brussels, winter, ny, auckland, tokyo)
	dec, err := goical.NewDecoder(strings.NewReader(cal)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot decode the calendar: %v\n%s", err, cal)
	}
	events := dec.Events()
	if len(events) != len(wants) {
		t.Fatalf("got %d events, want %d\n%s", len(events), len(wants), cal)
	}
	tzs := map[string]*goical.Component{}
	for _, c := range dec.Children {
		if c.Name == goical.CompTimezone {
			tzs[c.Props.Get(goical.PropTimezoneID).Value] = c
		}
	}
	for i, e := range events {
		start, err := e.DateTimeStart(nil)
		if err != nil {
			t.Errorf("event %d: DTSTART: %v", i, err)
			continue
		}
		end, err := e.DateTimeEnd(nil)
		if err != nil {
			t.Errorf("event %d: DTEND: %v", i, err)
			continue
		}
		if !start.Equal(wants[i].start) || !end.Equal(wants[i].end) {
			t.Errorf("event %d: got %v – %v, want %v – %v", i, start, end, wants[i].start, wants[i].end)
		}
		tzid := e.Props.Get(goical.PropDateTimeStart).Params.Get(goical.ParamTimezoneID)
		tz := tzs[tzid]
		if tz == nil {
			t.Errorf("event %d: no VTIMEZONE for TZID %q", i, tzid)
			continue
		}
		local := e.Props.Get(goical.PropDateTimeStart).Value
		_, wantOff := wants[i].start.Zone()
		if got := observedOffset(t, tz, local); got != wantOff {
			t.Errorf("event %d (%s %s): VTIMEZONE gives offset %d s, IANA %d s", i, tzid, local, got, wantOff)
		}
	}
}

// observedOffset returns the TZOFFSETTO, in seconds, of the observance of tz
// in force at the local date-time local: the one with the latest DTSTART
// not after it.
func observedOffset(t *testing.T, tz *goical.Component, local string) int {
	t.Helper()
	best, off := "", -1<<31
	for _, o := range tz.Children {
		s := o.Props.Get(goical.PropDateTimeStart).Value
		if s <= local && s > best {
			best = s
			v := o.Props.Get(goical.PropTimezoneOffsetTo).Value
			o, err := time.Parse("-0700", v)
			if err != nil {
				t.Fatalf("TZOFFSETTO %q: %v", v, err)
			}
			_, off = o.Zone()
		}
	}
	return off
}

func writeICS(t *testing.T, ms ...*readout.Meeting) string {
	t.Helper()
	f, err := New("ics", true)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := f.Begin(&out); err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		var buf bytes.Buffer
		notes, err := f.Encode(&buf, Doc{Meeting: m})
		if err != nil || len(notes) > 0 {
			t.Fatalf("Encode(%s) = %v, %v", m.Source, notes, err)
		}
		out.Write(buf.Bytes())
	}
	if err := f.End(&out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestICSUndated checks the two fallbacks: a dated meeting without a usable
// start becomes an all-day event; an undated one is left out with a note.
func TestICSUndated(t *testing.T) {
	f, _ := New("ics", false)
	var buf bytes.Buffer
	dated := &readout.Meeting{Source: "dated.txt", Schedule: readout.Schedule{Date: readout.Date{Year: 2022, Month: 4, Day: 7}}}
	if notes, err := f.Encode(&buf, Doc{Meeting: dated}); err != nil || len(notes) != 0 {
		t.Fatalf("dated: notes %q, err %v", notes, err)
	}
	if got := buf.String(); !strings.Contains(got, "DTSTART;VALUE=DATE:20220407\r\n") || !strings.Contains(got, "DTEND;VALUE=DATE:20220408\r\n") {
		t.Errorf("dated meeting is not an all-day event on 2022-04-07:\n%s", got)
	}
	buf.Reset()
	noYear := &readout.Meeting{Source: "noyear.txt", Schedule: readout.Schedule{Date: readout.Date{Month: 4, Day: 7}, Start: readout.ClockOf(9, 45)}}
	notes, err := f.Encode(&buf, Doc{Meeting: noYear})
	if err != nil || len(notes) != 1 || buf.Len() != 0 {
		t.Errorf("undated: notes %q, err %v, output %q; want one note and no event", notes, err, buf.String())
	}
}

// TestICSEscaping checks that text with the characters iCalendar escapes
// (comma, semicolon, backslash, line breaks) and long lines survive a round
// trip through another decoder.
func TestICSEscaping(t *testing.T) {
	src := "Category\n\nApril 7, 2022\n\nOn April 7, Mr. A; Mr. B, and C\\D met for a long time in a very long sentence that needs folding because it is longer than seventy-five octets by far.\n"
	m := meetingAt(t, "esc.txt", readout.Date{Year: 2022, Month: 4, Day: 7}, readout.ClockOf(9, 0), "Europe/Paris", 10)
	m.Event = "Talks; \"Quad\", part 2"
	start := strings.Index(src, "On April")
	m.Lead = readout.Passage{Text: src[start : len(src)-1], Span: readout.Span{Start: readout.Pos{Offset: int32(start), Line: 5, Column: 1}, End: readout.Pos{Offset: int32(len(src) - 1), Line: 5, Column: 10}}}
	var buf bytes.Buffer
	f, _ := New("ics", false)
	f.Begin(&buf)
	f.Encode(&buf, Doc{Meeting: m, Src: src})
	f.End(&buf)
	for _, line := range strings.Split(buf.String(), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line longer than 75 octets: %q", line)
		}
	}
	cal, err := goical.NewDecoder(&buf).Decode()
	if err != nil {
		t.Fatal(err)
	}
	ev := cal.Events()[0]
	if got, _ := ev.Props.Text(goical.PropSummary); got != m.Event {
		t.Errorf("SUMMARY = %q, want %q", got, m.Event)
	}
	wantDesc := strings.TrimSpace(src[start:]) + "\n\nSource: esc.txt"
	if got, _ := ev.Props.Text(goical.PropDescription); got != wantDesc {
		t.Errorf("DESCRIPTION = %q, want %q", got, wantDesc)
	}
}
