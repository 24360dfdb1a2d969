package parse

import (
	"strings"
	"time"

	"github.com/diplomacy-data/readout"
)

// Japanese dates, after normalisation (full-width digits are ASCII):
//
//	令和4年4月7日  平成31年4月19日  令和元年8月4日  2022年4月7日   full dates
//	4月7日                                          year from the page's date line
//	本5日  5日  同日                                 day only, month from the page
//	(金)  (土曜日)                                  weekday notes after a date

// jaEras are the eras readouts use, with the Gregorian year of each era's
// first year (元年).
var jaEras = []struct {
	name  string
	first int
}{
	{"令和", 2019}, {"平成", 1989}, {"昭和", 1926},
}

// digitsAt reads up to max ASCII digits at s[i:] and returns the value and
// the offset after them; end == i when there is no digit.
func digitsAt(s string, i, max int) (n, end int) {
	end = i
	for end < len(s) && end-i < max && s[end] >= '0' && s[end] <= '9' {
		n = n*10 + int(s[end]-'0')
		end++
	}
	return n, end
}

// jaYearAt reads a year at s[i:]: "令和4年", "令和元年", "2022年". It returns
// the Gregorian year and the offset after 年, or 0, i.
func jaYearAt(s string, i int) (year, end int) {
	for _, e := range jaEras {
		if !strings.HasPrefix(s[i:], e.name) {
			continue
		}
		j := i + len(e.name)
		n := 1
		if strings.HasPrefix(s[j:], "元") {
			j += len("元")
		} else {
			var k int
			if n, k = digitsAt(s, j, 2); k == j || n == 0 {
				return 0, i
			}
			j = k
		}
		if !strings.HasPrefix(s[j:], "年") {
			return 0, i
		}
		return e.first + n - 1, j + len("年")
	}
	n, j := digitsAt(s, i, 4)
	if j-i == 4 && n >= 1900 && n < 2200 && strings.HasPrefix(s[j:], "年") {
		return n, j + len("年")
	}
	return 0, i
}

// A jaDate is a date as written: the parts the text gives, 0 for the others.
type jaDate struct {
	year, month, day int
	same             bool // 同日: the day of the date before
	start, end       int  // offsets in the scanned string
}

// jaDateAt reads a date at s[i:]: [本][年][N月]N日 or 同日. The day must not
// be followed by 間 ("2日間" is a duration).
func jaDateAt(s string, i int) (jaDate, bool) {
	d := jaDate{start: i}
	j := i
	if strings.HasPrefix(s[j:], "同日") {
		d.same, d.end = true, j+len("同日")
		return d, true
	}
	if strings.HasPrefix(s[j:], "本") {
		j += len("本")
	}
	if y, k := jaYearAt(s, j); k > j {
		d.year, j = y, k
	}
	n, k := digitsAt(s, j, 2)
	if k == j {
		return jaDate{}, false
	}
	if strings.HasPrefix(s[k:], "月") {
		if n < 1 || n > 12 {
			return jaDate{}, false
		}
		d.month, j = n, k+len("月")
		if n, k = digitsAt(s, j, 2); k == j {
			return jaDate{}, false
		}
	} else if d.year != 0 {
		return jaDate{}, false
	}
	if !strings.HasPrefix(s[k:], "日") || strings.HasPrefix(s[k+len("日"):], "間") || n < 1 || n > 31 {
		return jaDate{}, false
	}
	d.day, d.end = n, k+len("日")
	return d, true
}

// resolve returns the calendar date d names, taking what the text leaves
// out from ref (the page's date line): a day without a month is in ref's
// month, or the month before when the day is after ref's day (a readout is
// published on or after the day it reports). The year is 0 when neither d
// nor ref gives one; the zero Date when the month cannot be known.
func (d jaDate) resolve(ref readout.Date) readout.Date {
	switch {
	case d.same:
		return ref
	case d.month != 0:
		y := d.year
		if y == 0 {
			y = ref.Year
		}
		return readout.Date{Year: y, Month: time.Month(d.month), Day: d.day}
	case ref.IsZero():
		return readout.Date{}
	}
	r := readout.Date{Year: ref.Year, Month: ref.Month, Day: d.day}
	if d.day > ref.Day {
		if ref.Month == time.January {
			r.Month, r.Year = time.December, ref.Year-1
			if ref.Year == 0 {
				r.Year = 0
			}
		} else {
			r.Month--
		}
	}
	return r
}

// dayNear returns the date within a day of local whose day of the month is
// day, and its relation to local; ok is false when none is.
func dayNear(day int, local readout.Date) (readout.Date, readout.DayRelation, bool) {
	if !local.IsValid() {
		if local.Day == day {
			return local, readout.DaySame, true
		}
		return readout.Date{}, readout.DayUnstated, false
	}
	for _, c := range []struct {
		n   int
		rel readout.DayRelation
	}{{0, readout.DaySame}, {1, readout.DayNext}, {-1, readout.DayPrevious}} {
		if d := local.AddDays(c.n); d.Day == day {
			return d, c.rel, true
		}
	}
	return readout.Date{}, readout.DayUnstated, false
}

var jaWeekdays = map[string]time.Weekday{
	"日": time.Sunday, "月": time.Monday, "火": time.Tuesday, "水": time.Wednesday,
	"木": time.Thursday, "金": time.Friday, "土": time.Saturday,
}

// jaWeekdayAt reads a weekday note at s[i:]: "(金)", "(金曜日)", "(金曜)".
// It returns the day and the offset after the note.
func jaWeekdayAt(s string, i int) (time.Weekday, int, bool) {
	if !strings.HasPrefix(s[i:], "(") {
		return 0, i, false
	}
	j := i + 1
	r, size := decodeRune(s[j:])
	wd, ok := jaWeekdays[string(r)]
	if !ok {
		return 0, i, false
	}
	j += size
	switch {
	case strings.HasPrefix(s[j:], "曜日"):
		j += len("曜日")
	case strings.HasPrefix(s[j:], "曜"):
		j += len("曜")
	}
	if !strings.HasPrefix(s[j:], ")") {
		return 0, i, false
	}
	return wd, j + 1, true
}

// jaDateLine reads a date line such as "令和4年4月7日", "平成31年4月19日" or
// "2022年4月7日", with an optional weekday note. The whole line must be the
// date and the date must be whole (year, month and day).
func jaDateLine(s string) (readout.Date, bool) {
	d, ok := jaDateAt(s, 0)
	if !ok || d.year == 0 || d.month == 0 {
		return readout.Date{}, false
	}
	end := d.end
	if _, e, ok := jaWeekdayAt(s, end); ok {
		end = e
	}
	if strings.TrimSpace(s[end:]) != "" {
		return readout.Date{}, false
	}
	r := d.resolve(readout.Date{})
	return r, r.IsValid()
}
