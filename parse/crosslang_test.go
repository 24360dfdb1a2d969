package parse_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
	_ "time/tzdata"
)

// TestCrossLanguage checks that the English sample and its Japanese version
// give one schedule, the same principal role and the same structure: the
// two languages must fill one table.
func TestCrossLanguage(t *testing.T) {
	en, err := parse.Text(sample.English, parse.Source(sample.EnglishName))
	if err != nil {
		t.Fatal(err)
	}
	ja, err := parse.Text(sample.Japanese, parse.Source(sample.JapaneseName))
	if err != nil {
		t.Fatal(err)
	}
	if en.Language != "en" || ja.Language != "ja" {
		t.Errorf("languages = %q, %q; want en, ja", en.Language, ja.Language)
	}
	type schedule struct {
		Date, Start, Zone string
		StartJST          time.Time
		Duration          readout.Duration
		DurationQualifier readout.DurationQualifier
		Kind              readout.Kind
		Mode              readout.Mode
		Country           string
	}
	of := func(m *readout.Meeting) schedule {
		s := m.Schedule
		return schedule{s.Date.String(), s.Start.String(), s.TimeZone, s.StartJST(), s.Duration, s.DurationQualifier, m.Kind, m.Mode, m.Place.Country}
	}
	want := schedule{"2022-04-07", "09:45", "Europe/Brussels", time.Date(2022, time.April, 7, 16, 45, 0, 0, time.FixedZone("JST", 9*3600)),
		readout.Duration(165 * time.Minute), readout.DurationApproximately, readout.KindMultilateral, readout.ModeInPerson, "Belgium"}
	equalTime := cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })
	if diff := cmp.Diff(want, of(en), equalTime); diff != "" {
		t.Errorf("English schedule (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(of(en), of(ja), equalTime); diff != "" {
		t.Errorf("schedule (-en +ja):\n%s", diff)
	}

	pe, okE := en.Principal()
	pj, okJ := ja.Principal()
	if !okE || !okJ || pe.Role != pj.Role || pe.Country != "Japan" || pj.Country != "Japan" {
		t.Errorf("principal: en %+v (%v), ja %+v (%v); want both the principal, of Japan", pe, okE, pj, okJ)
	}

	if len(en.Sections) != 2 || len(en.Sections) != len(ja.Sections) {
		t.Fatalf("sections: en %d, ja %d", len(en.Sections), len(ja.Sections))
	}
	for i := range en.Sections {
		e, j := en.Sections[i], ja.Sections[i]
		if e.Number != j.Number {
			t.Errorf("section %d: number en %d, ja %d", i, e.Number, j.Number)
		}
		// The Japanese sample is cut off in point (2) of item 2 (the text
		// extraction stopped there); its points must be the English
		// sample's first ones.
		if len(j.Points) > len(e.Points) {
			t.Errorf("section %d: en %d points, ja %d", e.Number, len(e.Points), len(j.Points))
			continue
		}
		for k, pt := range j.Points {
			if pt.Number != e.Points[k].Number {
				t.Errorf("section %d point %d: number en %d, ja %d", e.Number, k, e.Points[k].Number, pt.Number)
			}
		}
	}
	if len(en.Statements) != 1 || len(en.Statements) != len(ja.Statements) {
		t.Fatalf("statements: en %d, ja %d", len(en.Statements), len(ja.Statements))
	}
	for i := range en.Statements {
		if en.Statements[i].Section != ja.Statements[i].Section {
			t.Errorf("statement %d: section en %d, ja %d", i, en.Statements[i].Section, ja.Statements[i].Section)
		}
		if en.Statements[i].Speaker != pe.Name || ja.Statements[i].Speaker != pj.Name {
			t.Errorf("statement %d: speakers en %q, ja %q; want the principals %q, %q", i, en.Statements[i].Speaker, ja.Statements[i].Speaker, pe.Name, pj.Name)
		}
	}
}

// TestJapaneseSample checks the Japanese side of the cross-language test on
// its own, so that it runs before the English lead gives a schedule.
func TestJapaneseSample(t *testing.T) {
	m, err := parse.Text(sample.Japanese, parse.Source(sample.JapaneseName))
	if err != nil {
		t.Fatal(err)
	}
	s := m.Schedule
	got := []string{m.Language, s.Date.String(), s.Start.String(), s.TimeZone, s.StartJST().Format(time.RFC3339),
		s.Duration.String(), s.DurationQualifier.String(), m.Kind.String(), m.Mode.String(), m.Place.Country}
	want := []string{"ja", "2022-04-07", "09:45", "Europe/Brussels", "2022-04-07T16:45:00+09:00",
		"PT2H45M", "approximately", "multilateral", "in_person", "Belgium"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("schedule (-want +got):\n%s", diff)
	}
	p, ok := m.Principal()
	if !ok || p.Name != "林芳正" || p.Title != "外務大臣" || p.Country != "Japan" {
		t.Errorf("principal = %+v, %v; want 林芳正, 外務大臣, Japan", p, ok)
	}
	if len(m.Sections) != 2 || len(m.Sections[1].Points) != 2 {
		t.Errorf("got %d sections; want 2, the second with 2 points (the sample is cut off in point 2)", len(m.Sections))
	}
	if len(m.Statements) != 1 || m.Statements[0].Speaker != "林芳正" || m.Statements[0].Section != 2 {
		t.Errorf("statements = %+v; want one by 林芳正 in section 2", m.Statements)
	}
}
