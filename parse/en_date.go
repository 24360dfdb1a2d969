package parse

import (
	"time"

	"github.com/diplomacy-data/readout"
)

// A dateText is a date as an English readout writes it in the lead.
type dateText struct {
	date    readout.Date // Year 0 when no year is written
	weekday string       // the English day name, when the text states one
}

// scanDate reads a date at the start of s and returns it with the number of
// bytes it takes. It reads "April 7", "December 25th", "October 28, 2009",
// "Wednesday, May 3", "November 8 (Saturday)", "February 16 Saturday",
// "October 28, 2009 (Wed)", "May 18 (Monday), 2009", "7 April 2022" and
// "2016-09-08". The month must be capitalised ("may" is a verb); the day
// must exist in the month (February 29 only in a leap year, when the year
// is written).
func scanDate(s string) (dateText, int, bool) {
	var dt dateText
	i := 0
	// A leading weekday: "Wednesday, May 3", "Sat. May 3".
	if wd, n, ok := scanWeekdayWord(s); ok {
		j := n
		if j < len(s) && s[j] == ',' {
			j++
		}
		if k := skipBlanks(s, j); k > j {
			if _, _, ok := scanMonthDay(s[k:]); ok {
				dt.weekday, i = wd, k
			}
		}
	}
	if y, n, ok := scanISODate(s[i:]); ok {
		dt.date = y
		return dt, i + n, true
	}
	d, n, ok := scanMonthDay(s[i:])
	if !ok {
		return dateText{}, 0, false
	}
	dt.date = d
	i += n
	// Weekday after the day: " (Saturday)", " Saturday", " (Wed)".
	i = dt.trailingWeekday(s, i)
	// The year: ", 2009", " 2009".
	j := i
	if j < len(s) && s[j] == ',' {
		j++
	}
	if k := skipBlanks(s, j); k > j || j > i {
		if y, w := yearNumber(s[k:]); y != 0 && (k+w == len(s) || !isWordByte(s[k+w])) {
			dt.date.Year = y
			i = dt.trailingWeekday(s, k+w)
		}
	}
	if dt.date.Year != 0 && !dt.date.IsValid() {
		return dateText{}, 0, false
	}
	return dt, i, true
}

// trailingWeekday reads a weekday written after a date at s[i:] — " (Wed)",
// " (Saturday)", " Saturday" — and returns the index after it, or i.
func (dt *dateText) trailingWeekday(s string, i int) int {
	j := skipBlanks(s, i)
	if j == i || dt.weekday != "" {
		return i
	}
	if j < len(s) && s[j] == '(' {
		if wd, n, ok := scanWeekdayWord(s[j+1:]); ok && j+1+n < len(s) && s[j+1+n] == ')' {
			dt.weekday = wd
			return j + n + 2
		}
		return i
	}
	if wd, n, ok := scanWeekdayWord(s[j:]); ok {
		dt.weekday = wd
		return j + n
	}
	return i
}

// scanMonthDay reads "April 7", "December 25th", "Dec. 7", "7 April" or
// "7th of April" at the start of s; the year is left 0.
func scanMonthDay(s string) (readout.Date, int, bool) {
	if m, n, ok := scanMonthWord(s); ok {
		j := skipBlanks(s, n)
		if j == n {
			return readout.Date{}, 0, false
		}
		d, k, ok := scanDayNumber(s[j:])
		if !ok || d > daysInMonth(m) {
			return readout.Date{}, 0, false
		}
		return readout.Date{Month: m, Day: d}, j + k, true
	}
	d, k, ok := scanDayNumber(s)
	if !ok {
		return readout.Date{}, 0, false
	}
	j := skipBlanks(s, k)
	if j == k {
		return readout.Date{}, 0, false
	}
	if n := wordAt(s[j:], "of"); n > 0 && isLetter(s[k-1]) && skipBlanks(s, j+n) > j+n {
		j = skipBlanks(s, j+n) // "the 3rd of March"
	}
	m, n, ok := scanMonthWord(s[j:])
	if !ok || d > daysInMonth(m) {
		return readout.Date{}, 0, false
	}
	return readout.Date{Month: m, Day: d}, j + n, true
}

// daysInMonth is the longest the month can be (29 for February).
func daysInMonth(m time.Month) int {
	switch m {
	case time.February:
		return 29
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// scanDayNumber reads a day of the month, 1 to 31, with an optional ordinal
// suffix ("25th", "1st"), ending at a word boundary.
func scanDayNumber(s string) (int, int, bool) {
	d, i := digits(s, 0, 2)
	if i == 0 || d < 1 || d > 31 || (i < len(s) && isDigit(s[i])) {
		return 0, 0, false
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if k := wordAt(s[i:], suf); k > 0 {
			i += k
			break
		}
	}
	if i < len(s) && isLetter(s[i]) {
		return 0, 0, false
	}
	if i < len(s) && s[i] == ':' {
		return 0, 0, false // a clock, "15:00"
	}
	return d, i, true
}

// scanMonthWord reads a capitalised month name or abbreviation ("April",
// "Apr", "Apr.") at the start of s.
func scanMonthWord(s string) (time.Month, int, bool) {
	if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' || !isLetter(s[1]) || !monthPair(s[0], s[1]) {
		return 0, 0, false // no month name starts here
	}
	n := 0
	for n < len(s) && isLetter(s[n]) {
		n++
	}
	if n < len(s) && isWordByte(s[n]) || n < 3 {
		return 0, 0, false
	}
	m, ok := month(s[:n])
	if !ok {
		return 0, 0, false
	}
	if n < len(s) && s[n] == '.' && n < 5 {
		n++
	}
	return m, n, true
}

// scanWeekdayWord reads a day name or abbreviation ("Saturday", "Wed",
// "Thu.") at the start of s and returns the full English name.
func scanWeekdayWord(s string) (string, int, bool) {
	if len(s) < 3 || !isLetter(s[0]) || !isLetter(s[1]) || !weekdayPair(s[0], s[1]) {
		return "", 0, false // no day name starts here
	}
	n := 0
	for n < len(s) && isLetter(s[n]) {
		n++
	}
	if n < 3 || (n < len(s) && isWordByte(s[n])) {
		return "", 0, false
	}
	d, ok := weekday(s[:n])
	if !ok {
		return "", 0, false
	}
	if n < len(s) && s[n] == '.' && n < 6 {
		n++
	}
	return d.String(), n, true
}

// scanISODate reads "2016-09-08" at the start of s.
func scanISODate(s string) (readout.Date, int, bool) {
	y, w := yearNumber(s)
	if y == 0 || len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return readout.Date{}, 0, false
	}
	m, i := digits(s, 5, 2)
	d, j := digits(s, 8, 2)
	if i != 7 || j != 10 || (len(s) > 10 && isWordByte(s[10])) {
		return readout.Date{}, 0, false
	}
	_ = w
	dt := readout.Date{Year: y, Month: time.Month(m), Day: d}
	if !dt.IsValid() {
		return readout.Date{}, 0, false
	}
	return dt, 10, true
}

// withYear gives d (which has no year) the year that puts it nearest to the
// reference date ref: a meeting "On December 28" on a page dated January 5
// is in the year before the page's.
func withYear(d, ref readout.Date) readout.Date {
	if d.HasYear() || !ref.HasYear() || d.IsZero() {
		return d
	}
	best, bestGap := readout.Date{}, 0
	for _, y := range []int{ref.Year, ref.Year - 1, ref.Year + 1} {
		c := readout.Date{Year: y, Month: d.Month, Day: d.Day}
		if !c.IsValid() {
			continue
		}
		gap := daysBetween(c, ref)
		if gap < 0 {
			gap = -gap
		}
		if best.IsZero() || gap < bestGap {
			best, bestGap = c, gap
		}
		if y == ref.Year && gap <= 182 {
			// The same date a year before or after is at least 365 - 182
			// days from ref: further.
			break
		}
	}
	if best.IsZero() {
		return d // February 29 in no nearby leap year: keep it yearless
	}
	return best
}

// daysBetween returns the number of calendar days from a to b.
func daysBetween(a, b readout.Date) int {
	ta := time.Date(a.Year, a.Month, a.Day, 12, 0, 0, 0, time.UTC)
	tb := time.Date(b.Year, b.Month, b.Day, 12, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Round(24*time.Hour) / (24 * time.Hour))
}

// dayRelation returns the relation of the Japan date jst to the local date,
// comparing month and day when a year is missing.
func dayRelation(local, jst readout.Date) readout.DayRelation {
	if local.IsZero() || jst.IsZero() {
		return readout.DayUnstated
	}
	if !local.HasYear() || !jst.HasYear() {
		y := 2001 // not a leap year; a February 29 has a year or stays unstated
		if local.HasYear() {
			y = local.Year
		} else if jst.HasYear() {
			y = jst.Year
		}
		l := withYear(readout.Date{Month: local.Month, Day: local.Day}, readout.Date{Year: y, Month: local.Month, Day: local.Day})
		j := withYear(readout.Date{Month: jst.Month, Day: jst.Day}, l)
		if !l.IsValid() || !j.IsValid() {
			return readout.DayUnstated
		}
		local, jst = l, j
	}
	switch daysBetween(local, jst) {
	case 0:
		return readout.DaySame
	case 1:
		return readout.DayNext
	case -1:
		return readout.DayPrevious
	}
	return readout.DayUnstated
}

// scanOnTheDay reads a day of the month written alone after "on the", with
// its ordinal suffix, as in "On the 3rd, from 9:15 p.m. ...": the month is
// the page's. The day must be followed by a comma or a bracket, so that "on
// the 3rd Japan-China dialogue" is not a date; "on the 3rd of March" is read
// by scanDate. The returned date has Month 0.
func scanOnTheDay(s string) (dateText, int, bool) {
	n := wordsAt(s, "on", "the")
	if n == 0 || skipBlanks(s, n) == n {
		return dateText{}, 0, false
	}
	n = skipBlanks(s, n)
	d, k, ok := scanDayNumber(s[n:])
	if !ok || !isLetter(s[n+k-1]) {
		return dateText{}, 0, false // no ordinal suffix: "on the 3"
	}
	if j := n + k; j >= len(s) || (s[j] != ',' && s[skipBlanks(s, j)] != '(') {
		return dateText{}, 0, false
	}
	return dateText{date: readout.Date{Day: d}}, n + k, true
}

// withMonth gives d (which has a day only) the month, and the year, that
// put it nearest to the reference date ref.
func withMonth(d, ref readout.Date) readout.Date {
	if !ref.IsValid() || d.Day == 0 {
		return d
	}
	best, bestGap := d, 0
	for _, months := range []int{0, -1, 1} {
		y, m := ref.Year, ref.Month+time.Month(months)
		switch {
		case m < time.January:
			y, m = y-1, time.December
		case m > time.December:
			y, m = y+1, time.January
		}
		c := readout.Date{Year: y, Month: m, Day: d.Day}
		if !c.IsValid() {
			continue
		}
		gap := daysBetween(c, ref)
		if gap < 0 {
			gap = -gap
		}
		if best.Month == 0 || gap < bestGap {
			best, bestGap = c, gap
		}
	}
	return best
}

// monthPair and weekdayPair report whether two letters, in any case, begin
// the name or abbreviation of a month or of a day: the word is looked up
// only then. Every name has at least three letters.
func monthPair(a, b byte) bool {
	switch pair(a, b) {
	case pair('j', 'a'), pair('f', 'e'), pair('m', 'a'), pair('a', 'p'), pair('j', 'u'), pair('a', 'u'),
		pair('s', 'e'), pair('o', 'c'), pair('n', 'o'), pair('d', 'e'):
		return true
	}
	return false
}

func weekdayPair(a, b byte) bool {
	switch pair(a, b) {
	case pair('s', 'u'), pair('m', 'o'), pair('t', 'u'), pair('w', 'e'), pair('t', 'h'), pair('f', 'r'), pair('s', 'a'):
		return true
	}
	return false
}

// pair folds two ASCII letters to lower case into one number.
func pair(a, b byte) uint16 { return uint16(a|0x20)<<8 | uint16(b|0x20) }
