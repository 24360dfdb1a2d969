package main

const usage = `Readout turns diplomatic meeting readouts into typed, validated data.

Usage:

	readout <command> [arguments]

The commands are:

	parse     parse readouts and write them as JSON, CSV, iCalendar, text or PLOVER
	validate  check readouts for contradictions and doubtful data
	jst       convert a local time to Japan time and back

Use "readout <command> -h" for more information about a command.

Examples:

	readout parse                       # the embedded sample readout, as JSON
	readout parse -format csv readouts/ > meetings.csv
	readout validate readout.txt
	readout jst -date 2022-04-07 -in Brussels 9:45am
`

const parseUsage = `usage: readout parse [-format FORMAT] [-j N] [-glob PATTERN] [-max-bytes SIZE] [FILE|DIR|-]...

Parse parses MOFA meeting readouts and writes them to standard output.

Each argument is a file, a directory (every file below it whose name matches
-glob, in lexical order) or "-" for standard input. With no argument, parse
reads an embedded sample readout. Inputs are parsed in parallel and written
in the order given.

The -format flag selects the output:

	json              one JSON document (the default for a single input);
	                  a JSON array for several
	jsonl             one JSON document per line (the default for several)
	csv               one row per meeting: source, date, start, zone,
	                  start_jst, duration, kind, mode, place, principal,
	                  counterparts, ...
	csv-participants  one row per participant
	ics               an iCalendar calendar, one event per engagement, in the
	                  meeting's time zone; undated ones are left out with a note
	text              a readable summary
	plover            PLOVER event records (CONSULT), one per line

Inputs are UTF-8, or UTF-16 with a byte order mark (decoded; positions then
refer to the decoded text). An input that cannot be read, is not such text
or is larger than -max-bytes is reported on standard error with its path and
reason; the others are still written, and the exit status is 1. Usage errors exit with status 2.
On a terminal, a run of many inputs shows its progress on standard error.

Flags:

	-format FORMAT    output format (see above)
	-j N              parse N inputs at once (default: the number of CPUs)
	-glob PATTERN     file name pattern for directories (default *.txt)
	-max-bytes SIZE   largest input accepted, such as 500000, 64K or 16M
	                  (default 16M, at most 1G)

Examples:

	readout parse readout.txt
	readout parse -format csv readouts/ > meetings.csv
	readout validate readout.txt
	readout parse -format ics -glob '*.en.txt' readouts/ > meetings.ics
	curl -s https://example.org/readout.txt | readout parse -format text -
`

const jstUsage = `usage: readout jst [-date DATE] [-in PLACE] [-reverse] TIME

Jst converts a local time at a place to Japan Standard Time (Asia/Tokyo)
and prints it as MOFA's English readouts write it, then both instants in
RFC 3339. With -reverse, TIME is Japan time and jst prints the local time.

TIME is written as people write it: 9:45am, 9:45 a.m., 9.45pm, 21:45, noon.
PLACE is a city (Brussels, New York), a country with a single time zone
(Belgium), an IANA zone (Europe/Brussels) or an abbreviation (CET). A country
that spans several zones or an abbreviation several zones use (IST, CST) is
an error that lists the candidates. Times are computed with the IANA
database, so daylight saving time is applied as the clocks at the place
applied it; a local time skipped by a daylight saving change is an error.

Flags:

	-date DATE    the date of TIME, such as 2022-04-07 (default: today)
	-in PLACE     where TIME is (required)
	-reverse      TIME is Japan time; convert it to PLACE's time

Examples:

	$ readout jst -date 2022-04-07 -in Brussels 9:45am
	9:45 a.m. (local time; same day, 4:45 p.m. JST)
	local  2022-04-07T09:45:00+02:00  Europe/Brussels
	JST    2022-04-07T16:45:00+09:00  Asia/Tokyo

	$ readout jst -reverse -date 2022-09-19 -in "New York" 7:00am
	$ readout jst -date 2022-01-07 -in CET 9:45
`
