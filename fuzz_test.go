package readout

import (
	"errors"
	"testing"
	"time"
)

// Fuzz targets for the model's parsers and the zone resolver: round trips
// and documented errors, never a panic.

// FuzzParseClock: a clock ParseClock accepts prints back as its input.
func FuzzParseClock(f *testing.F) {
	for _, s := range []string{"09:45", "23:59", "00:00", "24:00", "9:45", "-1:00", "+9:05", " 9:45", "12:3x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClock(s)
		if err != nil {
			if c != (Clock{}) {
				t.Errorf("ParseClock(%q) = %v with error %v", s, c, err)
			}
			return
		}
		if !c.Valid || c.Hour < 0 || c.Hour > 23 || c.Minute < 0 || c.Minute > 59 {
			t.Errorf("ParseClock(%q) = %+v, out of range", s, c)
		}
		if c.String() != s {
			t.Errorf("ParseClock(%q).String() = %q", s, c.String())
		}
		if c.Kitchen() == "" {
			t.Errorf("ParseClock(%q).Kitchen() is empty", s)
		}
	})
}

// FuzzParseDuration: a duration ParseDuration accepts round-trips through
// String.
func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"PT2H45M", "-PT5M", "PT0S", "PT", "PT1H1H", "PT999999999H", "PT2562047H47M16S", "PT2562047H47M17S", "P1D", "PT-5M", "PT1.5H"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err != nil {
			return
		}
		back, err := ParseDuration(d.String())
		if err != nil || back != d {
			t.Errorf("ParseDuration(%q) = %v; its String %q parses to %v, %v", s, time.Duration(d), d.String(), time.Duration(back), err)
		}
	})
}

// FuzzResolveZone: any place, date, clock and stated time give a zone that
// loads and is among the candidates, or a documented error.
func FuzzResolveZone(f *testing.F) {
	f.Add("Belgium", "Brussels", 2022, 4, 7, 9, 45, 16, 45, 0)
	f.Add("United States", "", 2022, 3, 13, 2, 30, 15, 30, 1)
	f.Add("U.S.", "New York", 2021, 11, 7, 1, 30, 0, 0, 0)
	f.Add("Japan", "", 2022, 4, 7, 9, 45, -1, 0, 0)
	f.Add("Russia", "", 0, 2, 29, 25, 61, 99, 0, 5)
	f.Add("", "Sydney", 2023, 4, 2, 2, 30, 1, 30, 2)
	f.Fuzz(func(t *testing.T, country, city string, year, month, day, hour, minute, jstHour, jstMinute, rel int) {
		d := Date{Year: year, Month: time.Month(month), Day: day}
		local := Clock{Hour: hour, Minute: minute, Valid: hour >= 0}
		var stated StatedTime
		if jstHour >= 0 {
			stated = StatedTime{Time: Clock{Hour: jstHour, Minute: jstMinute, Valid: true}, Day: DayRelation(rel)}
		}
		z, err := ResolveZone(country, city, d, local, stated)
		if err != nil {
			if !errors.Is(err, ErrZoneUnknown) && !errors.Is(err, ErrZoneAmbiguous) && !errors.Is(err, ErrNoYear) &&
				!errors.Is(err, ErrInvalidDate) && !errors.Is(err, ErrInvalidClock) {
				t.Errorf("ResolveZone: undocumented error %v", err)
			}
			if z.Name != "" && !errors.Is(err, ErrZoneAmbiguous) {
				t.Errorf("ResolveZone = %q with error %v", z.Name, err)
			}
			return
		}
		if z.Name == "" {
			t.Fatalf("ResolveZone(%q, %q) gave no zone and no error", country, city)
		}
		if _, err := LoadLocation(z.Name); err != nil {
			t.Errorf("ResolveZone(%q, %q) = %q, which does not load: %v", country, city, z.Name, err)
		}
		found := len(z.Candidates) == 0
		for _, c := range z.Candidates {
			found = found || c == z.Name
		}
		if !found {
			t.Errorf("ResolveZone(%q, %q) = %q, not among its candidates %q", country, city, z.Name, z.Candidates)
		}
		// Converting in the zone never panics.
		_, _ = ToJST(d, local, z.Name)
		_, _ = TransitionOf(d, local, z.Name)
		_, _ = Phrase(d, local, z.Name)
	})
}

// FuzzZoneNote: a note that names a zone names one that loads; abbreviations
// give zones that load or a documented error.
func FuzzZoneNote(f *testing.F) {
	for _, s := range []string{"local time", "JST", "EST", "IST", "NY time", "New York time", "Eastern Standard Time",
		"日本時間", "ニューヨーク時間", "U.S. time", "C.E.T.", " time", "時間"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, note string) {
		if z, ok := ZoneNote(note); ok {
			if _, err := LoadLocation(z); err != nil {
				t.Errorf("ZoneNote(%q) = %q, which does not load: %v", note, z, err)
			}
		}
		zs, err := Abbreviation(note)
		if err != nil && !errors.Is(err, ErrZoneUnknown) && !errors.Is(err, ErrZoneAmbiguous) {
			t.Errorf("Abbreviation(%q): undocumented error %v", note, err)
		}
		for _, z := range zs {
			if _, err := LoadLocation(z); err != nil {
				t.Errorf("Abbreviation(%q) gives %q, which does not load: %v", note, z, err)
			}
		}
	})
}

// FuzzToJST: ToJST and FromJST are inverse outside daylight saving
// transitions, and never panic.
func FuzzToJST(f *testing.F) {
	f.Add("Europe/Brussels", 2022, 4, 7, 9, 45)
	f.Add("America/New_York", 2022, 3, 13, 2, 30)
	f.Add("Australia/Lord_Howe", 2023, 4, 2, 1, 45)
	f.Add("Nowhere/City", 2022, 4, 7, 9, 45)
	f.Add("Local", 2022, 2, 30, 24, 0)
	f.Fuzz(func(t *testing.T, zone string, year, month, day, hour, minute int) {
		d := Date{Year: year, Month: time.Month(month), Day: day}
		c := Clock{Hour: hour, Minute: minute, Valid: true}
		jst, err := ToJST(d, c, zone)
		if err != nil {
			return
		}
		tr, err := TransitionOf(d, c, zone)
		if err != nil {
			t.Fatalf("ToJST works but TransitionOf fails: %v", err)
		}
		_, off := jst.Zone()
		if _, loff := jst.In(mustLoad(t, zone)).Zone(); tr != TransitionNone || off%60 != 0 || loff%60 != 0 {
			// Gaps and overlaps have no inverse; a local mean time before
			// standard time (Brussels +00:17:30 in 1878) has seconds that a
			// Clock cannot hold.
			return
		}
		back, err := FromJST(DateOf(jst), ClockOf(jst.Hour(), jst.Minute()), zone)
		if err != nil {
			t.Fatalf("FromJST(%v): %v", jst, err)
		}
		if got := DateOf(back); got != d || back.Hour() != hour || back.Minute() != minute {
			t.Errorf("%s %v %v → JST %v → %v", zone, d, c, jst, back)
		}
	})
}
