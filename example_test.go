package readout_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/diplomacy-data/readout"
)

// brusselsSchedule is the schedule of the seed readout: "On April 7,
// commencing at 9:45 a.m. (local time; same day, 4:45 p.m. JST) for
// approximately 2 hours and 45 minutes" in Belgium.
func brusselsSchedule() readout.Schedule {
	d := readout.Date{Year: 2022, Month: time.April, Day: 7}
	start := readout.ClockOf(9, 45)
	loc, err := readout.LoadLocation("Europe/Brussels")
	if err != nil {
		panic(err) // the examples run with time/tzdata
	}
	return readout.Schedule{
		Date:              d,
		Start:             start,
		TimeZone:          "Europe/Brussels",
		ZoneSource:        readout.ZoneFromCountry,
		StartTime:         d.In(start, loc),
		StatedJST:         readout.StatedTime{Time: readout.ClockOf(16, 45), Day: readout.DaySame},
		Duration:          readout.Duration(2*time.Hour + 45*time.Minute),
		DurationQualifier: readout.DurationApproximately,
	}
}

func ExampleMeeting_Principal() {
	m := readout.Meeting{
		Participants: []readout.Participant{
			{Name: "Stoltenberg", Title: "Secretary-General", Organization: "NATO", Role: readout.RoleAttendee},
			{Name: "HAYASHI Yoshimasa", FamilyName: "HAYASHI", GivenName: "Yoshimasa", Honorific: "Mr.",
				Title: "Minister for Foreign Affairs of Japan", Country: "Japan", Role: readout.RolePrincipal},
		},
	}
	if p, ok := m.Principal(); ok {
		fmt.Printf("%s %s, %s\n", p.Honorific, p.Name, p.Title)
		fmt.Printf("family %q, given %q\n", p.FamilyName, p.GivenName)
	}
	// Output:
	// Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan
	// family "HAYASHI", given "Yoshimasa"
}

func ExampleMeeting_Counterparts() {
	m := readout.Meeting{
		Participants: []readout.Participant{
			{Name: "KISHIDA Fumio", Role: readout.RolePrincipal},
			{Name: "Anthony Albanese", Country: "Australia", Role: readout.RoleCounterpart},
			{Name: "Narendra Modi", Country: "India", Role: readout.RoleCounterpart},
			{Name: "Joseph R. Biden, Jr.", Country: "United States", Role: readout.RoleCounterpart},
		},
	}
	for _, p := range m.Counterparts() {
		fmt.Printf("%s (%s)\n", p.Name, p.Country)
	}
	// Output:
	// Anthony Albanese (Australia)
	// Narendra Modi (India)
	// Joseph R. Biden, Jr. (United States)
}

// Participants and statements carry the span they were read from; Span.Text
// gives back the text as written.
func ExampleMeeting_walk() {
	src := "Minister Hayashi said:\n(1) Japan stands with Ukraine.\n(2) Russia must be held accountable.\n"
	span := func(start, end int32) readout.Span {
		return readout.Span{Start: readout.Pos{Offset: start, Line: 1, Column: start + 1}, End: readout.Pos{Offset: end, Line: 1, Column: end + 1}}
	}
	m := readout.Meeting{
		Participants: []readout.Participant{{Name: "Hayashi", Role: readout.RolePrincipal, Span: span(0, 16)}},
		Statements: []readout.Statement{{
			Speaker: "Hayashi",
			Points: []readout.SpeechPoint{
				{Number: 1, Text: "Japan stands with Ukraine.", Span: span(27, 53)},
				{Number: 2, Text: "Russia must be held accountable.", Span: span(58, 90)},
			},
		}},
	}
	for _, p := range m.Participants {
		fmt.Printf("%s (%s) written %q\n", p.Name, p.Role, p.Span.Text(src))
	}
	for _, s := range m.Statements {
		for _, pt := range s.Points {
			fmt.Printf("%s (%d): %s\n", s.Speaker, pt.Number, pt.Text)
		}
	}
	// Output:
	// Hayashi (principal) written "Minister Hayashi"
	// Hayashi (1): Japan stands with Ukraine.
	// Hayashi (2): Russia must be held accountable.
}

func ExampleSchedule_StartJST() {
	s := brusselsSchedule()
	fmt.Println("local:", s.StartTime.Format("2006-01-02 15:04 -07:00"))
	fmt.Println("JST:  ", s.StartJST().Format("2006-01-02 15:04 -07:00"))
	fmt.Println("stated JST agrees:", readout.ClockOf(s.StartJST().Hour(), s.StartJST().Minute()) == s.StatedJST.Time)
	// Output:
	// local: 2022-04-07 09:45 +02:00
	// JST:   2022-04-07 16:45 +09:00
	// stated JST agrees: true
}

func ExampleSchedule_EndTime() {
	s := brusselsSchedule()
	fmt.Println(s.Duration, s.DurationQualifier, s.Duration.Minutes(), "minutes")
	fmt.Println("ends:", s.EndTime().Format("15:04 MST"), "=", s.EndJST().Format("15:04 MST"))
	// Output:
	// PT2H45M approximately 165 minutes
	// ends: 12:30 CEST = 19:30 JST
}

// The JSON of a schedule holds what the text states and, beside it, the
// computed instants and the duration in minutes.
func ExampleSchedule_MarshalJSON() {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(brusselsSchedule()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "date": "2022-04-07",
	//   "start": "09:45",
	//   "start_qualifier": "exact",
	//   "time_zone": "Europe/Brussels",
	//   "zone_source": "country",
	//   "start_time": "2022-04-07T09:45:00+02:00",
	//   "stated_jst": {
	//     "time": "16:45",
	//     "day": "same"
	//   },
	//   "duration": "PT2H45M",
	//   "duration_qualifier": "approximately",
	//   "start_jst": "2022-04-07T16:45:00+09:00",
	//   "duration_minutes": 165,
	//   "end_time": "2022-04-07T12:30:00+02:00",
	//   "end_jst": "2022-04-07T19:30:00+09:00"
	// }
}

// A meeting's JSON decodes back into the model: enums from their words,
// dates and clocks from their ISO forms.
func ExampleMeeting_jsonDecode() {
	doc := `{"kind": "courtesy_call", "mode": "telephone", "published": "2023-01-13",
	         "schedule": {"date": "--01-13", "start": "21:10", "start_qualifier": "around"}}`
	var m readout.Meeting
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Kind == readout.KindCourtesyCall, m.Mode == readout.ModeTelephone)
	fmt.Println(m.Published.Year, m.Schedule.Date.HasYear(), m.Schedule.Start.Kitchen(), m.Schedule.StartQualifier)
	// Output:
	// true true
	// 2023 false 9:10 p.m. around
}

func ExampleDate_In() {
	d := readout.Date{Year: 2022, Month: time.April, Day: 7}
	ny, err := readout.LoadLocation("America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	t := d.In(readout.ClockOf(9, 45), ny)
	fmt.Println(t)
	fmt.Println(t.In(readout.JST()))
	// Output:
	// 2022-04-07 09:45:00 -0400 EDT
	// 2022-04-07 22:45:00 +0900 JST
}

// On 2022-03-27 the clocks in Brussels went from 2:00 to 3:00, and on
// 2022-10-30 from 3:00 back to 2:00. A time in the gap moves forward by the
// length of the gap; a time in the overlap is its first occurrence.
func ExampleDate_In_daylightSaving() {
	brussels, err := readout.LoadLocation("Europe/Brussels")
	if err != nil {
		fmt.Println(err)
		return
	}
	spring := readout.Date{Year: 2022, Month: time.March, Day: 27}
	autumn := readout.Date{Year: 2022, Month: time.October, Day: 30}
	for _, d := range []readout.Date{spring, autumn} {
		c := readout.ClockOf(2, 30)
		tr, _ := readout.TransitionOf(d, c, "Europe/Brussels")
		t := d.In(c, brussels)
		fmt.Printf("%s %s: %-7s → %s = %s\n", d, c, tr, t.Format("15:04 MST"), t.In(readout.JST()).Format("15:04 MST"))
	}
	// Output:
	// 2022-03-27 02:30: gap     → 03:30 CEST = 10:30 JST
	// 2022-10-30 02:30: overlap → 02:30 CEST = 09:30 JST
}

func ExampleDate_AddDays() {
	d := readout.Date{Year: 2024, Month: time.February, Day: 28}
	fmt.Println(d.AddDays(1), d.AddDays(2), d.AddDays(-59))
	// Output: 2024-02-29 2024-03-01 2023-12-31
}

// A date the text gives without a year (and whose page has no date line)
// keeps no year: readout never invents one.
func ExampleDate_String() {
	fmt.Println(readout.Date{Year: 2022, Month: time.April, Day: 7})
	fmt.Println(readout.Date{Month: time.April, Day: 7})
	fmt.Printf("%q\n", readout.Date{})
	// Output:
	// 2022-04-07
	// --04-07
	// ""
}

func ExampleParseDate() {
	for _, s := range []string{"2022-04-07", "--12-31", "April 7"} {
		d, err := readout.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d.Month, d.Day, d.HasYear())
	}
	// Output:
	// April 7 true
	// December 31 false
	// readout: invalid date "April 7"
}

func ExampleClock_Kitchen() {
	for _, c := range []readout.Clock{readout.ClockOf(9, 45), readout.ClockOf(12, 0), readout.ClockOf(0, 35), readout.ClockOf(19, 10), {}} {
		fmt.Printf("%q %q\n", c.String(), c.Kitchen())
	}
	// Output:
	// "09:45" "9:45 a.m."
	// "12:00" "12:00 p.m."
	// "00:35" "12:35 a.m."
	// "19:10" "7:10 p.m."
	// "" ""
}

func ExampleParseClock() {
	c, err := readout.ParseClock("16:45")
	fmt.Println(c.Hour, c.Minute, c.Valid, err)
	_, err = readout.ParseClock("4:45 p.m.")
	fmt.Println(err)
	// Output:
	// 16 45 true <nil>
	// readout: invalid clock "4:45 p.m."
}

func ExampleDuration_String() {
	for _, d := range []time.Duration{2*time.Hour + 45*time.Minute, 70 * time.Minute, 30 * time.Minute, 0} {
		fmt.Println(readout.Duration(d), readout.Duration(d).Minutes())
	}
	// Output:
	// PT2H45M 165
	// PT1H10M 70
	// PT30M 30
	// PT0S 0
}

func ExampleParseDuration() {
	d, err := readout.ParseDuration("PT1H45M")
	fmt.Println(time.Duration(d), err)
	// Output: 1h45m0s <nil>
}

func ExampleSpan_Text() {
	src := "On April 7, commencing at 9:45 a.m. (local time)"
	s := readout.Span{
		Start: readout.Pos{Offset: 26, Line: 1, Column: 27},
		End:   readout.Pos{Offset: 35, Line: 1, Column: 36},
	}
	fmt.Printf("%s %q\n", s, s.Text(src))
	// Output: 1:27-1:36 "9:45 a.m."
}

// A readout written in Japan time is in the zone Asia/Tokyo; converting to
// the local time of the place goes the other way.
func ExampleDayRelationOf() {
	local := readout.Date{Year: 2022, Month: time.July, Day: 29}
	t, err := readout.ToJST(local, readout.ClockOf(12, 30), "America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Format("January 2, 15:04 MST"), readout.DayRelationOf(local, readout.DateOf(t)))
	// Output: July 30, 01:30 JST next
}

// A country with several zones and no stated Japan time is ambiguous: the
// candidates are returned with an error, never a guess.
func ExampleResolveZone_ambiguous() {
	d := readout.Date{Year: 2022, Month: time.July, Day: 29}
	z, err := readout.ResolveZone("Australia", "", d, readout.ClockOf(10, 0), readout.StatedTime{})
	fmt.Println(errors.Is(err, readout.ErrZoneAmbiguous), z.Name == "", len(z.Candidates) > 1)
	z, err = readout.ResolveZone("Australia", "Perth", d, readout.ClockOf(10, 0), readout.StatedTime{})
	fmt.Println(z.Name, z.Source, err)
	// Output:
	// true true true
	// Australia/Perth city <nil>
}

func ExampleZoneNote() {
	for _, note := range []string{"NY time", "EST", "France time", "local time", "IST"} {
		zone, ok := readout.ZoneNote(note)
		fmt.Printf("%-12q %q %v\n", note, zone, ok)
	}
	// Output:
	// "NY time"    "America/New_York" true
	// "EST"        "EST" true
	// "France time" "Europe/Paris" true
	// "local time" "" false
	// "IST"        "" false
}

// The enums are written as words in JSON and read back from them.
func ExampleKind_MarshalText() {
	b, _ := json.Marshal([]readout.Kind{readout.KindSummit, readout.KindWorkingMeal})
	fmt.Println(string(b))
	var r readout.Role
	err := r.UnmarshalText([]byte("counterpart"))
	fmt.Println(r == readout.RoleCounterpart, err)
	// Output:
	// ["summit","working_meal"]
	// true <nil>
}

// A Problem is an error that matches the sentinel of its code with
// errors.Is, also when wrapped; match problems by code, never by message.
func ExampleProblem_errorsIs() {
	p := &readout.Problem{
		Code:     readout.CodeJSTMismatch,
		Severity: readout.SeverityError,
		Message:  "stated JST 17:45, expected 16:45",
		Span:     readout.Span{Start: readout.Pos{Offset: 41, Line: 8, Column: 42}, End: readout.Pos{Offset: 63, Line: 8, Column: 64}},
	}
	err := fmt.Errorf("nato.txt: %w", p)
	fmt.Println(err)
	fmt.Println(errors.Is(err, readout.ErrJSTMismatch), errors.Is(err, readout.ErrJSTDayMismatch))
	// Output:
	// nato.txt: 8:42: error jst-mismatch: stated JST 17:45, expected 16:45
	// true false
}
