package readout

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// TODO(validate): these helpers stand in for the zone API of branch tz
// (ToJST, TransitionOf, Abbreviation, Zones); replace them when it is merged.

// toJST returns the instant of wall clock c on day d in the IANA zone.
func wallTime(d Date, c Clock, zone string) (time.Time, error) {
	loc, err := LoadLocation(zone)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %q", ErrZoneUnknown, zone)
	}
	return time.Date(d.Year, d.Month, d.Day, c.Hour, c.Minute, 0, 0, loc), nil
}

// wallTransition reports whether wall clock c on day d falls in a daylight
// saving gap (gap) or overlap (overlap) of the zone.
func wallTransition(d Date, c Clock, zone string) (gap, overlap bool, err error) {
	loc, err := LoadLocation(zone)
	if err != nil {
		return false, false, fmt.Errorf("%w: %q", ErrZoneUnknown, zone)
	}
	wall := time.Date(d.Year, d.Month, d.Day, c.Hour, c.Minute, 0, 0, time.UTC)
	_, before := wall.AddDate(0, 0, -1).In(loc).Zone()
	_, after := wall.AddDate(0, 0, 1).In(loc).Zone()
	fits := func(off int) bool {
		_, o := wall.Add(-time.Duration(off) * time.Second).In(loc).Zone()
		return o == off
	}
	fb, fa := fits(before), fits(after)
	switch {
	case before == after:
		return false, false, nil
	case fb && fa:
		return false, true, nil
	case !fb && !fa:
		return true, false, nil
	}
	return false, false, nil
}

// ambiguousAbbreviations are zone abbreviations that several zones use.
var ambiguousAbbreviations = map[string][]string{
	"IST": {"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"},
	"BST": {"Europe/London", "Asia/Dhaka"},
	"CST": {"America/Chicago", "Asia/Shanghai", "America/Havana"},
	"AST": {"America/Halifax", "Asia/Riyadh"},
}

// abbreviationZones returns the IANA zones an abbreviation may mean; the
// error wraps ErrZoneAmbiguous when there are several.
func abbreviationZones(abbr string) ([]string, error) {
	k := strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(abbr), ".", ""))
	if zs, ok := ambiguousAbbreviations[k]; ok {
		return zs, fmt.Errorf("%w: %s may be %s", ErrZoneAmbiguous, k, strings.Join(zs, ", "))
	}
	if k == "JST" {
		return []string{JSTName}, nil
	}
	if _, err := LoadLocation(k); err != nil {
		return nil, fmt.Errorf("%w: abbreviation %q", ErrZoneUnknown, abbr)
	}
	return []string{k}, nil
}

// placeZones returns the zones a place may be in; nil when unknown.
func placeZones(country, city string) []string { return nil }

var _ = errors.Is
