package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/diplomacy-data/readout"
)

func runJST(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("jst", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, jstUsage) }
	date := fs.String("date", "", "the local `DATE`, such as 2022-04-07 (default today)")
	in := fs.String("in", "", "the `PLACE`: a city, country, IANA zone or abbreviation")
	reverse := fs.Bool("reverse", false, "TIME is Japan time; print the local time")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "readout jst: "+format+"\n", a...)
		return 2
	}
	if fs.NArg() == 0 {
		return usageErr("missing TIME\nRun 'readout jst -h' for usage.")
	}
	if *in == "" {
		return usageErr("missing -in PLACE\nRun 'readout jst -h' for usage.")
	}
	clock, err := parseClock(strings.Join(fs.Args(), " "))
	if err != nil {
		return usageErr("%v", err)
	}
	zone, err := zoneOf(*in)
	if err != nil {
		return usageErr("-in: %s", message(err))
	}
	var day readout.Date
	if *date == "" {
		today := readout.JSTName
		if !*reverse {
			today = zone
		}
		loc, _ := readout.LoadLocation(today)
		day = readout.DateOf(time.Now().In(loc))
	} else if day, err = readout.ParseDate(*date); err != nil || !day.HasYear() {
		return usageErr("-date: want a date such as 2022-04-07, not %q", *date)
	}

	local, lclock := day, clock
	var start time.Time
	if *reverse {
		start, err = readout.FromJST(day, clock, zone)
		if err == nil {
			local, lclock = readout.DateOf(start), readout.ClockOf(start.Hour(), start.Minute())
		}
	} else {
		start, err = readout.ToJST(day, clock, zone)
	}
	if err != nil {
		fmt.Fprintf(stderr, "readout jst: %s\n", message(err))
		return 1
	}
	phrase, err := readout.Phrase(local, lclock, zone)
	if err != nil {
		fmt.Fprintf(stderr, "readout jst: %s\n", message(err))
		return 1
	}
	loc, _ := readout.LoadLocation(zone)
	fmt.Fprintf(stdout, "%s\n", phrase)
	fmt.Fprintf(stdout, "local  %s  %s\n", start.In(loc).Format(time.RFC3339), zone)
	fmt.Fprintf(stdout, "JST    %s  %s\n", start.In(readout.JST()).Format(time.RFC3339), readout.JSTName)
	return 0
}

// zoneOf resolves the -in argument: an IANA zone ("Europe/Brussels"), a city
// ("Brussels", "New York"), a country ("Belgium"; one that spans several
// zones is ambiguous), an abbreviation ("CET"; "IST" is ambiguous) or a zone
// note ("NY time", "Eastern Time"). An ambiguous place is an error listing
// the candidates.
func zoneOf(place string) (string, error) {
	place = strings.TrimSpace(place)
	if strings.Contains(place, "/") {
		if _, err := readout.LoadLocation(place); err != nil {
			return "", fmt.Errorf("unknown IANA time zone %q", place)
		}
		return place, nil
	}
	if city, country, ok := readout.City(place); ok {
		if zs := readout.Zones(country, city); len(zs) > 0 {
			return zs[0], nil
		}
	}
	if country, ok := readout.Country(place); ok {
		zs := readout.Zones(country, "")
		switch {
		case len(zs) == 1:
			return zs[0], nil
		case len(zs) > 1:
			return "", fmt.Errorf("%w: %s spans several zones; use a city or one of %s", readout.ErrZoneAmbiguous, country, strings.Join(zs, ", "))
		}
	}
	zs, err := readout.Abbreviation(place)
	switch {
	case err == nil && len(zs) == 1:
		return zs[0], nil
	case errors.Is(err, readout.ErrZoneAmbiguous):
		return "", fmt.Errorf("%w: %s may be %s; use a city or an IANA name", readout.ErrZoneAmbiguous, strings.ToUpper(place), strings.Join(zs, ", "))
	}
	if z, ok := readout.ZoneNote(place); ok {
		return z, nil
	}
	if _, err := readout.LoadLocation(place); err == nil && place != "" && place != "Local" {
		return place, nil // UTC, Japan, and the other IANA names without a slash
	}
	return "", fmt.Errorf("%w: %q is not a city, country, IANA zone or abbreviation readout knows", readout.ErrZoneUnknown, place)
}

// parseClock reads a time of day as people write it: "9:45am", "9:45 a.m.",
// "9.45pm", "9 pm", "21:45", "noon", "midnight".
func parseClock(s string) (readout.Clock, error) {
	bad := func() (readout.Clock, error) {
		return readout.Clock{}, fmt.Errorf("invalid TIME %q (want a time such as 9:45am, 9:45 a.m. or 21:45)", s)
	}
	t := strings.ToLower(strings.NewReplacer(" ", "", ".", "", "\u00a0", "").Replace(s))
	switch t {
	case "noon":
		return readout.ClockOf(12, 0), nil
	case "midnight":
		return readout.ClockOf(0, 0), nil
	}
	// "9.45pm": the dot separating hours and minutes was removed with the
	// dots of "p.m."; put it back as a colon.
	if i := strings.IndexByte(strings.ToLower(s), '.'); i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) && !strings.Contains(s, ":") {
		t = strings.ToLower(strings.NewReplacer(" ", "", "\u00a0", "").Replace(s[:i] + ":" + s[i+1:]))
		t = strings.ReplaceAll(t, ".", "")
	}
	suffix := ""
	for _, x := range []string{"am", "pm"} {
		if r, ok := strings.CutSuffix(t, x); ok {
			t, suffix = r, x
		}
	}
	hs, ms, hasMin := strings.Cut(t, ":")
	h, err := strconv.Atoi(hs)
	if err != nil || len(hs) > 2 {
		return bad()
	}
	m := 0
	if hasMin {
		if m, err = strconv.Atoi(ms); err != nil || len(ms) != 2 {
			return bad()
		}
	}
	switch {
	case m < 0 || m > 59 || h < 0:
		return bad()
	case suffix == "" && h > 23:
		return bad()
	case suffix != "" && (h < 1 || h > 12):
		return bad()
	case suffix == "am" && h == 12:
		h = 0
	case suffix == "pm" && h != 12:
		h += 12
	}
	return readout.ClockOf(h, m), nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
