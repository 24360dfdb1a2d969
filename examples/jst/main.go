// Jst parses the sample readout embedded in the library and shows the start
// of the meeting on the clocks of ten cities around the world, with the day
// relative to Brussels, where the meeting was held.
//
// Each city's zone comes from the library's place tables ([readout.Zones]);
// every conversion goes through the IANA time zone database, so the
// daylight-saving offset of each place on that day is the right one.
//
// Run it from the repository root:
//
//	go run ./examples/jst
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	_ "time/tzdata" // the program decides: zones work on machines without a tz database

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

// cities are the places the start is shown in, west to east.
var cities = []string{
	"Los Angeles", "New York", "São Paulo", "London", "Brussels",
	"Nairobi", "New Delhi", "Beijing", "Sydney", "Auckland",
}

// errNoStart is returned when the readout gives no start instant (no date,
// clock or zone the parser could read).
var errNoStart = errors.New("the readout states no start time the parser could read")

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "jst:", err)
		os.Exit(1)
	}
}

// run parses the sample and writes the table to w.
func run(w io.Writer) error {
	m, err := parse.Text(sample.English, parse.Source(sample.EnglishName))
	if err != nil {
		return err
	}
	start := m.Schedule.StartTime
	if start.IsZero() {
		return errNoStart
	}
	fmt.Fprintf(w, "%s: %s\n", m.Event, m.Schedule.StartJST().Format("2006-01-02 15:04 MST"))
	return table(w, start)
}

// table writes instant t on the clock of each city, with its UTC offset and
// its calendar day relative to the day of t in t's own location.
func table(w io.Writer, t time.Time) error {
	home := readout.DateOf(t)
	for _, city := range cities {
		zones := readout.Zones("", city)
		if len(zones) == 0 {
			return fmt.Errorf("no zone for %s", city)
		}
		loc, err := readout.LoadLocation(zones[0])
		if err != nil {
			return err
		}
		local := t.In(loc)
		day := ""
		switch readout.DayRelationOf(home, readout.DateOf(local)) {
		case readout.DayNext:
			day = "next day"
		case readout.DayPrevious:
			day = "previous day"
		}
		line := fmt.Sprintf("%-12s %s  %-6s %s %s", city, readout.ClockOf(local.Hour(), local.Minute()), local.Format("MST"), local.Format("-07:00"), day)
		fmt.Fprintln(w, strings.TrimSpace(line))
	}
	return nil
}
