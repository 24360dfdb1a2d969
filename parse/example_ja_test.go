package parse_test

import (
	"fmt"

	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
	_ "time/tzdata"
)

// A Japanese readout fills the same model as an English one: countries,
// kinds, modes and qualifiers take English values; names, titles and text
// stay as written.
func Example_japanese() {
	m, err := parse.Text(sample.Japanese, parse.Source(sample.JapaneseName))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := m.Schedule
	fmt.Println("language:", m.Language)
	fmt.Println("kind:", m.Kind, "/ mode:", m.Mode)
	fmt.Println("event:", m.Event)
	fmt.Println("date:", s.Date, "start:", s.Start, s.StartQualifier)
	fmt.Println("time_zone:", s.TimeZone, "/ zone_source:", s.ZoneSource)
	fmt.Println("start_time:", s.StartTime.Format("2006-01-02T15:04:05Z07:00"))
	fmt.Println("start_jst:", s.StartJST().Format("2006-01-02T15:04:05Z07:00"))
	fmt.Println("stated_jst:", s.StatedJST.Time, s.StatedJST.Day)
	fmt.Println("duration:", s.Duration, s.Duration.Minutes(), s.DurationQualifier)
	fmt.Println("place.country:", m.Place.Country)
	for _, p := range m.Participants {
		fmt.Printf("participant: name=%s title=%s country=%s role=%s\n", p.Name, p.Title, p.Country, p.Role)
	}
	for _, st := range m.Statements {
		fmt.Printf("statement: speaker=%s section=%d points=%d\n", st.Speaker, st.Section, len(st.Points))
	}
	// Output:
	// language: ja
	// kind: multilateral / mode: in_person
	// event: NATO外相会合
	// date: 2022-04-07 start: 09:45 exact
	// time_zone: Europe/Brussels / zone_source: country
	// start_time: 2022-04-07T09:45:00+02:00
	// start_jst: 2022-04-07T16:45:00+09:00
	// stated_jst: 16:45 same
	// duration: PT2H45M 165 approximately
	// place.country: Belgium
	// participant: name=林芳正 title=外務大臣 country=Japan role=principal
	// participant: name=ブリンケン title=米国務長官 country=United States role=attendee
	// statement: speaker=林芳正 section=2 points=2
}
