package readout_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
)

func TestDateText(t *testing.T) {
	tests := []struct {
		reason string
		date   readout.Date
		text   string
	}{
		{"a full date", readout.Date{Year: 2022, Month: time.April, Day: 7}, "2022-04-07"},
		{"no year is written as ISO 8601's --MM-DD", readout.Date{Month: time.October, Day: 10}, "--10-10"},
		{"the zero date is empty", readout.Date{}, ""},
	}
	for _, tt := range tests {
		if got := tt.date.String(); got != tt.text {
			t.Errorf("%s: %#v.String() = %q, want %q", tt.reason, tt.date, got, tt.text)
		}
		var back readout.Date
		if err := back.UnmarshalText([]byte(tt.text)); err != nil || back != tt.date {
			t.Errorf("%s: UnmarshalText(%q) = %#v, %v; want %#v", tt.reason, tt.text, back, err, tt.date)
		}
	}
	for _, bad := range []string{"2022-13-01", "2022-04", "April 7", "--00-10", "2022-04-32"} {
		if d, err := readout.ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", bad, d)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := readout.Date{Year: 2024, Month: time.February, Day: 28}
	if got, want := d.AddDays(1), (readout.Date{Year: 2024, Month: time.February, Day: 29}); got != want {
		t.Errorf("leap day: %v.AddDays(1) = %v, want %v", d, got, want)
	}
	if got, want := d.AddDays(2), (readout.Date{Year: 2024, Month: time.March, Day: 1}); got != want {
		t.Errorf("month end: %v.AddDays(2) = %v, want %v", d, got, want)
	}
	if got := (readout.Date{Year: 2022, Month: time.April, Day: 7}).Weekday(); got != time.Thursday {
		t.Errorf("2022-04-07 is a %v, want Thursday", got)
	}
	if (readout.Date{Year: 2023, Month: time.February, Day: 29}).IsValid() {
		t.Error("2023-02-29 reported valid")
	}
}

func TestClock(t *testing.T) {
	tests := []struct {
		reason  string
		clock   readout.Clock
		text    string
		kitchen string
	}{
		{"morning", readout.ClockOf(9, 45), "09:45", "9:45 a.m."},
		{"afternoon", readout.ClockOf(16, 45), "16:45", "4:45 p.m."},
		{"noon is 12 p.m.", readout.ClockOf(12, 0), "12:00", "12:00 p.m."},
		{"midnight is a valid clock, not the zero one", readout.ClockOf(0, 30), "00:30", "12:30 a.m."},
		{"no time", readout.Clock{}, "", ""},
	}
	for _, tt := range tests {
		if got := tt.clock.String(); got != tt.text {
			t.Errorf("%s: String() = %q, want %q", tt.reason, got, tt.text)
		}
		if got := tt.clock.Kitchen(); got != tt.kitchen {
			t.Errorf("%s: Kitchen() = %q, want %q", tt.reason, got, tt.kitchen)
		}
		var back readout.Clock
		if err := back.UnmarshalText([]byte(tt.text)); err != nil || back != tt.clock {
			t.Errorf("%s: UnmarshalText(%q) = %#v, %v", tt.reason, tt.text, back, err)
		}
	}
	for _, bad := range []string{"24:00", "9:45", "09:60", "ab:cd"} {
		if c, err := readout.ParseClock(bad); err == nil {
			t.Errorf("ParseClock(%q) = %v, want an error", bad, c)
		}
	}
}

func TestDuration(t *testing.T) {
	tests := []struct {
		reason string
		d      readout.Duration
		iso    string
	}{
		{"hours and minutes", readout.Duration(2*time.Hour + 45*time.Minute), "PT2H45M"},
		{"minutes only", readout.Duration(30 * time.Minute), "PT30M"},
		{"whole hours", readout.Duration(3 * time.Hour), "PT3H"},
		{"zero", 0, "PT0S"},
		{"negative (an end before the start)", readout.Duration(-5 * time.Minute), "-PT5M"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.iso {
			t.Errorf("%s: String() = %q, want %q", tt.reason, got, tt.iso)
		}
		if got, err := readout.ParseDuration(tt.iso); err != nil || got != tt.d {
			t.Errorf("%s: ParseDuration(%q) = %v, %v", tt.reason, tt.iso, got, err)
		}
	}
	if got := readout.Duration(165 * time.Minute).Minutes(); got != 165 {
		t.Errorf("Minutes() = %d, want 165", got)
	}
	for _, bad := range []string{"", "PT", "P1D", "PT5X", "2h45m"} {
		if _, err := readout.ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) succeeded, want an error", bad)
		}
	}
}

// TestEnumsText checks that every enum value has a word as its wire form and
// reads back from it.
func TestEnumsText(t *testing.T) {
	type textual interface {
		MarshalText() ([]byte, error)
	}
	check := func(name string, n int, v func(i int) textual, back func(b []byte) (int, error)) {
		seen := map[string]bool{}
		for i := 0; i < n; i++ {
			b, _ := v(i).MarshalText()
			if seen[string(b)] {
				t.Errorf("%s(%d): duplicate wire name %q", name, i, b)
			}
			seen[string(b)] = true
			if got, err := back(b); err != nil || got != i {
				t.Errorf("%s(%d): round trip through %q gave %d, %v", name, i, b, got, err)
			}
		}
		if _, err := back([]byte("no-such-value")); err == nil {
			t.Errorf("%s: unknown word accepted", name)
		}
	}
	check("Kind", int(readout.KindOther)+1, func(i int) textual { return readout.Kind(i) },
		func(b []byte) (int, error) { var k readout.Kind; err := k.UnmarshalText(b); return int(k), err })
	check("Mode", int(readout.ModeVideo)+1, func(i int) textual { return readout.Mode(i) },
		func(b []byte) (int, error) { var k readout.Mode; err := k.UnmarshalText(b); return int(k), err })
	check("Role", int(readout.RoleMentioned)+1, func(i int) textual { return readout.Role(i) },
		func(b []byte) (int, error) { var k readout.Role; err := k.UnmarshalText(b); return int(k), err })
	check("StartQualifier", int(readout.StartAfter)+1, func(i int) textual { return readout.StartQualifier(i) },
		func(b []byte) (int, error) {
			var k readout.StartQualifier
			err := k.UnmarshalText(b)
			return int(k), err
		})
	check("DurationQualifier", int(readout.DurationShort)+1, func(i int) textual { return readout.DurationQualifier(i) },
		func(b []byte) (int, error) {
			var k readout.DurationQualifier
			err := k.UnmarshalText(b)
			return int(k), err
		})
	check("DayRelation", int(readout.DayPrevious)+1, func(i int) textual { return readout.DayRelation(i) },
		func(b []byte) (int, error) { var k readout.DayRelation; err := k.UnmarshalText(b); return int(k), err })
	check("Severity", int(readout.SeverityError)+1, func(i int) textual { return readout.Severity(i) },
		func(b []byte) (int, error) { var k readout.Severity; err := k.UnmarshalText(b); return int(k), err })
	check("ZoneSource", int(readout.ZoneFromJapan)+1, func(i int) textual { return readout.ZoneSource(i) },
		func(b []byte) (int, error) { var k readout.ZoneSource; err := k.UnmarshalText(b); return int(k), err })
}

// TestScheduleJSON checks the computed keys of the schedule's wire form and
// that a round trip through JSON is stable.
func TestScheduleJSON(t *testing.T) {
	brussels, err := readout.LoadLocation("Europe/Brussels")
	if err != nil {
		t.Skip("no tz database:", err)
	}
	d := readout.Date{Year: 2022, Month: time.April, Day: 7}
	s := readout.Schedule{
		Date: d, Start: readout.ClockOf(9, 45), TimeZone: "Europe/Brussels",
		StartTime:         d.In(readout.ClockOf(9, 45), brussels),
		StatedJST:         readout.StatedTime{Time: readout.ClockOf(16, 45), Day: readout.DaySame},
		Duration:          readout.Duration(165 * time.Minute),
		DurationQualifier: readout.DurationApproximately,
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"date": "2022-04-07", "start": "09:45", "start_qualifier": "exact",
		"time_zone": "Europe/Brussels", "start_time": "2022-04-07T09:45:00+02:00",
		"start_jst":  "2022-04-07T16:45:00+09:00",
		"stated_jst": map[string]any{"time": "16:45", "day": "same"},
		"duration":   "PT2H45M", "duration_minutes": 165.0, "duration_qualifier": "approximately",
		"end_time": "2022-04-07T12:30:00+02:00", "end_jst": "2022-04-07T19:30:00+09:00",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("schedule JSON mismatch (-want +got):\n%s", diff)
	}
	var back readout.Schedule
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(back)
	if string(b) != string(b2) {
		t.Errorf("JSON round trip changed the schedule:\n%s\n%s", b, b2)
	}
}
