package readout_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	_ "time/tzdata"
)

// summary lists problems as "code: message", for comparing.
func summary(ps readout.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Code+": "+p.Message)
	}
	return out
}

func date(y int, m time.Month, d int) readout.Date { return readout.Date{Year: y, Month: m, Day: d} }

var someSpan = readout.Span{Start: readout.Pos{Offset: 10, Line: 2, Column: 3}, End: readout.Pos{Offset: 20, Line: 2, Column: 13}}

// seedSchedule is the schedule of the seed readout: 9:45 a.m. in Brussels
// on 2022-04-07, "same day, 4:45 p.m. JST", for 2 hours 45 minutes.
func seedSchedule() readout.Schedule {
	return readout.Schedule{
		Date: date(2022, 4, 7), DateSpan: someSpan, Start: readout.ClockOf(9, 45), StartSpan: someSpan,
		TimeZone: "Europe/Brussels", ZoneSource: readout.ZoneFromCountry, ZoneNote: "local time",
		StatedJST: readout.StatedTime{Time: readout.ClockOf(16, 45), Day: readout.DaySame, Span: someSpan},
		Duration:  readout.Duration(165 * time.Minute), DurationSpan: someSpan,
	}
}

func TestValidateSchedule(t *testing.T) {
	tests := []struct {
		reason    string
		edit      func(*readout.Schedule)
		place     readout.Place
		published readout.Date
		want      []string
	}{
		{reason: "the seed's schedule is consistent", edit: func(*readout.Schedule) {}},
		{
			reason: "JST edited from 4:45 p.m. to 5:45 p.m.: 16:45 expected, with the offsets",
			edit:   func(s *readout.Schedule) { s.StatedJST.Time = readout.ClockOf(17, 45) },
			want:   []string{"jst-mismatch: stated JST 17:45, expected 16:45: 09:45 on 2022-04-07 in Europe/Brussels (CEST, UTC+02:00) is 16:45 JST (UTC+09:00)"},
		},
		{
			reason: `"same day" edited to "next day"`,
			edit:   func(s *readout.Schedule) { s.StatedJST.Day = readout.DayNext },
			want:   []string{`jst-day-mismatch: stated "next day", expected "same day" (2022-04-07 in Japan): 09:45 on 2022-04-07 in Europe/Brussels (CEST, UTC+02:00) is 16:45 JST (UTC+09:00)`},
		},
		{
			reason: "a written JST date that is not the computed one",
			edit: func(s *readout.Schedule) {
				s.StatedJST.Day, s.StatedJST.Date = readout.DayUnstated, date(0, 4, 8)
			},
			want: []string{"jst-day-mismatch: stated JST date April 8, expected April 7, 2022: 09:45 on 2022-04-07 in Europe/Brussels (CEST, UTC+02:00) is 16:45 JST (UTC+09:00)"},
		},
		{
			reason: "New York in September, JST the next day as a date (corpus en/016): consistent",
			edit: func(s *readout.Schedule) {
				s.Date, s.Start, s.TimeZone = date(2016, 9, 18), readout.ClockOf(18, 0), "America/New_York"
				s.StatedJST = readout.StatedTime{Time: readout.ClockOf(7, 0), Date: date(0, 9, 19), Span: someSpan}
			},
		},
		{
			reason: "Laos is UTC+7 all year: 6:15 p.m. is 8:15 p.m. JST, not the stated 9:45 p.m. (corpus en/013)",
			edit: func(s *readout.Schedule) {
				s.Date, s.Start, s.TimeZone = date(2024, 10, 10), readout.ClockOf(18, 15), "Asia/Vientiane"
				s.StatedJST = readout.StatedTime{Time: readout.ClockOf(21, 45), Date: date(0, 10, 10), Span: someSpan}
			},
			want: []string{"jst-mismatch: stated JST 21:45, expected 20:15: 18:15 on 2024-10-10 in Asia/Vientiane (+07, UTC+07:00) is 20:15 JST (UTC+09:00)"},
		},
		{
			reason: "New Zealand is ahead of Japan: the previous day in Japan (corpus en/029 style)",
			edit: func(s *readout.Schedule) {
				s.Date, s.Start, s.TimeZone = date(2023, 1, 10), readout.ClockOf(7, 30), "Pacific/Auckland"
				s.StatedJST = readout.StatedTime{Time: readout.ClockOf(3, 30), Day: readout.DayPrevious, Span: someSpan}
			},
			want: []string{`jst-day-mismatch: stated "previous day", expected "same day" (2023-01-10 in Japan): 07:30 on 2023-01-10 in Pacific/Auckland (NZDT, UTC+13:00) is 03:30 JST (UTC+09:00)`},
		},
		{
			reason: `"CET" on a day the zone is on summer time: a note, the IANA zone still answers`,
			edit: func(s *readout.Schedule) {
				s.TimeZone, s.ZoneNote, s.ZoneNoteSpan, s.ZoneSource = "CET", "CET", someSpan, readout.ZoneFromNote
			},
			want: []string{`abbreviation-season: "CET" written, but on 2022-04-07 the clocks of CET show CEST (UTC+02:00); the time is read as CEST`},
		},
		{
			reason: `"CET" in January is right`,
			edit: func(s *readout.Schedule) {
				s.Date, s.TimeZone, s.ZoneNote, s.ZoneSource = date(2022, 1, 7), "CET", "CET", readout.ZoneFromNote
				s.StatedJST.Time = readout.ClockOf(17, 45)
			},
		},
		{
			reason: `"EST" for New York in July is the winter name`,
			edit: func(s *readout.Schedule) {
				s.Date, s.Start, s.TimeZone, s.ZoneNote = date(2022, 7, 7), readout.ClockOf(16, 30), "America/New_York", "EST"
				s.StatedJST = readout.StatedTime{}
			},
			want: []string{`abbreviation-season: "EST" written, but on 2022-07-07 the clocks of America/New_York show EDT (UTC-04:00); the time is read as EDT`},
		},
		{
			reason: `"IST" with no zone chosen: India, Ireland or Israel`,
			edit: func(s *readout.Schedule) {
				s.TimeZone, s.ZoneNote, s.ZoneSource, s.StatedJST = "", "IST", readout.ZoneNone, readout.StatedTime{}
			},
			want: []string{`zone-ambiguous: "IST" is the abbreviation of several time zones (Asia/Kolkata, Europe/Dublin, Asia/Jerusalem); nothing says which is meant`},
		},
		{
			reason: "no zone for the place",
			edit:   func(s *readout.Schedule) { s.TimeZone, s.ZoneSource, s.ZoneNote = "", readout.ZoneNone, "" },
			place:  readout.Place{Country: "Freedonia"},
			want:   []string{"zone-unknown: no time zone for Freedonia; 09:45 cannot be converted to JST"},
		},
		{
			reason: "a country with several zones, no city and no stated JST",
			edit: func(s *readout.Schedule) {
				s.TimeZone, s.ZoneSource, s.ZoneNote, s.StatedJST = "", readout.ZoneNone, "local time", readout.StatedTime{}
			},
			place: readout.Place{Country: "Australia"},
			want:  []string{"zone-ambiguous: Australia spans several time zones (Australia/Sydney, Australia/Brisbane, Australia/Adelaide, Australia/Darwin, Australia/Perth) and neither a city nor a stated Japan time says which; 09:45 cannot be converted to JST"},
		},
		{
			reason: "a zone name the IANA database does not have",
			edit:   func(s *readout.Schedule) { s.TimeZone = "Mars/Olympus_Mons" },
			want:   []string{`zone-unknown: time zone "Mars/Olympus_Mons" is not in the IANA database`},
		},
		{
			reason: "2:30 a.m. on the night Brussels springs forward does not exist",
			edit: func(s *readout.Schedule) {
				s.Date, s.Start, s.StatedJST = date(2022, 3, 27), readout.ClockOf(2, 30), readout.StatedTime{}
			},
			want: []string{"time-in-gap: 02:30 on 2022-03-27 does not exist in Europe/Brussels: the clocks skipped it when daylight saving time began"},
		},
		{
			reason: "2:30 a.m. on the night Brussels falls back happens twice",
			edit: func(s *readout.Schedule) {
				s.Date, s.Start, s.StatedJST = date(2022, 10, 30), readout.ClockOf(2, 30), readout.StatedTime{}
			},
			want: []string{"time-in-overlap: 02:30 on 2022-10-30 happened twice in Europe/Brussels, when daylight saving time ended; the first is taken"},
		},
		{
			reason: "New York's autumn overlap is at 1:30 a.m.",
			edit: func(s *readout.Schedule) {
				s.Date, s.Start, s.TimeZone, s.StatedJST = date(2022, 11, 6), readout.ClockOf(1, 30), "America/New_York", readout.StatedTime{}
			},
			want: []string{"time-in-overlap: 01:30 on 2022-11-06 happened twice in America/New_York, when daylight saving time ended; the first is taken"},
		},
		{
			reason: "a stated duration of zero",
			edit:   func(s *readout.Schedule) { s.Duration = 0 },
			want:   []string{"duration-implausible: duration is zero"},
		},
		{
			reason: "a negative duration",
			edit:   func(s *readout.Schedule) { s.Duration = readout.Duration(-5 * time.Minute) },
			want:   []string{"duration-implausible: duration -PT5M is negative"},
		},
		{
			reason: "a duration over a day",
			edit:   func(s *readout.Schedule) { s.Duration = readout.Duration(26 * time.Hour) },
			want:   []string{"duration-implausible: duration PT26H (1560 minutes) is over 24 hours"},
		},
		{
			reason: "an end before the start",
			edit:   func(s *readout.Schedule) { s.End, s.EndSpan = readout.ClockOf(8, 30), someSpan },
			want:   []string{"duration-implausible: end 08:30 is before the start 09:45: nothing says the meeting went on past midnight for 1365 minutes"},
		},
		{
			reason: "a night of eleven and a half hours with no next day written is an end before the start",
			edit: func(s *readout.Schedule) {
				s.Start, s.End, s.EndSpan, s.StatedJST = readout.ClockOf(21, 0), readout.ClockOf(8, 30), someSpan, readout.StatedTime{}
			},
			want: []string{"duration-implausible: end 08:30 is before the start 21:00: nothing says the meeting went on past midnight for 690 minutes"},
		},
		{
			reason: "the same night with the next day written is a long night, not an error",
			edit: func(s *readout.Schedule) {
				s.Start, s.End, s.EndDay, s.StatedJST = readout.ClockOf(21, 0), readout.ClockOf(8, 30), readout.DayNext, readout.StatedTime{}
			},
		},
		{
			reason: "eight hours past midnight unstated is still an evening running into the small hours",
			edit: func(s *readout.Schedule) {
				s.Start, s.End, s.StatedJST = readout.ClockOf(20, 0), readout.ClockOf(4, 0), readout.StatedTime{}
			},
		},
		{
			reason: "an end at the start with the next day written is a full day",
			edit: func(s *readout.Schedule) {
				s.Start, s.End, s.EndDay, s.StatedJST = readout.ClockOf(9, 0), readout.ClockOf(9, 0), readout.DayNext, readout.StatedTime{}
			},
		},
		{
			reason: "an end at the start",
			edit: func(s *readout.Schedule) {
				s.End, s.EndSpan = readout.ClockOf(9, 45), someSpan
			},
			want: []string{"duration-implausible: end 09:45 is the start 09:45"},
		},
		{
			reason: "an end after midnight is not before the start",
			edit: func(s *readout.Schedule) {
				s.Start, s.End, s.StatedJST = readout.ClockOf(23, 0), readout.ClockOf(1, 0), readout.StatedTime{}
			},
		},
		{
			reason: "(Wed) beside a Thursday",
			edit:   func(s *readout.Schedule) { s.Weekday = "Wed" },
			want:   []string{"date-weekday-mismatch: April 7, 2022 is a Thursday, not a Wed"},
		},
		{
			reason: "(Thu) and Thursday are right",
			edit:   func(s *readout.Schedule) { s.Weekday = "Thu" },
		},
		{
			reason:    "a meeting after the page's date",
			edit:      func(s *readout.Schedule) { s.Date = date(2022, 5, 20); s.StatedJST = readout.StatedTime{} },
			published: date(2022, 4, 7),
			want:      []string{"date-far-from-published: meeting date 2022-05-20 is after the page's date 2022-04-07"},
		},
		{
			reason:    "a meeting long before the page's date (a year taken from the wrong page line)",
			edit:      func(s *readout.Schedule) { s.Date = date(2021, 12, 28); s.StatedJST = readout.StatedTime{} },
			published: date(2022, 4, 7),
			want:      []string{"date-far-from-published: meeting date 2021-12-28 is more than 31 days before the page's date 2022-04-07"},
		},
		{
			reason:    "a local date one day after the page's (ahead of Japan) is allowed",
			edit:      func(s *readout.Schedule) { s.Date = date(2022, 4, 8); s.StatedJST = readout.StatedTime{} },
			published: date(2022, 4, 7),
		},
		{
			reason: "no year: nothing can be converted, nothing is reported",
			edit:   func(s *readout.Schedule) { s.Date.Year = 0; s.Weekday = "Wed" },
		},
	}
	for _, tt := range tests {
		s := seedSchedule()
		tt.edit(&s)
		m := &readout.Meeting{Schedule: s, Place: tt.place, Published: tt.published,
			Participants: []readout.Participant{{Name: "HAYASHI Yoshimasa", Title: "Minister", Country: "Japan", Role: readout.RolePrincipal}}}
		got := summary(readout.Validate(m))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: problems mismatch (-want +got):\n%s", tt.reason, diff)
		}
	}
}

// TestValidateSessions checks that the schedule of each further session is
// checked as the meeting's is.
func TestValidateSessions(t *testing.T) {
	bad := seedSchedule()
	bad.StatedJST.Time = readout.ClockOf(18, 0)
	m := &readout.Meeting{
		Schedule: seedSchedule(), Sessions: []readout.Session{{Schedule: bad}},
		Participants: []readout.Participant{{Name: "X", Title: "Y", Country: "Japan", Role: readout.RolePrincipal}},
	}
	got := summary(readout.Validate(m))
	want := []string{"jst-mismatch: stated JST 18:00, expected 16:45: 09:45 on 2022-04-07 in Europe/Brussels (CEST, UTC+02:00) is 16:45 JST (UTC+09:00)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("session problems mismatch (-want +got):\n%s", diff)
	}
}
