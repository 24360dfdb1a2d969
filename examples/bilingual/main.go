// Bilingual parses the English and the Japanese readouts of the same meeting
// (both embedded in the library) and prints what each says side by side, so
// the two grammars can be compared: the values should agree, except for the
// text written in each language. Rows that differ are marked ≠.
//
// Run it from the repository root:
//
//	go run ./examples/bilingual
package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
	_ "time/tzdata" // the program decides: zones work on machines without a tz database

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bilingual:", err)
		os.Exit(1)
	}
}

// run parses both samples and writes the comparison to w.
func run(w io.Writer) error {
	en, err := parse.Text(sample.English, parse.Source(sample.EnglishName))
	if err != nil {
		return err
	}
	ja, err := parse.Text(sample.Japanese, parse.Source(sample.JapaneseName))
	if err != nil {
		return err
	}
	enRows, jaRows := rows(en), rows(ja)
	width := 0
	for _, r := range enRows {
		width = max(width, len(r.value))
	}
	for i, r := range enRows {
		mark := " "
		if r.value != jaRows[i].value && r.name != "language" {
			mark = "≠"
		}
		fmt.Fprintf(w, "%-10s %-*s %s %s\n", r.name, width, r.value, mark, jaRows[i].value)
	}
	return nil
}

type row struct{ name, value string }

// rows lists the values of m to compare, each as text ("-" when missing).
func rows(m *readout.Meeting) []row {
	s := m.Schedule
	p, _ := m.Principal()
	points := 0
	for _, st := range m.Statements {
		points += len(st.Points)
	}
	return []row{
		{"language", m.Language},
		{"published", dash(m.Published.String())},
		{"kind", m.Kind.String()},
		{"mode", m.Mode.String()},
		{"country", dash(m.Place.Country)},
		{"date", dash(s.Date.String())},
		{"start", dash(s.Start.String())},
		{"qualifier", s.StartQualifier.String()},
		{"zone", dash(s.TimeZone)},
		{"start JST", instant(s.StartJST())},
		{"duration", duration(s.Duration)},
		{"principal", dash(p.Name)},
		{"sections", strconv.Itoa(len(m.Sections))},
		{"points", strconv.Itoa(points)},
		{"photos", strconv.Itoa(len(m.Photos))},
	}
}

func instant(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02 15:04 MST")
}

func duration(d readout.Duration) string {
	if d == 0 {
		return "-"
	}
	return d.String()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
