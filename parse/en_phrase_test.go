package parse

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
)

func TestScanClock(t *testing.T) {
	tests := []struct {
		in     string
		want   string // 24-hour clock; "" when not a clock
		n      int    // bytes taken
		reason string
	}{
		{"9:45 a.m. (local", "09:45", 9, "the seed's form"},
		{"5:50 pm, for", "17:50", 7, "pm without dots"},
		{"8:15pm JST", "20:15", 6, "pm run on"},
		{"3:30PM", "15:30", 6, "capital PM run on"},
		{"9:50 P.M. for", "21:50", 9, "capital P.M."},
		{"6.15p.m. (local", "18:15", 8, "dotted minutes, run-on p.m."},
		{"0:35 p.m.", "12:35", 9, "0 o'clock p.m. is half past noon"},
		{"12 p.m.", "12:00", 7, "12 p.m. is noon"},
		{"12 a.m.", "00:00", 7, "12 a.m. is midnight"},
		{"12:30 p.m.", "12:30", 10, "half past noon"},
		{"5 p.m., Mr.", "17:00", 6, "hour only"},
		{"15:00 on July", "15:00", 5, "24-hour clock"},
		{"12:10hrs local", "12:10", 8, "hrs suffix"},
		{"19:10 p.m. (local", "19:10", 10, "24-hour clock with a stray p.m."},
		{"00:30am JST", "00:30", 7, "midnight with am"},
		{"noon", "12:00", 4, "noon"},
		{"Noon,", "12:00", 4, "capital Noon"},
		{"7 p. m.", "19:00", 7, "spaced p. m."},
		{"4:30 P.M. EST", "16:30", 9, "zone left for the caller"},
		{"10:30 a.m", "10:30", 9, "a.m without the final dot"},
		{"24:00", "00:00", 5, "24:00 as midnight"},
		{"6.15 of the", "", 0, "dotted number without a.m./p.m. is not a clock"},
		{"55th Munich", "", 0, "ordinal"},
		{"20 minutes", "", 0, "bare number"},
		{"2009", "", 0, "year"},
		{"25:00", "", 0, "no such hour"},
		{"9:75 a.m.", "", 0, "no such minute"},
		{"9:5 a.m.", "", 0, "one-digit minutes are not a clock; the hour alone is not either"},
		{"12 amid", "", 0, "amid is not a.m."},
		{"noonday", "", 0, "noon must end the word"},
		{"", "", 0, "empty"},
	}
	for _, tt := range tests {
		c, n, ok := scanClock(tt.in)
		got := ""
		if ok {
			got = c.clock.String()
		}
		if got != tt.want || n != tt.n {
			t.Errorf("scanClock(%q) = %q, %d; want %q, %d (%s)", tt.in, got, n, tt.want, tt.n, tt.reason)
		}
	}
}

func TestScanForDuration(t *testing.T) {
	tests := []struct {
		in      string
		minutes int
		q       readout.DurationQualifier
		n       int
		reason  string
	}{
		{"for approximately 2 hours and 45 minutes, Mr.", 165, readout.DurationApproximately, 40, "the seed"},
		{"for about 40 minutes from", 40, readout.DurationAbout, 20, "about"},
		{"for roughly one hour and forty-five minutes.", 105, readout.DurationAbout, 43, "words, roughly"},
		{"for just under 30 minutes", 30, readout.DurationJustUnder, 25, "just under"},
		{"for over an hour", 60, readout.DurationOver, 16, "over an hour"},
		{"for 80 minutes, Mr.", 80, readout.DurationExact, 14, "no qualifier"},
		{"for approximately an hour beginning", 60, readout.DurationApproximately, 25, "an hour"},
		{"for approximately two hours, Mr.", 120, readout.DurationApproximately, 27, "two hours"},
		{"for seventy minutes", 70, readout.DurationExact, 19, "seventy"},
		{"for approximately 100 minutes", 100, readout.DurationApproximately, 29, "three digits"},
		{"for 1 hour 10 minutes", 70, readout.DurationExact, 21, "no and"},
		{"for approximately 3 hours,", 180, readout.DurationApproximately, 25, "hours only"},
		{"for half an hour", 30, readout.DurationExact, 16, "half an hour"},
		{"for an hour and a half", 90, readout.DurationExact, 22, "an hour and a half"},
		{"for one and a half hours", 90, readout.DurationExact, 24, "one and a half hours"},
		{"for 1.5 hours", 90, readout.DurationExact, 13, "decimal hours"},
		{"for more than an hour", 60, readout.DurationOver, 21, "more than"},
		{"for the first time", 0, 0, 0, "not a duration"},
		{"for approximately", 0, 0, 0, "qualifier alone"},
		{"forty minutes", 0, 0, 0, "no for"},
		{"for 45minutesx", 0, 0, 0, "unit must end the word"},
	}
	for _, tt := range tests {
		d, q, n, ok := scanForDuration(tt.in)
		if !ok {
			d, q, n = 0, 0, 0
		}
		if d.Minutes() != tt.minutes || q != tt.q || n != tt.n {
			t.Errorf("scanForDuration(%q) = %d min, %v, %d; want %d min, %v, %d (%s)", tt.in, d.Minutes(), q, n, tt.minutes, tt.q, tt.n, tt.reason)
		}
	}
}

func TestScanNumberWords(t *testing.T) {
	tests := []struct {
		in     string
		want   int
		n      int
		reason string
	}{
		{"seventy minutes", 70, 7, "tens"},
		{"forty-five minutes", 45, 10, "hyphenated"},
		{"forty five minutes", 45, 10, "spaced"},
		{"fifteen minutes", 15, 7, "teens before units"},
		{"one hundred and twenty minutes", 120, 22, "hundreds"},
		{"sixteen", 16, 7, "sixteen is not six"},
		{"someone", 0, 0, "not a number"},
	}
	for _, tt := range tests {
		got, n, ok := scanNumberWords(tt.in)
		if !ok {
			got, n = 0, 0
		}
		if got != tt.want || n != tt.n {
			t.Errorf("scanNumberWords(%q) = %d, %d; want %d, %d (%s)", tt.in, got, n, tt.want, tt.n, tt.reason)
		}
	}
}

func TestScanDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string // readout.Date.String()
		weekday string
		n       int
		reason  string
	}{
		{"April 7, commencing", "--04-07", "", 7, "month day"},
		{"December 25th, from", "--12-25", "", 13, "ordinal"},
		{"October 28, 2009 (Wed) following", "2009-10-28", "Wednesday", 22, "year and weekday"},
		{"Wednesday, May 3, commencing", "--05-03", "Wednesday", 16, "weekday first"},
		{"November 8 (Saturday), commencing", "--11-08", "Saturday", 21, "weekday in brackets"},
		{"February 16 Saturday, commencing", "--02-16", "Saturday", 20, "weekday without brackets"},
		{"May 18 (Monday), 2009 (JST)", "2009-05-18", "Monday", 21, "weekday between day and year"},
		{"September 24, 2021 (local time)", "2021-09-24", "", 18, "year, then a zone note"},
		{"7 April 2022", "2022-04-07", "", 12, "day first"},
		{"Dec. 7, 2015", "2015-12-07", "", 12, "abbreviated month"},
		{"2016-09-08 On", "2016-09-08", "", 10, "ISO date"},
		{"February 2016", "", "", 0, "month and year, no day"},
		{"may 3", "", "", 0, "lower-case may is a verb"},
		{"February 30", "", "", 0, "no such day"},
		{"February 29, 2023", "", "", 0, "not a leap year"},
		{"April 7:30", "", "", 0, "a clock, not a day"},
	}
	for _, tt := range tests {
		d, n, ok := scanDate(tt.in)
		if !ok {
			d, n = dateText{}, 0
		}
		if d.date.String() != tt.want || d.weekday != tt.weekday || n != tt.n {
			t.Errorf("scanDate(%q) = %q %q %d; want %q %q %d (%s)", tt.in, d.date, d.weekday, n, tt.want, tt.weekday, tt.n, tt.reason)
		}
	}
}

func TestWithYear(t *testing.T) {
	date := func(y int, m time.Month, d int) readout.Date { return readout.Date{Year: y, Month: m, Day: d} }
	tests := []struct {
		d, ref, want readout.Date
		reason       string
	}{
		{date(0, 4, 7), date(2022, 4, 7), date(2022, 4, 7), "same day"},
		{date(0, 9, 30), date(2015, 10, 1), date(2015, 9, 30), "page a day later"},
		{date(0, 12, 28), date(2016, 1, 5), date(2015, 12, 28), "December meeting on a January page"},
		{date(0, 1, 2), date(2015, 12, 30), date(2016, 1, 2), "January meeting on a December page"},
		{date(0, 11, 10), date(2011, 12, 5), date(2011, 11, 10), "page weeks later"},
		{date(0, 4, 7), readout.Date{}, date(0, 4, 7), "no reference: no year, never the current year"},
		{date(2009, 5, 18), date(2010, 1, 1), date(2009, 5, 18), "a written year stands"},
		{date(0, 2, 29), date(2023, 3, 1), date(2024, 2, 29), "February 29 in the nearest leap year"},
	}
	for _, tt := range tests {
		if got := withYear(tt.d, tt.ref); got != tt.want {
			t.Errorf("withYear(%v, %v) = %v, want %v (%s)", tt.d, tt.ref, got, tt.want, tt.reason)
		}
	}
}

func TestDayRelation(t *testing.T) {
	date := func(y int, m time.Month, d int) readout.Date { return readout.Date{Year: y, Month: m, Day: d} }
	tests := []struct {
		local, jst readout.Date
		want       readout.DayRelation
		reason     string
	}{
		{date(2023, 9, 18), date(2023, 9, 19), readout.DayNext, "next day"},
		{date(2023, 12, 31), date(0, 1, 1), readout.DayNext, "across the new year, JST year unknown"},
		{date(0, 7, 10), date(0, 7, 10), readout.DaySame, "no years"},
		{date(2022, 3, 1), date(2022, 2, 28), readout.DayPrevious, "previous day"},
		{date(2022, 3, 1), date(2022, 3, 5), readout.DayUnstated, "days apart: not a relation"},
		{readout.Date{}, date(2022, 3, 5), readout.DayUnstated, "no local date"},
	}
	for _, tt := range tests {
		if got := dayRelation(tt.local, tt.jst); got != tt.want {
			t.Errorf("dayRelation(%v, %v) = %v, want %v (%s)", tt.local, tt.jst, got, tt.want, tt.reason)
		}
	}
}

// FuzzClock checks that scanClock never panics, never reads past its input
// and returns a valid clock when it succeeds.
func FuzzClock(f *testing.F) {
	for _, s := range []string{"9:45 a.m.", "6.15p.m.", "12:10hrs", "19:10 p.m.", "noon", "0:35 p.m.", "99:99", "1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, n, ok := scanClock(s)
		if n < 0 || n > len(s) || (ok && (n == 0 || !c.clock.Valid || c.clock.Hour > 23 || c.clock.Minute > 59)) {
			t.Errorf("scanClock(%q) = %+v, %d, %v", s, c, n, ok)
		}
	})
}

// FuzzDuration checks that scanForDuration never panics and never reads past
// its input.
func FuzzDuration(f *testing.F) {
	for _, s := range []string{"for approximately 2 hours and 45 minutes", "for roughly one hour and forty-five minutes", "for an hour and a half", "for 1.5 hours"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, _, n, ok := scanForDuration(s)
		if n < 0 || n > len(s) || (ok && d <= 0) {
			t.Errorf("scanForDuration(%q) = %v, %d, %v", s, d, n, ok)
		}
	})
}

func TestDurationDiffLabel(t *testing.T) {
	// The diff of a whole duration table is readable with go-cmp.
	got := []int{}
	for _, s := range []string{"45 minutes", "2 hours and 45 minutes", "an hour"} {
		d, _, _ := scanDuration(s)
		got = append(got, d.Minutes())
	}
	if diff := cmp.Diff([]int{45, 165, 60}, got); diff != "" {
		t.Errorf("scanDuration minutes (-want +got):\n%s", diff)
	}
}

func TestEnDateLine(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		reason string
	}{
		{"April 7, 2022", "2022-04-07", "the usual date line"},
		{"Last Update : Monday, Dec 7, 2015", "2015-12-07", "labelled"},
		{"Last updated: 7 April 2022", "2022-04-07", "labelled, day first"},
		{"[Ministry of Foreign Affairs of Japan] [Tuesday, Dec 1, 2015]", "2015-12-01", "bracketed groups, the date last"},
		{"[Provisional Translation]", "", "brackets without a date"},
		{"Date of the meeting was April 7, 2022", "", "a sentence, not a date line"},
	}
	for _, tt := range tests {
		d, ok := enDateLine(tt.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("enDateLine(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
		}
	}
}
