package readout

import (
	"fmt"
	"time"
)

// A Date is a calendar date as a readout states it: a wall-calendar day with
// no time of day and no time zone. It is not an instant; use [Date.In] to get
// one.
//
// Year is 0 when the text gives no year anywhere (neither in the lead nor in
// the page's date line): readout never invents one. The zero Date (Month 0)
// means "no date".
type Date struct {
	Year  int        `json:"-"`
	Month time.Month `json:"-"`
	Day   int        `json:"-"`
}

// IsZero reports whether d is the zero Date (no date at all).
func (d Date) IsZero() bool { return d.Month == 0 }

// HasYear reports whether the year of d is known.
func (d Date) HasYear() bool { return d.Year != 0 }

// IsValid reports whether d has a year and names a day that exists.
func (d Date) IsValid() bool {
	if d.Year == 0 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Weekday returns the day of the week of d; it is meaningful only when
// d.IsValid().
func (d Date) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// AddDays returns d moved by n calendar days (n may be negative), using
// calendar arithmetic, not 24-hour steps.
func (d Date) AddDays(n int) Date {
	t := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// In returns the instant at which clock c on day d occurs in loc. A time in
// a daylight saving gap or overlap is resolved with the UTC offset in force
// before the change, as [ToJST] does: a time in a gap moves forward by the
// length of the gap, a time in an overlap is its first occurrence. A nil loc
// means UTC.
func (d Date) In(c Clock, loc *time.Location) time.Time {
	t, _ := wallInstant(d, c, loc)
	return t
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// String returns the ISO 8601 form "2022-04-07", "--04-07" when the year is
// unknown, or "" for the zero Date.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Year == 0:
		return fmt.Sprintf("--%02d-%02d", int(d.Month), d.Day)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// ParseDate parses the forms written by [Date.String]: "2022-04-07" and
// "--04-07".
func ParseDate(s string) (Date, error) {
	var d Date
	var m int
	var err error
	if len(s) == 7 && s[:2] == "--" {
		_, err = fmt.Sscanf(s, "--%2d-%2d", &m, &d.Day)
	} else {
		_, err = fmt.Sscanf(s, "%4d-%2d-%2d", &d.Year, &m, &d.Day)
	}
	d.Month = time.Month(m)
	if err != nil || m < 1 || m > 12 || d.Day < 1 || d.Day > 31 {
		return Date{}, fmt.Errorf("readout: invalid date %q", s)
	}
	return d, nil
}

// MarshalText implements [encoding.TextMarshaler] using [Date.String].
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] using [ParseDate]; the
// empty string gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	*d = v
	return err
}

// A Clock is a wall-clock time of day, to the minute, as a readout states it:
// no date and no zone. Valid distinguishes midnight (00:00, Valid) from no
// time at all (the zero Clock).
type Clock struct {
	Hour   int  // 0–23
	Minute int  // 0–59
	Valid  bool // the clock was stated
}

// ClockOf returns the valid Clock hour:minute.
func ClockOf(hour, minute int) Clock { return Clock{Hour: hour, Minute: minute, Valid: true} }

// IsZero reports whether c is the zero Clock (no time stated).
func (c Clock) IsZero() bool { return c == Clock{} }

// Minutes returns the number of minutes since midnight.
func (c Clock) Minutes() int { return c.Hour*60 + c.Minute }

// String returns the 24-hour form "09:45", or "" for the zero Clock.
func (c Clock) String() string {
	if !c.Valid {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute)
}

// Kitchen returns the form MOFA's English readouts use: "9:45 a.m.",
// "12:30 p.m.", "12:00 a.m." for midnight; "" for the zero Clock.
func (c Clock) Kitchen() string {
	if !c.Valid {
		return ""
	}
	h, suffix := c.Hour, "a.m."
	if h >= 12 {
		suffix = "p.m."
	}
	if h = h % 12; h == 0 {
		h = 12
	}
	return fmt.Sprintf("%d:%02d %s", h, c.Minute, suffix)
}

// ParseClock parses the 24-hour form "09:45" written by [Clock.String].
func ParseClock(s string) (Clock, error) {
	digit := func(i int) int { return int(s[i] - '0') }
	if len(s) != 5 || s[2] != ':' {
		return Clock{}, fmt.Errorf("readout: invalid clock %q", s)
	}
	for _, i := range []int{0, 1, 3, 4} {
		if s[i] < '0' || s[i] > '9' {
			return Clock{}, fmt.Errorf("readout: invalid clock %q", s)
		}
	}
	h, m := digit(0)*10+digit(1), digit(3)*10+digit(4)
	if h > 23 || m > 59 {
		return Clock{}, fmt.Errorf("readout: invalid clock %q", s)
	}
	return ClockOf(h, m), nil
}

// MarshalText implements [encoding.TextMarshaler] using [Clock.String].
func (c Clock) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] using [ParseClock]; the
// empty string gives the zero Clock.
func (c *Clock) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Clock{}
		return nil
	}
	v, err := ParseClock(string(b))
	*c = v
	return err
}
