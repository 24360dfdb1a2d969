package readout

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// checkSchedule runs the time and date checks on one schedule of a meeting
// held at place, on a page dated published.
func checkSchedule(ps *Problems, s Schedule, place Place, published Date) {
	checkWeekday(ps, s)
	checkPublished(ps, s, published)
	checkDuration(ps, s)
	abbr := checkAbbreviation(ps, s)
	zone := s.TimeZone
	if zone == "" && len(abbr) == 1 {
		zone = abbr[0]
	}
	if !s.Start.Valid {
		return
	}
	if zone == "" {
		if len(abbr) == 0 { // an ambiguous abbreviation is reported already
			checkNoZone(ps, s, place)
		}
		return
	}
	if !s.Date.IsValid() {
		return // no year, or no date: nothing to convert
	}
	loc, err := LoadLocation(zone)
	if err != nil {
		ps.Add(CodeZoneUnknown, firstValid(s.ZoneNoteSpan, s.StartSpan), "time zone %q is not in the IANA database", zone)
		return
	}
	if checkWall(s.Date, s.Start) != nil {
		return // an invalid date or clock: nothing to convert
	}
	// One conversion gives the instant and the transition, as ToJST and
	// TransitionOf would.
	local, tr := wallInstant(s.Date, s.Start, loc)
	checkTransition(ps, s, zone, tr)
	checkSeason(ps, s, zone, local)
	checkStatedJST(ps, s, zone, local)
}

// firstValid returns the first valid span of spans, or the zero Span.
func firstValid(spans ...Span) Span {
	for _, s := range spans {
		if s.IsValid() {
			return s
		}
	}
	return Span{}
}

// checkNoZone reports a start time that cannot be converted for want of a
// zone: ambiguous when the place spans several zones, unknown otherwise.
func checkNoZone(ps *Problems, s Schedule, place Place) {
	span := firstValid(s.ZoneNoteSpan, s.StartSpan, s.Span)
	if zs := Zones(place.Country, place.City); len(zs) > 1 {
		ps.Add(CodeZoneAmbiguous, span, "%s spans several time zones (%s) and neither a city nor a stated Japan time says which; %s cannot be converted to JST",
			place.Country, strings.Join(zs, ", "), s.Start)
		return
	}
	where := "the place of the meeting"
	if w := strings.Trim(place.City+", "+place.Country, ", "); w != "" {
		where = w
	}
	ps.Add(CodeZoneUnknown, span, "no time zone for %s; %s cannot be converted to JST", where, s.Start)
}

// isAbbreviation reports whether a zone note is written as an abbreviation
// ("CET", "E.S.T."): two to five capital letters, dots allowed.
func isAbbreviation(note string) bool {
	n := 0
	for _, r := range note {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 5
}

// checkAbbreviation reports an ambiguous zone abbreviation written beside
// the time and returns the zones the abbreviation may mean (nil when the
// note is not an abbreviation).
func checkAbbreviation(ps *Problems, s Schedule) []string {
	if !isAbbreviation(s.ZoneNote) {
		return nil
	}
	zs, err := Abbreviation(s.ZoneNote)
	if errors.Is(err, ErrZoneAmbiguous) && s.TimeZone == "" {
		ps.Add(CodeZoneAmbiguous, firstValid(s.ZoneNoteSpan, s.StartSpan), "%q is the abbreviation of several time zones (%s); nothing says which is meant",
			s.ZoneNote, strings.Join(zs, ", "))
	}
	return zs
}

// checkSeason notes a zone abbreviation that is the zone's name in the
// other season ("CET" on a summer day, when the zone's clocks show CEST).
func checkSeason(ps *Problems, s Schedule, zone string, local time.Time) {
	if !isAbbreviation(s.ZoneNote) {
		return
	}
	written := strings.ReplaceAll(s.ZoneNote, ".", "")
	now, off := local.Zone()
	if now == written {
		return
	}
	for _, months := range []int{-6, -4, -2, 2, 4, 6} { // the other season, in either hemisphere
		if other, _ := local.AddDate(0, months, 0).Zone(); other == written {
			ps.Add(CodeAbbreviationSeason, firstValid(s.ZoneNoteSpan, s.StartSpan),
				"%q written, but on %s the clocks of %s show %s (%s); the time is read as %s",
				s.ZoneNote, s.Date, zone, now, utcOffset(off), now)
			return
		}
	}
}

// checkTransition reports a local time in a daylight saving gap or
// overlap: tr is how the schedule's start fits the zone.
func checkTransition(ps *Problems, s Schedule, zone string, tr Transition) {
	switch {
	case tr == TransitionGap:
		ps.Add(CodeTimeInGap, firstValid(s.StartSpan, s.Span), "%s on %s does not exist in %s: the clocks skipped it when daylight saving time began",
			s.Start, s.Date, zone)
	case tr == TransitionOverlap:
		ps.Add(CodeTimeInOverlap, firstValid(s.StartSpan, s.Span), "%s on %s happened twice in %s, when daylight saving time ended; the first is taken",
			s.Start, s.Date, zone)
	}
}

// utcOffset formats an offset in seconds as "UTC+02:00".
func utcOffset(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	return fmt.Sprintf("UTC%c%02d:%02d", sign, sec/3600, sec/60%60)
}

// checkStatedJST compares the Japan time the text states with the local
// time converted through the zone.
func checkStatedJST(ps *Problems, s Schedule, zone string, local time.Time) {
	st := s.StatedJST
	if st.IsZero() {
		return
	}
	jst := local.In(JST())
	how := func() string { // written only for a problem
		name, off := local.Zone()
		return fmt.Sprintf("%s on %s in %s (%s, %s) is %s JST (%s)",
			s.Start, s.Date, zone, name, utcOffset(off), clockOf(jst), utcOffset(9*3600))
	}
	span := firstValid(st.Span, s.Span)
	if got := clockOf(jst); st.Time.Valid && got.Hour != st.Time.Hour || got.Minute != st.Time.Minute {
		ps.Add(CodeJSTMismatch, span, "stated JST %s, expected %s: %s", st.Time, got, how())
	}
	jd := DateOf(jst)
	switch {
	case !st.Date.IsZero():
		if st.Date.Month != jd.Month || st.Date.Day != jd.Day || (st.Date.HasYear() && st.Date.Year != jd.Year) {
			ps.Add(CodeJSTDayMismatch, span, "stated JST date %s, expected %s: %s", dateWords(st.Date), dateWords(jd), how())
		}
	case st.Day != DayUnstated:
		if rel := DayRelationOf(s.Date, jd); rel != st.Day {
			ps.Add(CodeJSTDayMismatch, span, "stated %q, expected %q (%s in Japan): %s", dayWords(st.Day), dayWords(rel), jd, how())
		}
	}
}

func clockOf(t time.Time) Clock { return ClockOf(t.Hour(), t.Minute()) }

// dayWords returns the words a readout uses for r.
func dayWords(r DayRelation) string {
	switch r {
	case DaySame:
		return "same day"
	case DayNext:
		return "next day"
	case DayPrevious:
		return "previous day"
	}
	return "more than a day apart"
}

// dateWords returns "April 7" or "April 7, 2022".
func dateWords(d Date) string {
	if d.IsZero() {
		return ""
	}
	if !d.HasYear() {
		return fmt.Sprintf("%s %d", d.Month, d.Day)
	}
	return fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year)
}

// checkDuration reports a duration that cannot be right: zero, negative,
// over a day, or an end time before the start.
func checkDuration(ps *Problems, s Schedule) {
	d := time.Duration(s.Duration)
	span := firstValid(s.DurationSpan, s.Span)
	switch {
	case d < 0:
		ps.Add(CodeDurationImplausible, span, "duration %s is negative", s.Duration)
	case d == 0 && s.DurationSpan.IsValid() && s.DurationQualifier != DurationShort:
		ps.Add(CodeDurationImplausible, span, "duration is zero")
	case d > 24*time.Hour:
		ps.Add(CodeDurationImplausible, span, "duration %s (%d minutes) is over 24 hours", s.Duration, s.Duration.Minutes())
	}
	if !s.Start.Valid || !s.End.Valid {
		return
	}
	// An end earlier on the clock than the start is past midnight. When the
	// text says so ("until 1:00 a.m. the next day", EndDay) any night is
	// possible; when it does not, only a short one is: an evening meeting
	// running into the small hours ("from 11:00 p.m. until 1:00 a.m.").
	// Longer, the end reads as written before the start ("from 9:00 p.m.
	// until 8:30 a.m." is eleven and a half hours overnight with nothing
	// saying so).
	length := (s.End.Minutes() - s.Start.Minutes() + 24*60) % (24 * 60)
	span = firstValid(s.EndSpan, s.Span)
	switch {
	case length == 0 && s.EndDay == DayUnstated:
		ps.Add(CodeDurationImplausible, span, "end %s is the start %s", s.End, s.Start)
	case s.End.Minutes() < s.Start.Minutes() && s.EndDay == DayUnstated && length > maxUnstatedOvernight:
		ps.Add(CodeDurationImplausible, span, "end %s is before the start %s: nothing says the meeting went on past midnight for %d minutes",
			s.End, s.Start, length)
	}
}

// maxUnstatedOvernight is the longest, in minutes, a meeting may run past
// midnight when the text does not say that its end is on the next day.
const maxUnstatedOvernight = 8 * 60

// checkWeekday reports a weekday written beside the date that is not the
// date's.
func checkWeekday(ps *Problems, s Schedule) {
	if s.Weekday == "" || !s.Date.IsValid() {
		return
	}
	want := s.Date.Weekday().String()
	w := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s.Weekday)), ".")
	if len(w) >= 3 && strings.HasPrefix(strings.ToLower(want), w) {
		return
	}
	ps.Add(CodeDateWeekdayMismatch, firstValid(s.DateSpan, s.Span), "%s is a %s, not a %s", dateWords(s.Date), want, s.Weekday)
}

// Bounds of the meeting date around the page's date: a readout is
// published within days of the meeting. A meeting one day after the page's
// date is allowed, since the local date can be ahead of Japan's (Pacific
// islands, New Zealand in summer).
const (
	maxDaysAfterPublished  = 1
	maxDaysBeforePublished = 31
)

// checkPublished reports a meeting date after the page's date, or long
// before it.
func checkPublished(ps *Problems, s Schedule, published Date) {
	if !s.Date.IsValid() || !published.IsValid() {
		return
	}
	span := firstValid(s.DateSpan, s.Span)
	switch {
	case s.Date.Compare(published.AddDays(maxDaysAfterPublished)) > 0:
		ps.Add(CodeDateFarFromPublished, span, "meeting date %s is after the page's date %s", s.Date, published)
	case s.Date.Compare(published.AddDays(-maxDaysBeforePublished)) < 0:
		ps.Add(CodeDateFarFromPublished, span, "meeting date %s is more than %d days before the page's date %s", s.Date, maxDaysBeforePublished, published)
	}
}
