package main

import (
	"strings"
	"testing"
)

func TestJST(t *testing.T) {
	tests := []struct {
		reason string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"the issue's example: Brussels in summer time", []string{"jst", "-date", "2022-04-07", "-in", "Brussels", "9:45am"}, 0,
			"9:45 a.m. (local time; same day, 4:45 p.m. JST)\nlocal  2022-04-07T09:45:00+02:00  Europe/Brussels\nJST    2022-04-07T16:45:00+09:00  Asia/Tokyo\n", ""},
		{"TIME in several words, a country", []string{"jst", "-date", "2022-01-07", "-in", "Belgium", "9:45", "a.m."}, 0,
			"9:45 a.m. (local time; same day, 5:45 p.m. JST)\n", ""},
		{"CET follows daylight saving time", []string{"jst", "-date", "2022-04-07", "-in", "CET", "9.45am"}, 0,
			"9:45 a.m. (local time; same day, 4:45 p.m. JST)\n", ""},
		{"an IANA name; the evening is the next day in Tokyo", []string{"jst", "-date", "2023-09-19", "-in", "America/New_York", "21:30"}, 0,
			"9:30 p.m. (local time; next day, 10:30 a.m. JST)\nlocal  2023-09-19T21:30:00-04:00  America/New_York\nJST    2023-09-20T10:30:00+09:00", ""},
		{"-reverse: 7:00 a.m. JST on September 19 is the previous evening in New York", []string{"jst", "-reverse", "-date", "2022-09-19", "-in", "New York", "7:00am"}, 0,
			"6:00 p.m. (local time; next day, 7:00 a.m. JST)\nlocal  2022-09-18T18:00:00-04:00  America/New_York\nJST    2022-09-19T07:00:00+09:00", ""},
		{"Tokyo", []string{"jst", "-date", "2024-02-01", "-in", "Tokyo", "noon"}, 0, "12:00 p.m. JST\n", ""},
		{"an ambiguous abbreviation lists the candidates", []string{"jst", "-date", "2022-01-07", "-in", "IST", "9:45"}, 2, "",
			"readout jst: -in: ambiguous time zone: IST may be Asia/Kolkata, Europe/Dublin, Asia/Jerusalem; use a city or an IANA name\n"},
		{"a country with several zones lists them", []string{"jst", "-date", "2022-01-07", "-in", "United States", "9:45"}, 2, "",
			"readout jst: -in: ambiguous time zone: United States spans several zones; use a city or one of America/New_York, America/Chicago"},
		{"an unknown place", []string{"jst", "-in", "Atlantis", "9:45"}, 2, "", `readout jst: -in: unknown time zone: "Atlantis" is not a city`},
		{"an unknown IANA name", []string{"jst", "-in", "Mars/Olympus", "9:45"}, 2, "", `unknown IANA time zone "Mars/Olympus"`},
		{"a time that is not one", []string{"jst", "-in", "UTC", "25:00"}, 2, "", `invalid TIME "25:00"`},
		{"13 p.m. is not a time", []string{"jst", "-in", "UTC", "13pm"}, 2, "", `invalid TIME "13pm"`},
		{"a bad date", []string{"jst", "-date", "7 April", "-in", "UTC", "9:45"}, 2, "", `-date: want a date such as 2022-04-07`},
		{"no TIME", []string{"jst", "-in", "UTC"}, 2, "", "missing TIME"},
		{"no -in", []string{"jst", "9:45"}, 2, "", "missing -in PLACE"},
		{"a time skipped by daylight saving", []string{"jst", "-date", "2022-03-27", "-in", "Europe/Brussels", "2:30"}, 1, "", "readout jst: local time skipped by a daylight saving change: 2022-03-27 02:30 in Europe/Brussels\n"},
		{"-h", []string{"jst", "-h"}, 0, "", "usage: readout jst [-date DATE] [-in PLACE] [-reverse] TIME"},
	}
	for _, tt := range tests {
		stdout, stderr, code := readoutCmd(t, "", tt.args...)
		if code != tt.code || !strings.HasPrefix(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%s: readout %s\nstatus %d, stdout %q, stderr %q\nwant %d, stdout starting %q, stderr with %q",
				tt.reason, strings.Join(tt.args, " "), code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
		}
		if strings.Contains(stderr, "readout: ") {
			t.Errorf("%s: stderr %q says readout twice (the package's prefix kept)", tt.reason, stderr)
		}
	}
}

func TestParseClock(t *testing.T) {
	tests := []struct{ in, want string }{
		{"9:45am", "09:45"}, {"9:45 a.m.", "09:45"}, {"9.45 P.M.", "21:45"}, {"12 p.m.", "12:00"},
		{"12:30 am", "00:30"}, {"0:35 p.m.", ""}, {"21:45", "21:45"}, {"9pm", "21:00"},
		{"noon", "12:00"}, {"Midnight", "00:00"}, {"24:00", ""}, {"9:5", ""}, {"nine", ""},
	}
	for _, tt := range tests {
		c, err := parseClock(tt.in)
		if got := c.String(); got != tt.want || (err == nil) != (tt.want != "") {
			t.Errorf("parseClock(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
