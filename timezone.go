package readout

// This file converts the wall-clock times readouts state between a place's
// zone and Japan Standard Time, and chooses the zone of a place.
//
// Every conversion goes through the IANA time zone database via the time
// package; there is no hand-written offset anywhere except the documented
// last resort of [JST]. The library does not import time/tzdata: a program
// that may run where the system has no zoneinfo should import it
// (`import _ "time/tzdata"`), as this package's tests do.

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// JSTName is the IANA name of Japan Standard Time.
const JSTName = "Asia/Tokyo"

// Errors returned by the functions of this file. They are wrapped with
// details; match them with [errors.Is].
var (
	// ErrZoneUnknown means a zone name, abbreviation or place is not known.
	ErrZoneUnknown = errors.New("readout: unknown time zone")
	// ErrZoneAmbiguous means several zones fit and nothing decides between
	// them; the candidates are returned beside the error.
	ErrZoneAmbiguous = errors.New("readout: ambiguous time zone")
	// ErrNoYear means a conversion needs the year and the date has none.
	ErrNoYear = errors.New("readout: date has no year")
	// ErrInvalidDate means a date names no day (February 30, month 13).
	ErrInvalidDate = errors.New("readout: invalid date")
	// ErrInvalidClock means a clock is unset or out of range.
	ErrInvalidClock = errors.New("readout: invalid clock")
	// ErrSkippedTime means a local wall-clock time does not exist: the
	// clocks skipped it when daylight saving time began.
	ErrSkippedTime = errors.New("readout: local time skipped by a daylight saving change")
)

var locCache sync.Map // IANA name → *time.Location

// LoadLocation returns the location with the given IANA name ("Europe/Brussels",
// "CET", "UTC"), loading it once and caching it; it is safe for concurrent
// use. Unlike [time.LoadLocation] it refuses "" and "Local", whose meaning
// depends on the machine. Errors wrap [ErrZoneUnknown].
func LoadLocation(name string) (*time.Location, error) {
	if l, ok := locCache.Load(name); ok {
		return l.(*time.Location), nil
	}
	if name == "" || name == "Local" {
		return nil, fmt.Errorf("%w: %q", ErrZoneUnknown, name)
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrZoneUnknown, name, err)
	}
	v, _ := locCache.LoadOrStore(name, l)
	return v.(*time.Location), nil
}

var jstLoc = sync.OnceValue(func() *time.Location {
	if l, err := LoadLocation(JSTName); err == nil {
		return l
	}
	return time.FixedZone("JST", 9*60*60)
})

// JST returns the Asia/Tokyo location. It never panics: if the IANA database
// has no Asia/Tokyo (a system without zoneinfo, in a program that does not
// import time/tzdata) it returns, as a last resort, a fixed zone named "JST"
// nine hours east of UTC. That is exact for every date since 1952, because
// Japan has observed no daylight saving time since September 1951; it is wrong
// for the summers of 1948 to 1951. Other zones have no such fallback: without
// the database, [ToJST] and the rest fail with [ErrZoneUnknown].
func JST() *time.Location { return jstLoc() }

// A Transition says how a local wall-clock time maps to instants in a zone.
// The zero value, TransitionNone, is the ordinary case.
type Transition int

// The transitions.
const (
	TransitionNone    Transition = iota // the wall-clock time occurs exactly once
	TransitionGap                       // the clocks skipped it (spring forward): it never occurs
	TransitionOverlap                   // the clocks repeated it (fall back): it occurs twice
)

var transitionNames = []string{"none", "gap", "overlap"}

// String returns "none", "gap" or "overlap".
func (t Transition) String() string { return enumText(transitionNames, int(t)) }

// MarshalText implements [encoding.TextMarshaler].
func (t Transition) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (t *Transition) UnmarshalText(b []byte) error {
	i, err := enumParse("transition", transitionNames, b)
	*t = Transition(i)
	return err
}

// wallInstant returns the instant at which wall clock c on day d occurs in
// loc, and how the wall clock fits the zone. It applies one rule to both
// daylight saving edges: the UTC offset in force before the transition is
// used. So a time in a gap comes out moved forward by the length of the gap
// (2:30 a.m. on a spring-forward night in New York is 3:30 a.m. EDT), and a
// time in an overlap comes out as its first, earlier occurrence (1:30 a.m. on
// a fall-back night in New York is 1:30 a.m. EDT). [time.Date] does not
// guarantee its choice in these cases, and in practice differs between zones.
// A nil loc means UTC.
func wallInstant(d Date, c Clock, loc *time.Location) (time.Time, Transition) {
	if loc == nil {
		loc = time.UTC
	}
	wall := time.Date(d.Year, d.Month, d.Day, c.Hour, c.Minute, 0, 0, time.UTC)
	// The offsets a day before and a day after bracket any transition near
	// the wall-clock time (zones change offset at most once in two days).
	_, before := wall.AddDate(0, 0, -1).In(loc).Zone()
	_, after := wall.AddDate(0, 0, 1).In(loc).Zone()
	fits := func(off int) (time.Time, bool) {
		u := wall.Add(-time.Duration(off) * time.Second).In(loc)
		_, o := u.Zone()
		return u, o == off
	}
	tb, okb := fits(before)
	if before == after {
		if okb {
			return tb, TransitionNone
		}
		// A transition and its reversal within two days: not in the
		// database for any date since 1900; leave it to time.Date.
		return d.dateIn(c, loc), TransitionNone
	}
	ta, oka := fits(after)
	switch {
	case okb && oka:
		return tb, TransitionOverlap
	case okb:
		return tb, TransitionNone
	case oka:
		return ta, TransitionNone
	}
	return wall.Add(-time.Duration(before) * time.Second).In(loc), TransitionGap
}

// dateIn is time.Date's own resolution, for the cases wallInstant leaves to it.
func (d Date) dateIn(c Clock, loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, c.Hour, c.Minute, 0, 0, loc)
}

// checkWall reports why d and c cannot be converted, if they cannot.
func checkWall(d Date, c Clock) error {
	switch {
	case d.IsZero():
		return fmt.Errorf("%w: no date", ErrInvalidDate)
	case !d.HasYear():
		return fmt.Errorf("%w: %s", ErrNoYear, d)
	case !d.IsValid():
		return fmt.Errorf("%w: %04d-%02d-%02d", ErrInvalidDate, d.Year, int(d.Month), d.Day)
	case !c.Valid:
		return fmt.Errorf("%w: no time", ErrInvalidClock)
	case c.Hour < 0 || c.Hour > 23 || c.Minute < 0 || c.Minute > 59:
		return fmt.Errorf("%w: %d:%d", ErrInvalidClock, c.Hour, c.Minute)
	}
	return nil
}

// ToJST returns the instant at which wall clock c on day d occurs in the IANA
// zone, in Japan Standard Time (its Location is [JST]).
//
// The zone is an IANA name such as "Europe/Brussels" or "CET"; use
// [ResolveZone], [Abbreviation] or [ZoneNote] to get one from what the text
// says. Zones follow their daylight saving rules on the given date: "CET" is
// the IANA entry for Central European Time, which switches to CEST in summer,
// so 9:45 a.m. CET on 2022-04-07 is 9:45 a.m. +02:00 (4:45 p.m. JST) and on
// 2022-01-07 it is 9:45 a.m. +01:00 (5:45 p.m. JST). A readout that writes
// "CET" in April means the time on the clocks of Brussels, and that is what
// this gives.
//
// A local time in a daylight saving gap (the clocks jumped from 2:00 to 3:00,
// so 2:30 never happened) is moved forward by the length of the gap; a local
// time in an overlap (the clocks went back from 3:00 to 2:00, so 2:30
// happened twice) is taken at its first occurrence. Both are the rule "use the
// UTC offset in force before the change". [TransitionOf] reports these cases
// so that validation can flag them.
//
// The computation from the IANA zone is the truth: when the text also states
// a Japan time and it disagrees, ToJST does not adjust to it; validation
// reports the disagreement.
//
// Errors wrap [ErrNoYear], [ErrInvalidDate], [ErrInvalidClock] or
// [ErrZoneUnknown].
func ToJST(d Date, c Clock, zone string) (time.Time, error) {
	if err := checkWall(d, c); err != nil {
		return time.Time{}, err
	}
	loc, err := LoadLocation(zone)
	if err != nil {
		return time.Time{}, err
	}
	t, _ := wallInstant(d, c, loc)
	return t.In(JST()), nil
}

// FromJST returns the instant at which Japan wall clock c on day d occurs, in
// the IANA zone (its Location is the zone's). It is the inverse of [ToJST]
// for times outside daylight saving gaps and overlaps. Japan has no such
// transitions since 1951, so the JST wall clock is never ambiguous.
//
// Errors wrap [ErrNoYear], [ErrInvalidDate], [ErrInvalidClock] or
// [ErrZoneUnknown].
func FromJST(d Date, c Clock, zone string) (time.Time, error) {
	if err := checkWall(d, c); err != nil {
		return time.Time{}, err
	}
	loc, err := LoadLocation(zone)
	if err != nil {
		return time.Time{}, err
	}
	t, _ := wallInstant(d, c, JST())
	return t.In(loc), nil
}

// TransitionOf reports whether wall clock c on day d falls in a daylight
// saving gap or overlap of the IANA zone. Errors are those of [ToJST].
func TransitionOf(d Date, c Clock, zone string) (Transition, error) {
	if err := checkWall(d, c); err != nil {
		return TransitionNone, err
	}
	loc, err := LoadLocation(zone)
	if err != nil {
		return TransitionNone, err
	}
	_, tr := wallInstant(d, c, loc)
	return tr, nil
}

// DayRelationOf returns the relation of the Japan date jst to the local date:
// [DaySame], [DayNext] or [DayPrevious], computed with calendar arithmetic.
// It returns [DayUnstated] when either date is zero or invalid, when only one
// has a year, or when they are more than a day apart. When neither has a
// year, the month and day are compared as in any year (so February 28 →
// March 1 is "next day", as it is three years in four).
func DayRelationOf(local, jst Date) DayRelation {
	if local.IsZero() || jst.IsZero() || local.HasYear() != jst.HasYear() {
		return DayUnstated
	}
	if !local.HasYear() {
		for _, y := range []int{2001, 2000} { // a common and a leap year
			l, j := local, jst
			l.Year, j.Year = y, y
			if !l.IsValid() {
				continue
			}
			for _, n := range []int{0, 1, -1} {
				if e := l.AddDays(n); e.Month == j.Month && e.Day == j.Day {
					return dayRelationFor(n)
				}
			}
		}
		return DayUnstated
	}
	if !local.IsValid() || !jst.IsValid() {
		return DayUnstated
	}
	for _, n := range []int{0, 1, -1} {
		if local.AddDays(n) == jst {
			return dayRelationFor(n)
		}
	}
	return DayUnstated
}

func dayRelationFor(n int) DayRelation {
	switch n {
	case 1:
		return DayNext
	case -1:
		return DayPrevious
	}
	return DaySame
}

// Phrase returns the time as MOFA's English readouts write it: for a zone
// abroad "9:45 a.m. (local time; same day, 4:45 p.m. JST)", with "next day"
// or "previous day" when the Japan date differs; for Asia/Tokyo just
// "9:45 a.m. JST". A local time in a daylight saving gap gives an error
// wrapping [ErrSkippedTime]; other errors are those of [ToJST].
func Phrase(d Date, c Clock, zone string) (string, error) {
	if zone == JSTName || zone == "Japan" {
		if !c.Valid || c.Hour < 0 || c.Hour > 23 || c.Minute < 0 || c.Minute > 59 {
			return "", fmt.Errorf("%w: %q", ErrInvalidClock, c.String())
		}
		return c.Kitchen() + " JST", nil
	}
	tr, err := TransitionOf(d, c, zone)
	if err != nil {
		return "", err
	}
	if tr == TransitionGap {
		return "", fmt.Errorf("%w: %s %s in %s", ErrSkippedTime, d, c, zone)
	}
	t, err := ToJST(d, c, zone)
	if err != nil {
		return "", err
	}
	day := "same day"
	switch DayRelationOf(d, DateOf(t)) {
	case DayNext:
		day = "next day"
	case DayPrevious:
		day = "previous day"
	}
	return fmt.Sprintf("%s (local time; %s, %s JST)", c.Kitchen(), day, ClockOf(t.Hour(), t.Minute()).Kitchen()), nil
}

// Zones returns the IANA zones a place may be in, the most likely first: the
// zone of the city when the city is known (in the given country, if the
// country is known too), else the zones of the country. A single-zone country
// gives one zone. A country that spans several zones (the United States,
// Canada, Russia, Australia, Brazil, Mexico, Indonesia, Kazakhstan, Mongolia,
// the Democratic Republic of the Congo, Kiribati, Micronesia) gives every
// zone a meeting could plausibly be in, its capital's first; remote islands
// with a zone of their own are left out. An unknown place gives nil.
// Country and city are matched as [Country] and [City] match them.
func Zones(country, city string) []string {
	cc, cok := Country(country)
	if _, z, ok := placeCityZone(cc, cok, city); ok {
		return []string{z}
	}
	if !cok {
		return nil
	}
	return countryZones(cc)
}

// placeCityZone returns the city named city — in the canonical country cc
// when known (cok) — and its zone, and reports whether the city decides the
// zone.
func placeCityZone(cc string, cok bool, city string) (cityInfo, string, bool) {
	if city == "" {
		return cityInfo{}, "", false
	}
	want := ""
	if cok {
		want = cc
	}
	ci, ok := cityIn(city, want)
	if !ok {
		return cityInfo{}, "", false
	}
	z := cityZone(ci)
	return ci, z, z != ""
}

// A ZoneChoice is the zone [ResolveZone] chose for a place, and why.
// The zero ZoneChoice means no zone was chosen.
type ZoneChoice struct {
	// Name is the IANA name of the zone, such as "America/New_York"; "" when
	// none was chosen.
	Name string
	// Source says how the zone was chosen.
	Source ZoneSource
	// Candidates are the zones that fit: the chosen one alone when the
	// place decides, every zone that agrees with the stated Japan time when
	// that decides, or every zone of the place when nothing does.
	Candidates []string
}

// ResolveZone chooses the IANA zone of a meeting at the place named by
// country and city (either may be ""), held at local wall clock on day d,
// for which the text states the Japan time stated (zero if none).
//
// The rules, in order:
//   - a known city decides ([ZoneFromCity]; [ZoneFromJapan] for a city in
//     Japan). A city name shared by several countries is taken in the given
//     country when there is one;
//   - the country "Japan" gives Asia/Tokyo ([ZoneFromJapan]);
//   - a single-zone country gives its zone ([ZoneFromCountry]);
//   - for a country with several zones (see [Zones]), the zones in which
//     local on d converts to the stated Japan time (the clock, and the day
//     relation or date when the text gives one) are kept; if any are, the
//     first of them in [Zones] order is chosen ([ZoneFromStatedJST]). All
//     kept zones give the same instant, since they agree on the Japan time,
//     though the name may be a neighbour of the true zone (Denver for
//     Phoenix in winter);
//   - otherwise the result has no Name, Candidates lists the country's
//     zones, and the error wraps [ErrZoneAmbiguous] (and also [ErrNoYear]
//     when the date has no year to convert with).
//
// An unknown place gives an error wrapping [ErrZoneUnknown]. A place with no
// country and no city is unknown too: whether an unplaced meeting was held in
// Japan is for the caller to decide.
//
// The stated Japan time only chooses among the zones the place allows: it
// never overrides a city or a single-zone country. When it disagrees with
// the time computed in that zone, the computation stands and validation
// reports the stated time as wrong.
func ResolveZone(country, city string, d Date, local Clock, stated StatedTime) (ZoneChoice, error) {
	cc, cok := Country(country)
	if ci, z, ok := placeCityZone(cc, cok, city); ok {
		src := ZoneFromCity
		if ci.country == "Japan" {
			src = ZoneFromJapan
		}
		return ZoneChoice{Name: z, Source: src, Candidates: []string{z}}, nil
	}
	if !cok {
		if country == "" && city == "" {
			return ZoneChoice{}, fmt.Errorf("%w: no place", ErrZoneUnknown)
		}
		return ZoneChoice{}, fmt.Errorf("%w: place %q, %q", ErrZoneUnknown, city, country)
	}
	if cc == "Japan" {
		return ZoneChoice{Name: JSTName, Source: ZoneFromJapan, Candidates: []string{JSTName}}, nil
	}
	zones := countryZones(cc)
	if len(zones) == 1 {
		return ZoneChoice{Name: zones[0], Source: ZoneFromCountry, Candidates: zones}, nil
	}
	ambiguous := ZoneChoice{Candidates: zones}
	list := strings.Join(zones, ", ")
	if !stated.Time.Valid {
		return ambiguous, fmt.Errorf("%w: %s has zones %s and no Japan time is stated", ErrZoneAmbiguous, cc, list)
	}
	if err := checkWall(d, local); err != nil {
		return ambiguous, fmt.Errorf("%w: %s has zones %s: %w", ErrZoneAmbiguous, cc, list, err)
	}
	var kept []string
	for _, z := range zones {
		loc, err := LoadLocation(z)
		if err != nil {
			continue
		}
		t, tr := wallInstant(d, local, loc)
		if tr == TransitionGap || !agrees(d, t.In(JST()), stated) {
			continue
		}
		kept = append(kept, z)
	}
	if len(kept) == 0 {
		return ambiguous, fmt.Errorf("%w: %s has zones %s and the stated Japan time %s agrees with none", ErrZoneAmbiguous, cc, list, stated.Time)
	}
	return ZoneChoice{Name: kept[0], Source: ZoneFromStatedJST, Candidates: kept}, nil
}

// agrees reports whether the Japan time t computed for a meeting on local
// day d matches the stated Japan time.
func agrees(d Date, t time.Time, stated StatedTime) bool {
	if t.Hour() != stated.Time.Hour || t.Minute() != stated.Time.Minute {
		return false
	}
	got := DateOf(t)
	switch {
	case !stated.Date.IsZero() && stated.Date.HasYear():
		return got == stated.Date
	case !stated.Date.IsZero():
		return got.Month == stated.Date.Month && got.Day == stated.Date.Day
	case stated.Day != DayUnstated:
		return DayRelationOf(d, got) == stated.Day
	}
	return true
}

// abbreviations maps a zone abbreviation, upper-cased and without dots, to
// the IANA zones it may mean, the most likely for a MOFA readout first.
var abbreviations = map[string][]string{
	// Fixed offsets, as IANA defines them.
	"UTC": {"UTC"},
	"GMT": {"GMT"},
	"EST": {"EST"}, // UTC−5 all year; for New York's clocks write EDT, ET or "New York time"
	"MST": {"MST"}, // UTC−7 all year (Arizona's time)
	"HST": {"HST"}, // UTC−10 all year (Hawaii's time)
	"JST": {JSTName},
	"KST": {"Asia/Seoul"},
	// European zones that follow daylight saving time: CET is CEST in summer.
	"CET":  {"CET"},
	"CEST": {"CET"},
	"MET":  {"MET"},
	"MEST": {"MET"},
	"EET":  {"EET"},
	"EEST": {"EET"},
	"WET":  {"WET"},
	"WEST": {"WET"},
	"MSK":  {"Europe/Moscow"},
	"TRT":  {"Europe/Istanbul"},
	// North America.
	"ET":   {"America/New_York"},
	"EDT":  {"America/New_York"},
	"CT":   {"America/Chicago"},
	"CDT":  {"America/Chicago"},
	"MT":   {"America/Denver"},
	"MDT":  {"America/Denver"},
	"PT":   {"America/Los_Angeles"},
	"PDT":  {"America/Los_Angeles"},
	"AKST": {"America/Anchorage"},
	"AKDT": {"America/Anchorage"},
	"ADT":  {"America/Halifax"},
	"NST":  {"America/St_Johns"},
	"NDT":  {"America/St_Johns"},
	// Asia and the Pacific.
	"HKT":  {"Asia/Hong_Kong"},
	"SGT":  {"Asia/Singapore"},
	"MYT":  {"Asia/Kuala_Lumpur"},
	"PHT":  {"Asia/Manila"},
	"PHST": {"Asia/Manila"},
	"ICT":  {"Asia/Bangkok"},
	"WIB":  {"Asia/Jakarta"},
	"WITA": {"Asia/Makassar"},
	"WIT":  {"Asia/Jayapura"},
	"PKT":  {"Asia/Karachi"},
	"GST":  {"Asia/Dubai"},
	"IDT":  {"Asia/Jerusalem"},
	"AEST": {"Australia/Sydney"},
	"AEDT": {"Australia/Sydney"},
	"ACST": {"Australia/Adelaide"},
	"ACDT": {"Australia/Adelaide"},
	"AWST": {"Australia/Perth"},
	"NZST": {"Pacific/Auckland"},
	"NZDT": {"Pacific/Auckland"},
	"CHST": {"Pacific/Guam"},
	// Africa and South America.
	"SAST": {"Africa/Johannesburg"},
	"EAT":  {"Africa/Nairobi"},
	"CAT":  {"Africa/Maputo"},
	"WAT":  {"Africa/Lagos"},
	"ART":  {"America/Argentina/Buenos_Aires"},
	"BRT":  {"America/Sao_Paulo"},
	// Ambiguous.
	"IST": {"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"},
	"CST": {"America/Chicago", "Asia/Shanghai", "America/Havana"},
	"BST": {"Europe/London", "Asia/Dhaka"},
	"AST": {"America/Halifax", "Asia/Riyadh"},
	"PST": {"America/Los_Angeles", "Asia/Manila"},
	"SST": {"Pacific/Pago_Pago", "Asia/Singapore"},
}

// Abbreviation returns the IANA zones a time zone abbreviation written beside
// a time may mean ("9:45 CET", "10 a.m. EDT"). Case and dots are ignored.
//
// The abbreviations name zones, not offsets: "CET", "EET", "WET" and "MET"
// give the IANA zones of those names, which follow European daylight saving
// time, so "CET" in April is UTC+2, as the clocks in Brussels are; "CEST" gives
// the same zone. "EST", "MST", "HST", "UTC" and "GMT" are the fixed IANA
// zones. "EDT", "ET", "CDT", "PDT" and the like give the US zone that uses
// them. "JST" is Asia/Tokyo and "KST" Asia/Seoul.
//
// An abbreviation used by several zones ("IST": India, Ireland, Israel; "CST",
// "BST", "AST", "PST", "SST") returns all of them, the most likely first, and
// an error wrapping [ErrZoneAmbiguous]. An unknown one returns an error
// wrapping [ErrZoneUnknown].
func Abbreviation(abbr string) ([]string, error) {
	zones, k, ok := abbreviationZones(abbr)
	switch {
	case !ok:
		return nil, fmt.Errorf("%w: abbreviation %q", ErrZoneUnknown, abbr)
	case len(zones) > 1:
		return append([]string(nil), zones...), fmt.Errorf("%w: %s may be %s", ErrZoneAmbiguous, k, strings.Join(zones, ", "))
	}
	return append([]string(nil), zones...), nil
}

// IsAbbreviation reports whether abbr is a time zone abbreviation that
// [Abbreviation] knows, whether it names one zone or several. Unlike
// Abbreviation it allocates nothing: it suits a parser testing words.
func IsAbbreviation(abbr string) bool {
	_, _, ok := abbreviationZones(abbr)
	return ok
}

// abbreviationZones returns the zones of the table for an abbreviation
// (shared: not to be modified), the key it was looked up by, and whether
// the table has it. ZoneNote uses it to test its notes without the copy
// and the error that Abbreviation builds.
func abbreviationZones(abbr string) ([]string, string, bool) {
	k := strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(abbr), ".", ""))
	zones, ok := abbreviations[k]
	return zones, k, ok
}

// zoneNames maps the names of zones written out in full, lower-cased and
// without "time", "standard time" and the like, to IANA zones.
var zoneNames = map[string]string{
	"eastern":               "America/New_York",
	"us eastern":            "America/New_York",
	"central":               "America/Chicago",
	"mountain":              "America/Denver",
	"pacific":               "America/Los_Angeles",
	"central european":      "CET",
	"eastern european":      "EET",
	"western european":      "WET",
	"greenwich mean":        "GMT",
	"greenwich":             "GMT",
	"coordinated universal": "UTC",
	"universal":             "UTC",
	"japan":                 JSTName,
	"日本":                    JSTName,
}

// ZoneNote returns the IANA zone of a zone note written beside a time, and
// reports whether the note names one. It understands an unambiguous
// [Abbreviation] ("EDT"), a place followed by "time" ("NY time", "New York
// time", "France time", "Japan time", "ニューヨーク時間", "日本時間") where the
// place is a city or a single-zone country, and zone names written out
// ("Eastern Standard Time", "Central European Summer Time"). "local time",
// 現地時間, a multi-zone country ("U.S. time") and ambiguous abbreviations
// give false.
func ZoneNote(note string) (zone string, ok bool) {
	note = strings.TrimSpace(note)
	if zs, _, ok := abbreviationZones(note); ok && len(zs) == 1 {
		return zs[0], true
	}
	rest := strings.ToLower(note)
	for _, suffix := range []string{" time", "時間", "時刻"} {
		if r, found := strings.CutSuffix(rest, suffix); found {
			rest = strings.TrimSpace(r)
			break
		}
	}
	for _, suffix := range []string{" standard", " daylight", " summer", " local", "現地", "標準"} {
		if r, found := strings.CutSuffix(rest, suffix); found {
			rest = strings.TrimSpace(r)
			break
		}
	}
	if rest == "" || rest == "local" || rest == "現地" {
		return "", false
	}
	if z, ok := zoneNames[rest]; ok {
		return z, true
	}
	if zs, _, ok := abbreviationZones(rest); ok && len(zs) == 1 {
		return zs[0], true
	}
	if ci, ok := cityIn(rest, ""); ok {
		if z := cityZone(ci); z != "" {
			return z, true
		}
	}
	if c, ok := Country(rest); ok {
		if zs := countryZones(c); len(zs) == 1 {
			return zs[0], true
		}
	}
	return "", false
}
