package parse

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/sample"
)

// TestSeedSchedule asserts the seed's schedule, exactly as issue 2's table
// gives it.
func TestSeedSchedule(t *testing.T) {
	p := newParser(sample.English, newOptions(nil))
	d := p.structure()
	p.enWho(d.leadStart, d.leadEnd)
	if p.m.Place.Country != "Belgium" {
		t.Errorf("place country %q, want Belgium (the zone comes from it)", p.m.Place.Country)
	}
	p.enWhen(d.leadStart, d.leadEnd)
	s := p.m.Schedule

	type row struct{ Field, Value string }
	got := []row{
		{"date", s.Date.String()},
		{"start", s.Start.String()},
		{"start_qualifier", s.StartQualifier.String()},
		{"time_zone", s.TimeZone},
		{"start_time", s.StartTime.Format(time.RFC3339)},
		{"start_jst", s.StartJST().Format(time.RFC3339)},
		{"stated_jst.time", s.StatedJST.Time.String()},
		{"stated_jst.day", s.StatedJST.Day.String()},
		{"duration", s.Duration.String()},
		{"duration_minutes", time.Duration(s.Duration).String()},
		{"duration_qualifier", s.DurationQualifier.String()},
		{"end_time", s.EndTime().Format(time.RFC3339)},
		{"end_jst", s.EndJST().Format(time.RFC3339)},
		{"zone_note", s.ZoneNote},
		{"zone_note text", textAt(sample.English, s.ZoneNoteSpan)},
		{"start text", textAt(sample.English, s.StartSpan)},
		{"duration text", textAt(sample.English, s.DurationSpan)},
		{"phrase", textAt(sample.English, s.Span)},
	}
	want := []row{
		{"date", "2022-04-07"},
		{"start", "09:45"},
		{"start_qualifier", "exact"},
		{"time_zone", "Europe/Brussels"},
		{"start_time", "2022-04-07T09:45:00+02:00"},
		{"start_jst", "2022-04-07T16:45:00+09:00"},
		{"stated_jst.time", "16:45"},
		{"stated_jst.day", "same"},
		{"duration", "PT2H45M"},
		{"duration_minutes", "2h45m0s"},
		{"duration_qualifier", "approximately"},
		{"end_time", "2022-04-07T12:30:00+02:00"},
		{"end_jst", "2022-04-07T19:30:00+09:00"},
		{"zone_note", "local time"},
		{"zone_note text", "local time"},
		{"start text", "commencing at 9:45 a.m."},
		{"duration text", "for approximately 2 hours and 45 minutes"},
		{"phrase", "April 7, commencing at 9:45 a.m. (local time; same day, 4:45 p.m. JST) for approximately 2 hours and 45 minutes"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed schedule (-want +got):\n%s", diff)
	}
	if s.Duration.Minutes() != 165 {
		t.Errorf("duration minutes = %d, want 165", s.Duration.Minutes())
	}
	if s.ZoneSource != readout.ZoneFromCountry && s.ZoneSource != readout.ZoneFromCity {
		t.Errorf("zone source = %v, want country (or city, if a city is found)", s.ZoneSource)
	}
}

// textAt returns the text of src a span covers.
func textAt(src string, sp readout.Span) string {
	if sp.End.Offset <= sp.Start.Offset || int(sp.End.Offset) > len(src) {
		return ""
	}
	return src[sp.Start.Offset:sp.End.Offset]
}
