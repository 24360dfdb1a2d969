package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	_ "time/tzdata"
)

// when is the schedule of a lead in a form a table can hold.
type when struct {
	Date, Weekday, Start, StartQ, Note, Zone, Source, StartTime string
	StatedJST, StatedDay, StatedDate                            string
	Minutes                                                     int
	DurQ, End                                                   string
	Sessions                                                    []when
	Unparsed                                                    int
}

func whenOfSchedule(s readout.Schedule) when {
	w := when{
		Date: s.Date.String(), Weekday: s.Weekday, Start: s.Start.String(), Note: s.ZoneNote,
		Zone: s.TimeZone, StatedJST: s.StatedJST.Time.String(), StatedDay: s.StatedJST.Day.String(),
		StatedDate: s.StatedJST.Date.String(), Minutes: s.Duration.Minutes(), End: s.End.String(),
	}
	if s.Start.Valid {
		w.StartQ = s.StartQualifier.String()
	}
	if s.ZoneSource != readout.ZoneNone {
		w.Source = s.ZoneSource.String()
	}
	if !s.StartTime.IsZero() {
		w.StartTime = s.StartTime.Format(time.RFC3339)
	}
	if s.Duration != 0 {
		w.DurQ = s.DurationQualifier.String()
	}
	return w
}

// readWhen runs the time grammar alone over one lead, with the place and
// page date enWho and the header would have found.
func readWhen(lead string, place readout.Place, published readout.Date) when {
	p := newParser(lead, newOptions(nil))
	p.m.Place, p.m.Published = place, published
	p.enWhen(0, len(p.text))
	w := whenOfSchedule(p.m.Schedule)
	for _, s := range p.m.Sessions {
		w.Sessions = append(w.Sessions, whenOfSchedule(s.Schedule))
	}
	w.Unparsed = len(p.m.Unparsed)
	return w
}

func TestEnWhen(t *testing.T) {
	belgium := readout.Place{Country: "Belgium"}
	usa := readout.Place{Country: "United States"}
	nowhere := readout.Place{}
	pub := readout.Date{Year: 2022, Month: time.April, Day: 7}
	tests := []struct {
		reason    string
		lead      string
		place     readout.Place
		published readout.Date
		want      when
	}{
		{
			reason: "the seed: local time with the JST the same day",
			lead:   "On April 7, commencing at 9:45 a.m. (local time; same day, 4:45 p.m. JST) for approximately 2 hours and 45 minutes, Mr. HAYASHI Yoshimasa attended the Meeting.",
			place:  belgium, published: pub,
			want: when{Date: "2022-04-07", Start: "09:45", StartQ: "exact", Note: "local time", Zone: "Europe/Brussels", Source: "country",
				StartTime: "2022-04-07T09:45:00+02:00", StatedJST: "16:45", StatedDay: "same", Minutes: 165, DurQ: "approximately"},
		},
		{
			reason: "JST date written out, the next day",
			lead:   "On September 18, commencing at 6:00 p.m. (local time; 7:00 a.m. on September 19 JST) for approximately 30 minutes, Ms. KAMIKAWA Yoko held a meeting.",
			place:  readout.Place{Country: "United States", City: "New York"}, published: readout.Date{Year: 2023, Month: 9, Day: 18},
			want: when{Date: "2023-09-18", Start: "18:00", StartQ: "exact", Note: "local time", Zone: "America/New_York", Source: "city",
				StartTime: "2023-09-18T18:00:00-04:00", StatedJST: "07:00", StatedDay: "next", StatedDate: "2023-09-19", Minutes: 30, DurQ: "approximately"},
		},
		{
			reason: "full stops inside the note, Japan time last",
			lead:   "On July 29, commencing at 3:30 p.m. (local time. 4:30 a.m. on July 30, Japan time.), for approximately 10 minutes, Mr. HAYASHI held a meeting.",
			place:  readout.Place{Country: "United States", City: "Washington D.C."}, published: readout.Date{Year: 2022, Month: 7, Day: 29},
			want: when{Date: "2022-07-29", Start: "15:30", StartQ: "exact", Note: "local time", Zone: "America/New_York", Source: "city",
				StartTime: "2022-07-29T15:30:00-04:00", StatedJST: "04:30", StatedDay: "next", StatedDate: "2022-07-30", Minutes: 10, DurQ: "approximately"},
		},
		{
			reason: "a multi-zone country decided by the stated JST",
			lead:   "On July 29, commencing at 3:30 p.m. (local time, 4:30 a.m. on July 30, Japan time) for 10 minutes, Mr. HAYASHI held a meeting.",
			place:  usa, published: readout.Date{Year: 2022, Month: 7, Day: 29},
			want: when{Date: "2022-07-29", Start: "15:30", StartQ: "exact", Note: "local time", Zone: "America/New_York", Source: "stated_jst",
				StartTime: "2022-07-29T15:30:00-04:00", StatedJST: "04:30", StatedDay: "next", StatedDate: "2022-07-30", Minutes: 10, DurQ: "exact"},
		},
		{
			reason: "an ambiguous multi-zone country without JST: no zone, no instant",
			lead:   "On July 29, commencing at 3:30 p.m. (local time) for 10 minutes, Mr. HAYASHI held a meeting.",
			place:  usa, published: readout.Date{Year: 2022, Month: 7, Day: 29},
			want: when{Date: "2022-07-29", Start: "15:30", StartQ: "exact", Note: "local time", Minutes: 10, DurQ: "exact"},
		},
		{
			reason: "local time outside the brackets, Japan time inside",
			lead:   "On Wednesday, May 3, commencing at 1:50 p.m. local time (7:50 p.m. Japan time), Mr. KISHIDA Fumio received a courtesy call.",
			place:  readout.Place{Country: "Kenya"}, published: readout.Date{Year: 2023, Month: 5, Day: 3},
			want: when{Date: "2023-05-03", Weekday: "Wednesday", Start: "13:50", StartQ: "exact", Note: "local time", Zone: "Africa/Nairobi", Source: "country",
				StartTime: "2023-05-03T13:50:00+03:00", StatedJST: "19:50"},
		},
		{
			reason: "the same day written as words, Japan Time capitalised",
			lead:   "On June 1, from 11:00 a.m. (8:00 p.m. on the same day, Japan Time) for about an hour, the Minister held talks.",
			place:  readout.Place{Country: "Brazil", City: "Brasilia"}, published: readout.Date{Year: 2023, Month: 6, Day: 1},
			want: when{Date: "2023-06-01", Start: "11:00", StartQ: "exact", Zone: "America/Sao_Paulo", Source: "city",
				StartTime: "2023-06-01T11:00:00-03:00", StatedJST: "20:00", StatedDay: "same", Minutes: 60, DurQ: "about"},
		},
		{
			reason: "only Japan time written, for a meeting abroad: the time is JST and is the stated JST",
			lead:   "On August 2, commencing at around 2:55 p.m. (Japan time) for approximately 35 minutes (consecutive interpretation), Mr. Taro Kono held a meeting.",
			place:  readout.Place{Country: "Singapore"}, published: readout.Date{Year: 2018, Month: 8, Day: 2},
			want: when{Date: "2018-08-02", Start: "14:55", StartQ: "around", Note: "Japan time", Zone: "Asia/Tokyo", Source: "note",
				StartTime: "2018-08-02T14:55:00+09:00", StatedJST: "14:55", Minutes: 35, DurQ: "approximately"},
		},
		{
			reason: "a lone JST, the date after the time",
			lead:   "Minister Maehara held telephone talks with Secretary Clinton for about 15 minutes from 8:30 a.m. JST on November 25 (Thu).",
			place:  nowhere, published: readout.Date{Year: 2010, Month: 11, Day: 25},
			want: when{Date: "2010-11-25", Weekday: "Thursday", Start: "08:30", StartQ: "exact", Note: "JST", Zone: "Asia/Tokyo", Source: "note",
				StartTime: "2010-11-25T08:30:00+09:00", Minutes: 15, DurQ: "about"},
		},
		{
			reason: "a fixed abbreviation beside the time",
			lead:   "On January 5, at 4:30 P.M. EST, the Minister held a telephone talk for 20 minutes.",
			place:  nowhere, published: readout.Date{Year: 2024, Month: 1, Day: 5},
			want: when{Date: "2024-01-05", Start: "16:30", StartQ: "exact", Note: "EST", Zone: "EST", Source: "note",
				StartTime: "2024-01-05T16:30:00-05:00", Minutes: 20, DurQ: "exact"},
		},
		{
			reason: "a place's time in brackets",
			lead:   "On September 19, from 4:35 p.m. (NY time) for approximately 20 minutes, Mr. Taro Kono held a meeting.",
			place:  nowhere, published: readout.Date{Year: 2017, Month: 9, Day: 19},
			want: when{Date: "2017-09-19", Start: "16:35", StartQ: "exact", Note: "NY time", Zone: "America/New_York", Source: "note",
				StartTime: "2017-09-19T16:35:00-04:00", Minutes: 20, DurQ: "approximately"},
		},
		{
			reason: "the time phrase at the end of the sentence, 24-hour clock, duration in words",
			lead:   "On April 24, Mr. Fumio Kishida held a meeting at the Iikura Guest House from 17:30 for roughly one hour and forty-five minutes.",
			place:  readout.Place{Country: "Japan"}, published: readout.Date{Year: 2017, Month: 4, Day: 24},
			want: when{Date: "2017-04-24", Start: "17:30", StartQ: "exact", Zone: "Asia/Tokyo", Source: "japan",
				StartTime: "2017-04-24T17:30:00+09:00", Minutes: 105, DurQ: "about"},
		},
		{
			reason: "an end time instead of a duration",
			lead:   "On March 3, the Minister held a dinner from just after 7 p.m. until around 9:30 p.m.",
			place:  readout.Place{Country: "Japan"}, published: readout.Date{Year: 2020, Month: 3, Day: 3},
			want: when{Date: "2020-03-03", Start: "19:00", StartQ: "just_after", Zone: "Asia/Tokyo", Source: "japan",
				StartTime: "2020-03-03T19:00:00+09:00", Minutes: 150, DurQ: "approximately", End: "21:30"},
		},
		{
			reason: "a range whose p.m. is written once, at the end",
			lead:   "On March 3, from 3:00 to 3:40 p.m., the Minister received a courtesy call.",
			place:  readout.Place{Country: "Japan"}, published: readout.Date{Year: 2020, Month: 3, Day: 3},
			want: when{Date: "2020-03-03", Start: "15:00", StartQ: "exact", Zone: "Asia/Tokyo", Source: "japan",
				StartTime: "2020-03-03T15:00:00+09:00", Minutes: 40, DurQ: "exact", End: "15:40"},
		},
		{
			reason: "two sessions in one sentence",
			lead:   "On May 2, the Prime Minister held a meeting at 12:00 p.m. (local time) for approximately 70 minutes, and also at 1:15 p.m. (local time) for approximately 95 minutes.",
			place:  readout.Place{Country: "Belgium"}, published: readout.Date{Year: 2023, Month: 5, Day: 2},
			want: when{Date: "2023-05-02", Start: "12:00", StartQ: "exact", Note: "local time", Zone: "Europe/Brussels", Source: "country",
				StartTime: "2023-05-02T12:00:00+02:00", Minutes: 70, DurQ: "approximately",
				Sessions: []when{{Date: "2023-05-02", Start: "13:15", StartQ: "exact", Note: "local time", Zone: "Europe/Brussels", Source: "country",
					StartTime: "2023-05-02T13:15:00+02:00", Minutes: 95, DurQ: "approximately"}}},
		},
		{
			reason: "a second duration names a second engagement",
			lead:   "On August 18, commencing at 11:30 a.m., Mr. IWAYA held the Dialogue (a meeting for approximately 45 minutes and a working lunch for approximately 60 minutes) with Dr. Wadephul.",
			place:  readout.Place{Country: "Japan"}, published: readout.Date{Year: 2025, Month: 8, Day: 18},
			want: when{Date: "2025-08-18", Start: "11:30", StartQ: "exact", Zone: "Asia/Tokyo", Source: "japan",
				StartTime: "2025-08-18T11:30:00+09:00", Minutes: 45, DurQ: "approximately",
				Sessions: []when{{Date: "2025-08-18", Zone: "Asia/Tokyo", Source: "japan", Minutes: 60, DurQ: "approximately"}}},
		},
		{
			reason: "a zone note on the date, the time in the next sentence",
			lead:   "On May 18 (Monday), 2009 (JST), Minister Nakasone gave a telephone call to Minister Mottaki. It continued for about 20 minutes from 5:50 p.m.",
			place:  nowhere,
			want: when{Date: "2009-05-18", Weekday: "Monday", Start: "17:50", StartQ: "exact", Note: "JST", Zone: "Asia/Tokyo", Source: "note",
				StartTime: "2009-05-18T17:50:00+09:00", Minutes: 20, DurQ: "about"},
		},
		{
			reason: "no year anywhere: the date has none and no instant is computed",
			lead:   "On June 6, commencing at around 5:00 p.m. (local time) for approximately 25 minutes, Mr. Taro Kono held a meeting.",
			place:  readout.Place{Country: "United States", City: "Washington D.C."},
			want: when{Date: "--06-06", Start: "17:00", StartQ: "around", Note: "local time", Zone: "America/New_York", Source: "city",
				Minutes: 25, DurQ: "approximately"},
		},
		{
			reason: "a December meeting on a page dated January",
			lead:   "On December 30, commencing at 10:00 a.m. for 30 minutes, the Minister held a telephone talk.",
			place:  nowhere, published: readout.Date{Year: 2021, Month: 1, Day: 4},
			want: when{Date: "2020-12-30", Start: "10:00", StartQ: "exact", Zone: "Asia/Tokyo", Source: "japan",
				StartTime: "2020-12-30T10:00:00+09:00", Minutes: 30, DurQ: "exact"},
		},
		{
			reason: "the stated JST is kept as written even when it is wrong",
			lead:   "On October 10, commencing at 6.15p.m. (local time, on October 10, 9.45p.m.) for approximately 20 minutes, Mr. ISHIBA held a meeting.",
			place:  readout.Place{Country: "Laos"}, published: readout.Date{Year: 2024, Month: 10, Day: 10},
			want: when{Date: "2024-10-10", Start: "18:15", StartQ: "exact", Note: "local time", Zone: "Asia/Vientiane", Source: "country",
				StartTime: "2024-10-10T18:15:00+07:00", StatedJST: "21:45", StatedDay: "same", StatedDate: "2024-10-10", Minutes: 20, DurQ: "approximately"},
		},
		{
			reason: "a word not understood inside a zone note is kept as unparsed",
			lead:   "On April 7, commencing at 9:45 a.m. (local time; provisionally 4:45 p.m. JST) for 30 minutes, the Minister met.",
			place:  belgium, published: pub,
			want: when{Date: "2022-04-07", Start: "09:45", StartQ: "exact", Note: "local time", Zone: "Europe/Brussels", Source: "country",
				StartTime: "2022-04-07T09:45:00+02:00", StatedJST: "16:45", Minutes: 30, DurQ: "exact", Unparsed: 1},
		},
	}
	for _, tt := range tests {
		got := readWhen(tt.lead, tt.place, tt.published)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s\n%q (-want +got):\n%s", tt.reason, tt.lead, diff)
		}
	}
}

// enWhenHostileUnits are phrases a lead made of one of them repeated
// (hostileLead) holds.
var enWhenHostileUnits = []string{"(", "On April 1, ", "at 9:45 a.m. (local time; ", "for about ", ",,,, April 1 ", "9:45 a.m.(local time) for 2 hours and "}

// hostileLead returns a lead of about size bytes: a date, then unit repeated.
func hostileLead(unit string, size int) string {
	return "On April 7, " + strings.Repeat(unit, size/len(unit))
}

// TestEnWhenHostile feeds leads made of one phrase repeated: the grammar
// keeps what it does not read as unparsed and opens a bounded number of
// sessions (BenchmarkEnWhenHostile shows the time is linear).
func TestEnWhenHostile(t *testing.T) {
	for _, unit := range enWhenHostileUnits {
		lead := hostileLead(unit, 100000)
		p := newParser(lead, newOptions(nil))
		p.enWhen(0, len(p.text))
		if len(p.m.Sessions) >= maxSessions {
			t.Errorf("%q repeated: %d further sessions, want fewer than %d", unit, len(p.m.Sessions), maxSessions)
		}
	}
}

// BenchmarkEnWhenHostile reads the leads of TestEnWhenHostile at 10 KB and
// 100 KB: linear time keeps ns/byte the same at both sizes.
func BenchmarkEnWhenHostile(b *testing.B) {
	for k, unit := range enWhenHostileUnits {
		for _, size := range []int{10000, 100000} {
			lead := hostileLead(unit, size)
			b.Run(fmt.Sprintf("unit%d/%dKB", k, size/1000), func(b *testing.B) {
				b.SetBytes(int64(len(lead)))
				for b.Loop() {
					p := newParser(lead, newOptions(nil))
					p.enWhen(0, len(p.text))
				}
			})
		}
	}
}
