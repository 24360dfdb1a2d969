package parse

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	_ "time/tzdata"
)

// heldWhen is the part of a schedule the held-out table checks, field by
// field.
type heldWhen struct {
	Date, Weekday, Start, StartQ, Note, Zone string
	StatedJST, StatedDay                     string
	Minutes                                  int
	DurQ, End, EndDay                        string
	Unparsed                                 []string // what the lead left unread
	Sessions                                 []string // "start/minutes" of each further session
}

func heldOf(m *readout.Meeting) heldWhen {
	s := m.Schedule
	h := heldWhen{
		Date: s.Date.String(), Weekday: s.Weekday, Start: s.Start.String(), Note: s.ZoneNote, Zone: s.TimeZone,
		StatedJST: s.StatedJST.Time.String(), StatedDay: s.StatedJST.Day.String(), Minutes: s.Duration.Minutes(),
		End: s.End.String(),
	}
	if s.EndDay != readout.DayUnstated {
		h.EndDay = s.EndDay.String()
	}
	for _, u := range m.Unparsed {
		h.Unparsed = append(h.Unparsed, u.Text)
	}
	if s.Start.Valid {
		h.StartQ = s.StartQualifier.String()
	}
	if s.Duration != 0 {
		h.DurQ = s.DurationQualifier.String()
	}
	for _, ss := range m.Sessions {
		h.Sessions = append(h.Sessions, fmt.Sprintf("%s/%d", ss.Schedule.Start, ss.Schedule.Duration.Minutes()))
	}
	return h
}

// heldOutLeads are English lead sentences written for this test in the
// styles MOFA and the Prime Minister's Office use (2005–2025), none of them
// taken from the corpus: other orders of the parts, other prepositions,
// other ways to write clocks, dates, durations and zone notes. They measure
// how the time grammar generalises beyond the readouts it was built on.
var heldOutLeads = []struct {
	reason    string
	title     string
	published string // the page's date line
	lead      string
	want      heldWhen
}{
	// Clocks written differently.
	{
		reason: "am without dots, weekday before the date, one and a half hours in words",
		title:  "Japan-Viet Nam Foreign Ministers' Meeting", published: "March 3, 2014",
		lead: "On Monday, March 3, commencing at 10:00 am for approximately one and a half hours, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Pham Binh Minh, Deputy Prime Minister and Minister of Foreign Affairs of the Socialist Republic of Viet Nam, in Tokyo.",
		want: heldWhen{Date: "2014-03-03", Weekday: "Monday", Start: "10:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 90, DurQ: "approximately"},
	},
	{
		reason: "day before month, a full stop in the clock, an hour and a half",
		title:  "Japan-Viet Nam Foreign Ministers' Meeting", published: "March 3, 2014",
		lead: "On 3 March, starting at 10.00 a.m. for about an hour and a half, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Pham Binh Minh, Minister of Foreign Affairs of Viet Nam, in Tokyo.",
		want: heldWhen{Date: "2014-03-03", Start: "10:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 90, DurQ: "about"},
	},
	{
		reason: "an ordinal day, an hour without minutes, some 30 minutes",
		title:  "Japan-Viet Nam Foreign Ministers' Meeting", published: "March 3, 2014",
		lead: "On March 3rd, beginning at 10 a.m. for some 30 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. Pham Binh Minh, Minister of Foreign Affairs of Viet Nam.",
		want: heldWhen{Date: "2014-03-03", Start: "10:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 30, DurQ: "about"},
	},
	{
		reason: "the day alone, the month from the page",
		title:  "Japan-Viet Nam Foreign Ministers' Telephone Talk", published: "March 3, 2014",
		lead: "On the 3rd, from 9:15 p.m. for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. Pham Binh Minh, Minister of Foreign Affairs of Viet Nam.",
		want: heldWhen{Date: "2014-03-03", Start: "21:15", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 20, DurQ: "approximately"},
	},
	{
		reason: "the clock first, a.m. run into the minutes, the date after it",
		title:  "Japan-Viet Nam Foreign Ministers' Meeting", published: "March 3, 2014",
		lead: "At approximately 10:00a.m. on March 3, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Pham Binh Minh, Minister of Foreign Affairs of Viet Nam, in Tokyo for approximately 45 minutes.",
		want: heldWhen{Date: "2014-03-03", Start: "10:00", StartQ: "around", Zone: "Asia/Tokyo", Minutes: 45, DurQ: "approximately"},
	},
	{
		reason: "shortly after a bare hour",
		title:  "Japan-Australia Summit Telephone Talk", published: "June 10, 2014",
		lead: "On June 10, shortly after 9 p.m., Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk for about 15 minutes with the Hon. Tony Abbott, MP, Prime Minister of Australia.",
		want: heldWhen{Date: "2014-06-10", Start: "21:00", StartQ: "just_after", Zone: "Asia/Tokyo", Minutes: 15, DurQ: "about"},
	},
	{
		reason: "12 noon",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On June 10, at 12 noon, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo for approximately 40 minutes.",
		want: heldWhen{Date: "2014-06-10", Start: "12:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 40, DurQ: "approximately"},
	},
	{
		reason: "midnight as the start",
		title:  "Japan-U.S. Foreign Ministers' Telephone Talk", published: "June 10, 2014",
		lead: "On June 10, at midnight, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with the Honorable John Kerry, Secretary of State of the United States of America, for approximately 25 minutes.",
		want: heldWhen{Date: "2014-06-10", Start: "00:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 25, DurQ: "approximately"},
	},
	{
		reason: "from approximately",
		title:  "Japan-U.S. Foreign Ministers' Telephone Talk", published: "June 10, 2014",
		lead: "On June 10, from approximately 8:00 p.m. for around 40 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with the Honorable John Kerry, Secretary of State of the United States of America.",
		want: heldWhen{Date: "2014-06-10", Start: "20:00", StartQ: "around", Zone: "Asia/Tokyo", Minutes: 40, DurQ: "about"},
	},
	{
		reason: "capital PM without dots, a 24-hour clock elsewhere",
		title:  "Japan-U.S. Foreign Ministers' Telephone Talk", published: "June 10, 2014",
		lead: "On June 10, from 8:30PM for approximately 30 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with the Honorable John Kerry, Secretary of State of the United States of America.",
		want: heldWhen{Date: "2014-06-10", Start: "20:30", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 30, DurQ: "approximately"},
	},
	{
		reason: "a 24-hour clock",
		title:  "Japan-Iran Foreign Ministers' Telephone Talk", published: "January 19, 2018",
		lead: "On January 19, from 16:00 for approximately 30 minutes, Mr. Taro Kono, Minister for Foreign Affairs, held a telephone talk with H.E. Dr. Mohammad Javad Zarif, Minister of Foreign Affairs of the Islamic Republic of Iran.",
		want: heldWhen{Date: "2018-01-19", Start: "16:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 30, DurQ: "approximately"},
	},
	// Durations.
	{
		reason: "hours and minutes in figures without and",
		title:  "Japan-China Foreign Ministers' Meeting", published: "November 4, 2015",
		lead: "On November 4, commencing at 2:00 p.m. for approximately 1 hour 30 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Wang Yi, Minister of Foreign Affairs of the People's Republic of China, in Tokyo.",
		want: heldWhen{Date: "2015-11-04", Start: "14:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 90, DurQ: "approximately"},
	},
	{
		reason: "hours as a decimal",
		title:  "Japan-China Foreign Ministers' Meeting", published: "November 4, 2015",
		lead: "On November 4, commencing at 2:00 p.m. for approximately 1.5 hours, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Wang Yi, Minister of Foreign Affairs of the People's Republic of China, in Tokyo.",
		want: heldWhen{Date: "2015-11-04", Start: "14:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 90, DurQ: "approximately"},
	},
	{
		reason: "an hour and a half, unhedged",
		title:  "Japan-China Foreign Ministers' Meeting", published: "November 4, 2015",
		lead: "On November 4, commencing at 2:00 p.m. for an hour and a half, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Wang Yi, Minister of Foreign Affairs of the People's Republic of China, in Tokyo.",
		want: heldWhen{Date: "2015-11-04", Start: "14:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 90, DurQ: "exact"},
	},
	{
		reason: "hours and minutes with and",
		title:  "Japan-China Foreign Ministers' Meeting", published: "November 4, 2015",
		lead: "On November 4, commencing at 2:00 p.m. for approximately 1 hour and 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Wang Yi, Minister of Foreign Affairs of the People's Republic of China, in Tokyo.",
		want: heldWhen{Date: "2015-11-04", Start: "14:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 80, DurQ: "approximately"},
	},
	{
		reason: "just over an hour",
		title:  "Japan-China Foreign Ministers' Meeting", published: "November 4, 2015",
		lead: "On November 4, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Wang Yi, Minister of Foreign Affairs of the People's Republic of China, in Tokyo for just over an hour from 2:00 p.m.",
		want: heldWhen{Date: "2015-11-04", Start: "14:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 60, DurQ: "over"},
	},
	{
		reason: "nearly two hours",
		title:  "Japan-China Foreign Ministers' Meeting", published: "November 4, 2015",
		lead: "On November 4, from 6:30 p.m. for nearly two hours, Mr. Fumio Kishida, Minister for Foreign Affairs, held a working dinner with H.E. Mr. Wang Yi, Minister of Foreign Affairs of the People's Republic of China, in Tokyo.",
		want: heldWhen{Date: "2015-11-04", Start: "18:30", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 120, DurQ: "just_under"},
	},
	{
		reason: "about one hour, in words",
		title:  "Japan-China Summit Meeting", published: "November 4, 2015",
		lead: "On November 4, from 5:00 p.m. for about one hour, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. Li Keqiang, Premier of the State Council of the People's Republic of China, in Tokyo.",
		want: heldWhen{Date: "2015-11-04", Start: "17:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 60, DurQ: "about"},
	},
	{
		reason: "seventy minutes in figures",
		title:  "Japan-China Summit Meeting", published: "November 4, 2015",
		lead: "On November 4, from 5:00 p.m. for approximately 70 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. Li Keqiang, Premier of the State Council of the People's Republic of China, in Tokyo.",
		want: heldWhen{Date: "2015-11-04", Start: "17:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 70, DurQ: "approximately"},
	},
	{
		reason: "a little over an hour",
		title:  "Japan-China Summit Meeting", published: "November 4, 2015",
		lead: "On November 4, from 5:00 p.m. for a little over an hour, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. Li Keqiang, Premier of the State Council of the People's Republic of China, in Tokyo.",
		want: heldWhen{Date: "2015-11-04", Start: "17:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 60, DurQ: "over"},
	},
	{
		reason: "a plain duration, the interpretation note after it",
		title:  "Japan-China Summit Meeting", published: "November 4, 2015",
		lead: "On November 4, at 8 p.m. for 45 minutes (including interpretation), Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with H.E. Mr. Li Keqiang, Premier of the State Council of the People's Republic of China.",
		want: heldWhen{Date: "2015-11-04", Start: "20:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 45, DurQ: "exact"},
	},
	// Other orders of the parts.
	{
		reason: "duration before the start, both at the end of the sentence",
		title:  "Japan-Thailand Summit Telephone Talk", published: "May 12, 2016",
		lead: "Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with H.E. General Prayut Chan-o-cha, Prime Minister of the Kingdom of Thailand, for about 20 minutes from 4:00 p.m. on May 12.",
		want: heldWhen{Date: "2016-05-12", Start: "16:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 20, DurQ: "about"},
	},
	{
		reason: "the lead opens with the duration",
		title:  "Japan-Thailand Summit Telephone Talk", published: "May 12, 2016",
		lead: "For approximately 30 minutes from 9:30 p.m. on May 12, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with H.E. General Prayut Chan-o-cha, Prime Minister of the Kingdom of Thailand.",
		want: heldWhen{Date: "2016-05-12", Start: "21:30", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 30, DurQ: "approximately"},
	},
	{
		reason: "the lead opens with From and a date after the clock",
		title:  "Japan-Thailand Summit Meeting", published: "May 12, 2016",
		lead: "From 2:00 p.m. on May 12 for approximately 1 hour, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. General Prayut Chan-o-cha, Prime Minister of the Kingdom of Thailand, in Tokyo.",
		want: heldWhen{Date: "2016-05-12", Start: "14:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 60, DurQ: "approximately"},
	},
	{
		reason: "the duration before starting at",
		title:  "Japan-Thailand Summit Telephone Talk", published: "May 12, 2016",
		lead: "On May 12, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk for approximately 15 minutes, starting at 8:10 p.m., with H.E. General Prayut Chan-o-cha, Prime Minister of the Kingdom of Thailand.",
		want: heldWhen{Date: "2016-05-12", Start: "20:10", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 15, DurQ: "approximately"},
	},
	{
		reason: "the clock first with a weekday and date after it",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "At 4:30 p.m. on Tuesday, June 10, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo, for approximately 50 minutes.",
		want: heldWhen{Date: "2014-06-10", Weekday: "Tuesday", Start: "16:30", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 50, DurQ: "approximately"},
	},
	{
		reason: "weekday, day before month",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On Tuesday, 10 June, commencing at 4:30 p.m. for approximately 50 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Weekday: "Tuesday", Start: "16:30", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 50, DurQ: "approximately"},
	},
	{
		reason: "abbreviated weekday with a dot in brackets",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On June 10 (Tue.), commencing at 4:30 p.m. for approximately 50 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Weekday: "Tuesday", Start: "16:30", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 50, DurQ: "approximately"},
	},
	{
		reason: "day month year",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On 10 June 2014, commencing at 4:30 p.m. for approximately 50 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Start: "16:30", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 50, DurQ: "approximately"},
	},
	{
		reason: "the evening of the date",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On the evening of June 10, Mr. Shinzo Abe, Prime Minister of Japan, held a dinner meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo, for approximately two hours from 7:00 p.m.",
		want: heldWhen{Date: "2014-06-10", Start: "19:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 120, DurQ: "approximately"},
	},
	// End times.
	{
		reason: "an end time with until, no duration",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On June 10, from 9:30 a.m. until 10:30 a.m., Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Start: "09:30", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 60, DurQ: "exact", End: "10:30"},
	},
	{
		reason: "a range with to, a.m. written once at the end",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On June 10, from 9:00 to 10:30 a.m., Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Start: "09:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 90, DurQ: "exact", End: "10:30"},
	},
	{
		reason: "a range with a dash",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On June 10, from 10:00 – 10:45 a.m., Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Start: "10:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 45, DurQ: "exact", End: "10:45"},
	},
	{
		reason: "until 12 noon",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On June 10, from 11:00 a.m. to 12 noon, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Start: "11:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 60, DurQ: "exact", End: "12:00"},
	},
	{
		reason: "until midnight",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On June 10, from 10:30 p.m. until midnight, Mr. Shinzo Abe, Prime Minister of Japan, held a meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Start: "22:30", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 90, DurQ: "exact", End: "00:00"},
	},
	{
		reason: "an end on the following day: the date stays the start's",
		title:  "Japan-Australia Summit Meeting", published: "June 11, 2014",
		lead: "On June 10, from 11:00 p.m. until 1:00 a.m. on the following day, Mr. Shinzo Abe, Prime Minister of Japan, held a meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Start: "23:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 120, DurQ: "exact", End: "01:00", EndDay: "next"},
	},
	{
		reason: "an end with its own date: the date stays the start's",
		title:  "Japan-Australia Summit Meeting", published: "June 11, 2014",
		lead: "On June 10, from 11:00 p.m. until 1:00 a.m. on June 11, Mr. Shinzo Abe, Prime Minister of Japan, held a meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo.",
		want: heldWhen{Date: "2014-06-10", Start: "23:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 120, DurQ: "exact", End: "01:00", EndDay: "next"},
	},
	{
		reason: "ending at, around",
		title:  "Japan-Australia Summit Meeting", published: "June 10, 2014",
		lead: "On June 10, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Tony Abbott, MP, Prime Minister of Australia, in Tokyo, beginning at 3:00 p.m. and ending at around 4:10 p.m.",
		want: heldWhen{Date: "2014-06-10", Start: "15:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 70, DurQ: "approximately", End: "16:10"},
	},
	// Zone notes.
	{
		reason: "local time with the JST after it, the same day written after the clock",
		title:  "Japan-Belgium Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, commencing at 3:00 p.m. (local time; 10:00 p.m. on the same day, JST) for approximately 30 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting Brussels, Belgium, held a meeting with H.E. Mr. Didier Reynders, Deputy Prime Minister and Minister of Foreign Affairs of the Kingdom of Belgium.",
		want: heldWhen{Date: "2014-06-10", Start: "15:00", StartQ: "exact", Note: "local time", Zone: "Europe/Brussels", StatedJST: "22:00", StatedDay: "same", Minutes: 30, DurQ: "approximately"},
	},
	{
		reason: "only the Japan time in the note, the same day first",
		title:  "Japan-Belgium Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, commencing at 3:00 p.m. (same day, 10:00 p.m. Japan time) for approximately 30 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting Brussels, Belgium, held a meeting with H.E. Mr. Didier Reynders, Minister of Foreign Affairs of the Kingdom of Belgium.",
		want: heldWhen{Date: "2014-06-10", Start: "15:00", StartQ: "exact", Zone: "Europe/Brussels", StatedJST: "22:00", StatedDay: "same", Minutes: 30, DurQ: "approximately"},
	},
	{
		reason: "a JST clock alone in brackets",
		title:  "Japan-Belgium Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, commencing at 3:00 p.m. (10:00 p.m. JST) for approximately 30 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting Brussels, Belgium, held a meeting with H.E. Mr. Didier Reynders, Minister of Foreign Affairs of the Kingdom of Belgium.",
		want: heldWhen{Date: "2014-06-10", Start: "15:00", StartQ: "exact", Zone: "Europe/Brussels", StatedJST: "22:00", Minutes: 30, DurQ: "approximately"},
	},
	{
		reason: "the next day in the note, after the clock, with of the following day",
		title:  "Japan-U.S. Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, commencing at 11:30 a.m. (local time; 12:30 a.m. of the following day, JST) for approximately 45 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting Washington D.C., held a meeting with the Honorable John Kerry, Secretary of State of the United States of America.",
		want: heldWhen{Date: "2014-06-10", Start: "11:30", StartQ: "exact", Note: "local time", Zone: "America/New_York", StatedJST: "00:30", StatedDay: "next", Minutes: 45, DurQ: "approximately"},
	},
	{
		reason: "the Japan date before the Japan clock",
		title:  "Japan-U.S. Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, commencing at 11:30 a.m. (local time; June 11, 12:30 a.m. JST) for approximately 45 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting Washington D.C., held a meeting with the Honorable John Kerry, Secretary of State of the United States of America.",
		want: heldWhen{Date: "2014-06-10", Start: "11:30", StartQ: "exact", Note: "local time", Zone: "America/New_York", StatedJST: "00:30", StatedDay: "next", Minutes: 45, DurQ: "approximately"},
	},
	{
		reason: "Japan Standard Time in brackets, a telephone talk",
		title:  "Japan-Germany Foreign Ministers' Telephone Talk", published: "May 12, 2016",
		lead: "On May 12, from 5:00 p.m. (Japan Standard Time) for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. Frank-Walter Steinmeier, Federal Minister for Foreign Affairs of the Federal Republic of Germany.",
		want: heldWhen{Date: "2016-05-12", Start: "17:00", StartQ: "exact", Note: "Japan Standard Time", Zone: "Asia/Tokyo", Minutes: 20, DurQ: "approximately"},
	},
	{
		reason: "Tokyo time in brackets",
		title:  "Japan-Germany Foreign Ministers' Telephone Talk", published: "May 12, 2016",
		lead: "On May 12, from 5:00 p.m. (Tokyo time) for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. Frank-Walter Steinmeier, Federal Minister for Foreign Affairs of the Federal Republic of Germany.",
		want: heldWhen{Date: "2016-05-12", Start: "17:00", StartQ: "exact", Note: "Tokyo time", Zone: "Asia/Tokyo", Minutes: 20, DurQ: "approximately"},
	},
	{
		reason: "JST in brackets after a telephone talk's clock",
		title:  "Japan-Germany Foreign Ministers' Telephone Talk", published: "May 12, 2016",
		lead: "On May 12, at 5 p.m. (JST), Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. Frank-Walter Steinmeier, Federal Minister for Foreign Affairs of the Federal Republic of Germany, for approximately 20 minutes.",
		want: heldWhen{Date: "2016-05-12", Start: "17:00", StartQ: "exact", Note: "JST", Zone: "Asia/Tokyo", Minutes: 20, DurQ: "approximately"},
	},
	{
		reason: "Japan time bare after the clock",
		title:  "Japan-Germany Foreign Ministers' Telephone Talk", published: "May 12, 2016",
		lead: "On May 12, from 9:30 p.m. Japan time for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. Frank-Walter Steinmeier, Federal Minister for Foreign Affairs of the Federal Republic of Germany.",
		want: heldWhen{Date: "2016-05-12", Start: "21:30", StartQ: "exact", Note: "Japan time", Zone: "Asia/Tokyo", Minutes: 20, DurQ: "approximately"},
	},
	{
		reason: "a city's time in brackets: Washington D.C.",
		title:  "Japan-U.S. Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, commencing at 11:30 a.m. (Washington D.C. time) for approximately 45 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with the Honorable John Kerry, Secretary of State of the United States of America.",
		want: heldWhen{Date: "2014-06-10", Start: "11:30", StartQ: "exact", Note: "Washington D.C. time", Zone: "America/New_York", Minutes: 45, DurQ: "approximately"},
	},
	{
		reason: "a city's time in brackets: Geneva",
		title:  "Japan-Switzerland Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, commencing at 9:00 a.m. (Geneva time) for approximately 30 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Didier Burkhalter, Federal Councillor and Head of the Federal Department of Foreign Affairs of the Swiss Confederation.",
		want: heldWhen{Date: "2014-06-10", Start: "09:00", StartQ: "exact", Note: "Geneva time", Zone: "Europe/Zurich", Minutes: 30, DurQ: "approximately"},
	},
	{
		reason: "local time in a named city",
		title:  "Japan-U.S. Foreign Ministers' Meeting", published: "September 23, 2014",
		lead: "On September 23, commencing at 10:00 a.m. (local time in New York) for approximately 40 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with the Honorable John Kerry, Secretary of State of the United States of America.",
		want: heldWhen{Date: "2014-09-23", Start: "10:00", StartQ: "exact", Note: "local time in New York", Zone: "America/New_York", Minutes: 40, DurQ: "approximately"},
	},
	{
		reason: "the date's note in brackets, the time later",
		title:  "Japan-U.S. Foreign Ministers' Meeting", published: "September 23, 2014",
		lead: "On September 23 (local time), Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting New York, held a meeting with the Honorable John Kerry, Secretary of State of the United States of America, from 10:00 a.m. for approximately 40 minutes.",
		want: heldWhen{Date: "2014-09-23", Start: "10:00", StartQ: "exact", Note: "local time", Zone: "America/New_York", Minutes: 40, DurQ: "approximately"},
	},
	{
		reason: "the note after the duration",
		title:  "Japan-Belgium Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, from 10:00 a.m. for approximately 45 minutes (local time), Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting Brussels, Belgium, held a meeting with H.E. Mr. Didier Reynders, Minister of Foreign Affairs of the Kingdom of Belgium.",
		want: heldWhen{Date: "2014-06-10", Start: "10:00", StartQ: "exact", Note: "local time", Zone: "Europe/Brussels", Minutes: 45, DurQ: "approximately"},
	},
	{
		reason: "local time bare, the Japan time with its date in brackets",
		title:  "Japan-Belgium Foreign Ministers' Meeting", published: "June 11, 2014",
		lead: "On June 10, at 7:00 p.m. local time (2:00 a.m. on June 11, Japan time), Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting Brussels, Belgium, held a working dinner with H.E. Mr. Didier Reynders, Minister of Foreign Affairs of the Kingdom of Belgium, for about 90 minutes.",
		want: heldWhen{Date: "2014-06-10", Start: "19:00", StartQ: "exact", Note: "local time", Zone: "Europe/Brussels", StatedJST: "02:00", StatedDay: "next", Minutes: 90, DurQ: "about"},
	},
	{
		reason: "the Japan time written as in Japan",
		title:  "Japan-Belgium Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, commencing at 12:30 p.m. (local time; 7:30 p.m. on the same day in Japan) for approximately 30 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting Brussels, Belgium, held a meeting with H.E. Mr. Didier Reynders, Minister of Foreign Affairs of the Kingdom of Belgium.",
		want: heldWhen{Date: "2014-06-10", Start: "12:30", StartQ: "exact", Note: "local time", Zone: "Europe/Brussels", StatedJST: "19:30", StatedDay: "same", Minutes: 30, DurQ: "approximately"},
	},
	{
		reason: "the JST next day written after the clock and zone",
		title:  "Japan-U.S. Foreign Ministers' Meeting", published: "June 10, 2014",
		lead: "On June 10, commencing at 11:30 a.m. (local time; 12:30 a.m. JST, the next day) for approximately 45 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, who is visiting Washington D.C., held a meeting with the Honorable John Kerry, Secretary of State of the United States of America.",
		want: heldWhen{Date: "2014-06-10", Start: "11:30", StartQ: "exact", Note: "local time", Zone: "America/New_York", StatedJST: "00:30", StatedDay: "next", Minutes: 45, DurQ: "approximately"},
	},
	// Multi-zone countries, decided by the stated JST.
	{
		reason: "the United States, Pacific time, decided by the stated JST",
		title:  "Japan-U.S. Summit Meeting", published: "November 15, 2019",
		lead: "On November 15, commencing at 2:00 p.m. (local time; 7:00 a.m. on November 16, JST) for approximately 50 minutes, Mr. Shinzo Abe, Prime Minister of Japan, who is visiting the United States, held a summit meeting with the Honorable Donald J. Trump, President of the United States of America.",
		want: heldWhen{Date: "2019-11-15", Start: "14:00", StartQ: "exact", Note: "local time", Zone: "America/Los_Angeles", StatedJST: "07:00", StatedDay: "next", Minutes: 50, DurQ: "approximately"},
	},
	{
		reason: "the United States, Eastern time, decided by the stated JST",
		title:  "Japan-U.S. Summit Meeting", published: "November 15, 2019",
		lead: "On November 15, commencing at 9:00 a.m. (local time; 11:00 p.m. on the same day, JST) for approximately 50 minutes, Mr. Shinzo Abe, Prime Minister of Japan, who is visiting the United States, held a summit meeting with the Honorable Donald J. Trump, President of the United States of America.",
		want: heldWhen{Date: "2019-11-15", Start: "09:00", StartQ: "exact", Note: "local time", Zone: "America/New_York", StatedJST: "23:00", StatedDay: "same", Minutes: 50, DurQ: "approximately"},
	},
	// Abbreviations.
	{
		reason: "EDT names one zone",
		title:  "Japan-U.S. Foreign Ministers' Telephone Talk", published: "June 10, 2014",
		lead: "On June 10, at 10:00 a.m. EDT, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with the Honorable John Kerry, Secretary of State of the United States of America, for approximately 20 minutes.",
		want: heldWhen{Date: "2014-06-10", Start: "10:00", StartQ: "exact", Note: "EDT", Zone: "America/New_York", Minutes: 20, DurQ: "approximately"},
	},
	{
		reason: "CEST names one zone",
		title:  "Japan-Germany Foreign Ministers' Telephone Talk", published: "June 10, 2014",
		lead: "On June 10, at 9:00 a.m. CEST for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. Frank-Walter Steinmeier, Federal Minister for Foreign Affairs of the Federal Republic of Germany.",
		want: heldWhen{Date: "2014-06-10", Start: "09:00", StartQ: "exact", Note: "CEST", Zone: "CET", Minutes: 20, DurQ: "approximately"},
	},
	{
		reason: "IST is ambiguous: the note is kept, no zone is chosen, not even Japan",
		title:  "Meeting of NATO Foreign Ministers", published: "April 7, 2022",
		lead: "On April 7, commencing at 9:45 a.m. IST for approximately 2 hours and 45 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, attended the Meeting of Ministers of Foreign Affairs.",
		want: heldWhen{Date: "2022-04-07", Start: "09:45", StartQ: "exact", Note: "IST", Minutes: 165, DurQ: "approximately"},
	},
	{
		reason: "BST is ambiguous",
		title:  "Japan-U.K. Foreign Ministers' Telephone Talk", published: "June 10, 2014",
		lead: "On June 10, at 3:00 p.m. BST for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with the Rt. Hon. William Hague, MP, Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom.",
		want: heldWhen{Date: "2014-06-10", Start: "15:00", StartQ: "exact", Note: "BST", Minutes: 20, DurQ: "approximately"},
	},
	{
		reason: "CST in brackets is ambiguous",
		title:  "Japan-U.S. Foreign Ministers' Telephone Talk", published: "June 10, 2014",
		lead: "On June 10, from 8:00 p.m. (CST) for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with the Honorable John Kerry, Secretary of State of the United States of America.",
		want: heldWhen{Date: "2014-06-10", Start: "20:00", StartQ: "exact", Note: "CST", Minutes: 20, DurQ: "approximately"},
	},
	// Two sessions.
	{
		reason: "a meeting followed by a working dinner, each with its clock and duration",
		title:  "Japan-France Summit Meeting", published: "May 12, 2016",
		lead: "On May 12, from 6:00 p.m. for approximately 30 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. François Hollande, President of the French Republic, in Tokyo, followed by a working dinner from 6:30 p.m. for approximately 90 minutes.",
		want: heldWhen{Date: "2016-05-12", Start: "18:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 30, DurQ: "approximately", Sessions: []string{"18:30/90"}},
	},
	{
		reason: "a second session in its own sentence",
		title:  "Japan-France Summit Meeting", published: "May 12, 2016",
		lead: "On May 12, from 10:00 a.m. for approximately 40 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. François Hollande, President of the French Republic, in Tokyo. A working lunch followed from 11:00 a.m. for approximately 1 hour.",
		want: heldWhen{Date: "2016-05-12", Start: "10:00", StartQ: "exact", Zone: "Asia/Tokyo", Minutes: 40, DurQ: "approximately", Sessions: []string{"11:00/60"}},
	},
	// No time at all.
	{
		reason: "a date and no time",
		title:  "Japan-France Summit Meeting", published: "May 12, 2016",
		lead: "On May 12, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. François Hollande, President of the French Republic, in Tokyo.",
		want: heldWhen{Date: "2016-05-12", Zone: "Asia/Tokyo"},
	},
	{
		reason: "a date abroad and no time",
		title:  "Japan-France Summit Meeting", published: "May 12, 2016",
		lead: "On May 12, Mr. Shinzo Abe, Prime Minister of Japan, who is visiting Paris, France, held a summit meeting with H.E. Mr. François Hollande, President of the French Republic.",
		want: heldWhen{Date: "2016-05-12", Zone: "Europe/Paris"},
	},
	{
		reason: "no date and no time",
		title:  "Japan-France Summit Telephone Talk", published: "May 12, 2016",
		lead: "Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with H.E. Mr. François Hollande, President of the French Republic.",
		want: heldWhen{},
	},
	{
		reason: "a year in the lead and no time",
		title:  "Japan-France Summit Meeting", published: "July 14, 2023",
		lead: "On July 14, 2023, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Paris, France, held a summit meeting with H.E. Mr. Emmanuel Macron, President of the French Republic.",
		want: heldWhen{Date: "2023-07-14", Zone: "Europe/Paris"},
	},
	{
		reason: "a weekday with the date and no time",
		title:  "Japan-France Summit Meeting", published: "July 14, 2023",
		lead: "On Friday, July 14, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Paris, France, held a summit meeting with H.E. Mr. Emmanuel Macron, President of the French Republic.",
		want: heldWhen{Date: "2023-07-14", Weekday: "Friday", Zone: "Europe/Paris"},
	},
}

// TestEnWhenHeldOut parses each held-out lead as a whole readout (title,
// page date, lead, one numbered point) and compares the schedule field by
// field; it logs the accuracy per field (go test -run HeldOut -v).
func TestEnWhenHeldOut(t *testing.T) {
	fields := reflect.VisibleFields(reflect.TypeFor[heldWhen]())
	correct := make([]int, len(fields))
	for _, tt := range heldOutLeads {
		doc := tt.title + "\n\n" + tt.published + "\n\n" + tt.lead + " The overview of the meeting is as follows.\n\n1. The two sides exchanged views on bilateral relations.\n"
		m, err := Text(doc)
		if err != nil {
			t.Errorf("%s: Text: %v", tt.reason, err)
			continue
		}
		got := heldOf(m)
		for k, f := range fields {
			if reflect.DeepEqual(reflect.ValueOf(tt.want).FieldByIndex(f.Index).Interface(), reflect.ValueOf(got).FieldByIndex(f.Index).Interface()) {
				correct[k]++
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s\n%q (-want +got):\n%s", tt.reason, tt.lead, diff)
		}
	}
	for k, f := range fields {
		t.Logf("%-10s %d/%d", f.Name, correct[k], len(heldOutLeads))
	}
}
