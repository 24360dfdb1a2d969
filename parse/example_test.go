package parse_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

// Parse the seed readout (MOFA's readout of the NATO foreign ministers'
// meeting of 7 April 2022) and read its schedule in local time and in JST.
func ExampleText() {
	m, err := parse.Text(sample.English, parse.Source("nato.txt"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Language, m.Category, m.Published)
	fmt.Printf("kind %s, mode %s, in %q\n", m.Kind, m.Mode, m.Place.Country)
	s := m.Schedule
	fmt.Printf("date %q, start %q (%s), zone %q\n", s.Date, s.Start, s.StartQualifier, s.TimeZone)
	if !s.StartTime.IsZero() {
		fmt.Println("local:", s.StartTime.Format(time.RFC3339))
		fmt.Println("JST:  ", s.StartJST().Format(time.RFC3339))
		fmt.Println("end:  ", s.EndTime().Format(time.RFC3339), s.Duration, s.DurationQualifier)
	}
	if p, ok := m.Principal(); ok {
		fmt.Println(p.Name, "—", p.Title)
	}
	// Output:
	// en North Atlantic Treaty Organization (NATO) 2022-04-07
	// kind multilateral, mode in_person, in "Belgium"
	// date "2022-04-07", start "09:45" (exact), zone "Europe/Brussels"
	// local: 2022-04-07T09:45:00+02:00
	// JST:   2022-04-07T16:45:00+09:00
	// end:   2022-04-07T12:30:00+02:00 PT2H45M approximately
	// HAYASHI Yoshimasa — Minister for Foreign Affairs of Japan
}

// A Japanese readout is detected from its characters and read into the same
// model. Values are as written; the country is the English short name. A
// span's column counts runes (what an editor shows), its offset bytes.
func ExampleText_japanese() {
	m, err := parse.Text(sample.Japanese)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Language, m.Place.Country, m.Schedule.StartJST().Format("2006-01-02 15:04 MST"))
	if p, ok := m.Principal(); ok {
		at := p.Span.Start
		fmt.Printf("%s (%s) at line %d, column %d, byte %d: %q\n", p.Name, p.Title, at.Line, at.Column, at.Offset, p.Span.Text(sample.Japanese))
	}
	// Output:
	// ja Belgium 2022-04-07 16:45 JST
	// 林芳正 (外務大臣) at line 8, column 11, byte 363: "林芳正外務大臣"
}

// Every value keeps the span it was read from: walk the sections and their
// points, the participants and the statements, and print where each is.
func ExampleText_walk() {
	m, err := parse.Text(sample.English)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range m.Sections {
		fmt.Printf("section %d at %s: %d points\n", s.Number, s.Span.Start, len(s.Points))
	}
	p := m.Sections[1].Points[0]
	fmt.Printf("(%d) at %s: %.40q\n", p.Number, p.Span.Start, p.Span.Text(sample.English))
	for _, p := range m.Participants {
		fmt.Printf("%s (%s) at %s: %q\n", p.Name, p.Role, p.Span.Start, p.Span.Text(sample.English))
	}
	for _, st := range m.Statements {
		fmt.Printf("%s spoke %d points in section %d\n", st.Speaker, len(st.Points), st.Section)
	}
	fmt.Println(len(m.Unparsed), "fragments not understood")
	// Output:
	// section 1 at 10:3: 0 points
	// section 2 at 11:3: 9 points
	// (1) at 12:9: "I am highly honored I to attend the Meet"
	// HAYASHI Yoshimasa (principal) at 8:117: "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan"
	// Stoltenberg (attendee) at 4:64: "Secretary-General Stoltenberg"
	// Blinken (attendee) at 6:26: "Secretary Blinken"
	// KULEBA (mentioned) at 15:158: "Foreign Minister KULEBA"
	// HAYASHI Yoshimasa spoke 9 points in section 2
	// 0 fragments not understood
}

// The Meeting is the JSON document researchers load: snake_case keys, enums
// as words, times in RFC 3339 with their offset.
func ExampleText_json() {
	m, err := parse.Text(sample.English, parse.Source(sample.EnglishName))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := json.Marshal(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Source   string `json:"source"`
		Kind     string `json:"kind"`
		Schedule map[string]any
		Photos   []struct{ Caption string }
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Source, doc.Kind, doc.Schedule["start_jst"], len(doc.Photos))
	fmt.Printf("%.40s\n", doc.Photos[1].Caption)
	// Output:
	// embedded multilateral 2022-04-07T16:45:00+09:00 3
	// The state of the Meeting of NATO Ministe
}

// Text fails only on input that is not a readout's text; the error names
// the position and matches a sentinel with errors.Is.
func ExampleText_error() {
	_, err := parse.Text("Meeting\nat 9:45 \xff a.m.", parse.Source("bad.txt"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, parse.ErrInvalidUTF8))
	var perr *parse.Error
	if errors.As(err, &perr) {
		fmt.Println(perr.Pos.Line, perr.Pos.Column)
	}
	// Output:
	// bad.txt:2:9: invalid UTF-8: byte 0xff
	// true
	// 2 9
}

func ExampleReader() {
	m, err := parse.Reader(strings.NewReader(sample.English), parse.Source("-"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Source, m.Language, len(m.Photos), len(m.Sections))
	// Output: - en 3 2
}

// An empty or blank input is an error, never an empty Meeting.
func ExampleErrEmpty() {
	_, err := parse.Text(" \n\u3000\n")
	fmt.Println(errors.Is(err, parse.ErrEmpty), err)
	// Output: true empty input
}

func ExampleMaxBytes() {
	_, err := parse.Text(sample.English, parse.MaxBytes(1000))
	fmt.Println(errors.Is(err, parse.ErrTooLarge))
	// Output: true
}

// A lead copied out of its page has no date line; Published supplies the
// year the lead leaves out.
func ExamplePublished() {
	lead := "On April 7, commencing at 9:45 a.m. (local time; same day, 4:45 p.m. JST) for approximately 2 hours and 45 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, attended the Meeting of Ministers of Foreign Affairs in Belgium."
	m, err := parse.Text(lead, parse.Published(readout.Date{Year: 2022, Month: time.April, Day: 7}))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("date %q, start %q\n", m.Schedule.Date, m.Schedule.Start)
	// Output:
	// date "2022-04-07", start "09:45"
}

// Language forces the grammar instead of detecting it from the characters.
func ExampleLanguage() {
	m, err := parse.Text(sample.English, parse.Language("en"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Language)
	// Output: en
}
