// Package readout is the data model for diplomatic meeting readouts: the
// pages Japan's Ministry of Foreign Affairs (MOFA) and the Prime Minister's
// Office publish after a meeting, a telephone talk, a summit or a courtesy
// call.
//
// A readout has a regular but far from rigid shape: a category line, a date
// line, photo captions, a lead sentence such as
//
//	On April 7, commencing at 9:45 a.m. (local time; same day, 4:45 p.m. JST)
//	for approximately 2 hours and 45 minutes, Mr. HAYASHI Yoshimasa, Minister
//	for Foreign Affairs of Japan, attended the Meeting of Ministers of Foreign
//	Affairs in Belgium.
//
// then numbered items, often with a speech given as points (1)…(9). The
// parser in package [github.com/diplomacy-data/readout/parse] reads such a
// text into a [Meeting]; this package holds the model, the conversion between
// local time and Japan Standard Time, and validation.
//
// # Parsing a readout
//
//	m, err := parse.Text(text, parse.Source("readout.txt"))
//	if err != nil {
//		return err // not a readout's text: empty, binary, not UTF-8
//	}
//	fmt.Println(m.Kind, m.Mode, m.Place.Country)
//	fmt.Println(m.Schedule.StartTime)  // 2022-04-07 09:45:00 +0200 CEST
//	fmt.Println(m.Schedule.StartJST()) // 2022-04-07 16:45:00 +0900 JST
//	if p, ok := m.Principal(); ok {
//		fmt.Println(p.Name, "—", p.Title) // HAYASHI Yoshimasa — Minister for Foreign Affairs of Japan
//	}
//
// # The model
//
// A [Meeting] is a plain value. Its [Schedule] keeps what the text states —
// a calendar [Date] and a wall-clock [Clock], with their qualifiers
// ("at around", "for approximately") — apart from the instant computed from
// them through the IANA time zone of the place. Participants ([Participant])
// carry their name as written, split into family and given names, with
// honorific, title, country, organisation and [Role]. What was said is in
// Sections and Statements ([Statement], [SpeechPoint]).
//
// Every value read from the text carries a [Span]: byte offsets into the
// original input and 1-based line and column (columns count runes, so they
// are right for Japanese text). Nothing in the input is silently dropped:
// text the parser kept but did not understand is in Meeting.Unparsed.
//
// # JSON
//
// json.Marshal(meeting) is the wire format: snake_case keys, enums as words,
// times in RFC 3339 with their offset, durations in ISO 8601 with whole
// minutes beside them. The keys are a public contract.
//
// # What is not supported
//
// Readouts in languages other than English and Japanese; pages that report
// several unrelated engagements as one list are read as one meeting with
// further Sessions; times given only as parts of the day ("in the
// afternoon") have no Clock.
package readout
