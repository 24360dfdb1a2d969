package bench

import (
	"testing"

	dateparser "github.com/markusmobius/go-dateparser"

	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

// TestFound logs what each parser finds in the English seed (run with -v),
// for the comparison in BENCHMARKS.md.
func TestFound(t *testing.T) {
	src := sample.English
	m, err := parse.Text(src)
	if err != nil {
		t.Fatal(err)
	}
	s := m.Schedule
	t.Logf("readout: date %v (%v), start %v %v (%v), zone %q (%v), start %v, JST %v, stated JST %v %v, duration %v %v; %d participants, %d sections, %d photos",
		s.Date, s.DateSpan, s.Start, s.StartQualifier, s.StartSpan, s.TimeZone, s.ZoneSource, s.StartTime, s.StartJST(),
		s.StatedJST.Time, s.StatedJST.Day, s.Duration, s.DurationQualifier, len(m.Participants), len(m.Sections), len(m.Photos))
	for _, p := range m.Participants {
		t.Logf("readout: participant %q %q %q %v", p.Name, p.Title, p.Country, p.Role)
	}

	r, err := newWhen().Parse(src, base)
	if err != nil {
		t.Fatal(err)
	}
	if r != nil {
		t.Logf("when: %q at %d → %v", r.Text, r.Index, r.Time)
	} else {
		t.Logf("when: nothing")
	}

	_, res, err := dateparser.Search(&dateparser.Configuration{CurrentTime: base, Languages: []string{"en"}}, src)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range res {
		t.Logf("go-dateparser: %q → %v", x.Text, x.Date.Time)
	}
}
