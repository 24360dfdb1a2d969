// Seed parses the sample readout embedded in the library (MOFA's readout of
// the NATO foreign ministers' meeting of 7 April 2022) and prints a
// one-screen summary: what, where, when in local time and in Japan time, who,
// and what the text says.
//
// Run it from the repository root:
//
//	go run ./examples/seed
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	_ "time/tzdata" // the program decides: zones work on machines without a tz database

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "seed:", err)
		os.Exit(1)
	}
}

// run parses the sample and writes the summary to w.
func run(w io.Writer) error {
	m, err := parse.Text(sample.English, parse.Source(sample.EnglishName))
	if err != nil {
		return err
	}
	summarize(w, m)
	return nil
}

// summarize writes one line per aspect of m; a value the parser did not
// find is shown as "?".
func summarize(w io.Writer, m *readout.Meeting) {
	fmt.Fprintf(w, "%s, published %s (%s)\n", or(m.Category), or(m.Published.String()), m.Language)
	fmt.Fprintf(w, "what:  %s, %s: %s\n", m.Kind, m.Mode, or(m.Event))
	fmt.Fprintf(w, "where: %s\n", or(join(m.Place.Venue, m.Place.City, m.Place.Country)))

	s := m.Schedule
	switch {
	case !s.StartTime.IsZero():
		hedge := ""
		if s.StartQualifier != readout.StartExact {
			hedge = " (" + s.StartQualifier.String() + ")"
		}
		fmt.Fprintf(w, "when:  %s%s local time in %s (UTC%s)\n", s.StartTime.Format("Mon 2 Jan 2006, 15:04 MST"), hedge, s.TimeZone, s.StartTime.Format("-07:00"))
		fmt.Fprintf(w, "       %s in Japan\n", s.StartJST().Format("Mon 2 Jan 2006, 15:04 MST"))
		if s.StatedJST.Time.Valid {
			fmt.Fprintf(w, "       the text states %s JST (%s day)\n", s.StatedJST.Time.Kitchen(), or(s.StatedJST.Day.String()))
		}
	case !s.Date.IsZero():
		fmt.Fprintf(w, "when:  %s %s (no zone: not converted)\n", s.Date, or(s.Start.String()))
	default:
		fmt.Fprintln(w, "when:  ?")
	}
	if s.Duration != 0 {
		fmt.Fprintf(w, "for:   %d minutes (%s), until %s = %s\n", s.Duration.Minutes(), s.DurationQualifier,
			s.EndTime().Format("15:04 MST"), s.EndJST().Format("15:04 MST"))
	}

	fmt.Fprintf(w, "who:   %d participants\n", len(m.Participants))
	for _, p := range m.Participants {
		name := strings.TrimSpace(p.Honorific + " " + p.Name)
		fmt.Fprintf(w, "       %-11s %s\n", p.Role, join(name, p.Title, p.Country, p.Organization))
	}
	points := 0
	for _, st := range m.Statements {
		points += len(st.Points)
	}
	fmt.Fprintf(w, "text:  %d sections, %d statement(s) with %d points, %d photos\n", len(m.Sections), len(m.Statements), points, len(m.Photos))
	fmt.Fprintf(w, "       %d fragments not understood\n", len(m.Unparsed))
}

// join joins the non-empty parts with ", ".
func join(parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += ", "
		}
		out += p
	}
	return out
}

// or returns s, or "?" when s is empty.
func or(s string) string {
	if s == "" {
		return "?"
	}
	return s
}
