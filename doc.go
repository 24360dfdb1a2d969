// Package readout is the data model for diplomatic meeting readouts: the
// pages Japan's Ministry of Foreign Affairs (MOFA) and the Prime Minister's
// Office publish after a meeting, a telephone talk, a summit or a courtesy
// call. It holds the typed [Meeting] a readout is parsed into, the
// conversion between a place's local time and Japan Standard Time, and
// validation.
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
// text into a [Meeting]; this package needs no parser to be useful on its
// own: its time functions ([ToJST], [FromJST], [Phrase], [ResolveZone]) work
// on any date, clock and place.
//
// # Parsing a readout
//
// Parse the text with parse.Text (or parse.Reader), then read the model:
//
//	m, err := parse.Text(text, parse.Source("readout.txt"))
//	if err != nil {
//		return err // not a readout's text: empty, binary, not UTF-8 (with line:column)
//	}
//	fmt.Println(m.Kind, m.Mode, m.Place.Country)  // multilateral in_person Belgium
//	fmt.Println(m.Schedule.StartTime)             // 2022-04-07 09:45:00 +0200 CEST
//	fmt.Println(m.Schedule.StartJST())            // 2022-04-07 16:45:00 +0900 JST
//	if p, ok := m.Principal(); ok {
//		fmt.Println(p.Name, "—", p.Title) // HAYASHI Yoshimasa — Minister for Foreign Affairs of Japan
//	}
//
// parse.Text fails only on input that is not text (the error names the line
// and column). A readout the grammar only partly understands still gives a
// Meeting: what was not understood is kept in [Meeting].Unparsed, never
// dropped. The package sample embeds the readout above, in English and in
// Japanese, to try things on.
//
// # The model
//
// A [Meeting] is a plain value: the zero Meeting is an empty readout, and
// nothing in it is a pointer to a primitive. Its parts:
//
//   - [Schedule]: when. It keeps what the text states — a calendar [Date],
//     a wall-clock [Clock], a [StartQualifier] ("at around"), a [Duration]
//     with its [DurationQualifier] ("for approximately"), the Japan time the
//     text states ([StatedTime], with its [DayRelation]) — apart from what
//     is computed from them: the instant StartTime in the IANA zone
//     TimeZone, and [Schedule.StartJST], [Schedule.EndTime],
//     [Schedule.EndJST]. A multi-event readout lists its further
//     engagements as [Session] values.
//   - [Place]: where — country (an English short name, whatever the
//     language of the text), city, venue.
//   - [Participant]: who, with the name as written and split into family
//     and given names, honorific, title, country, organisation and [Role].
//     [Meeting.Principal] and [Meeting.Counterparts] find the main ones.
//   - [Kind] and [Mode]: what kind of engagement (a summit, a courtesy
//     call, a working meal…) and how (in person, by telephone, by video).
//   - [Section], [Statement] and [SpeechPoint]: what was said, item by
//     item and point by point; [Photo] and [Delegation] for the captions
//     and the countries listed.
//
// Every value read from the text carries a [Span]: byte offsets into the
// original input and 1-based line and column ([Pos]; columns count runes,
// so they are right for Japanese text). [Span.Text] gives back the text as
// written. A zero Span means the value was computed, not read.
//
// Wall-clock values are kept apart from instants, as in
// cloud.google.com/go/civil: a [Date] has no zone and a [Clock] no date;
// [Date.In] gives the instant at a place. A date without a year keeps no
// year ([Date.HasYear] is false): readout never invents one, and never
// uses the current year.
//
// # Times and zones
//
// All conversions go through the IANA time zone database of the time
// package; no offset is written by hand. [JST] is Asia/Tokyo. [ToJST] and
// [FromJST] convert a date and clock between a zone and Japan time;
// [DayRelationOf] says whether the Japan date is the same day, the next or
// the previous, by calendar arithmetic; [Phrase] writes MOFA's
// "9:45 a.m. (local time; same day, 4:45 p.m. JST)".
//
// The zone of a meeting comes from its place ([Country], [City], [Zones],
// [ResolveZone]) or from a note beside the time ([ZoneNote],
// [Abbreviation]). [ZoneSource] records which. A country that spans several
// zones needs the city, or the stated Japan time, which fixes the offset;
// when nothing decides, the candidates are returned with an error wrapping
// [ErrZoneAmbiguous], never a guess. "CET", "EET" and "WET" follow daylight
// saving as the IANA zones of those names do, so "9:45 CET" on 7 April is
// 4:45 p.m. JST; ambiguous abbreviations ("IST", "CST", "BST") are never
// resolved silently.
//
// A time in a daylight saving gap moves forward by the length of the gap;
// a time in an overlap is its first occurrence ([Date.In], [TransitionOf]).
// When the text states a Japan time that disagrees with the computation,
// the computation stands and validation reports the disagreement.
//
// The library does not import time/tzdata: a program that may run where
// the system has no zone database should, as the readout command and the
// programs in examples/ do:
//
//	import _ "time/tzdata"
//
// # Validation
//
// A readout can contradict itself: a stated Japan time that is not the
// local time converted, a weekday that is not the date's, a gap in the
// numbering, a doubled comma. [Validate] checks a meeting and returns every
// [Problem] found, sorted by position, as [Problems]:
//
//	m.Problems = readout.Validate(m)
//	for _, p := range m.Problems {
//		fmt.Println(p.ErrorWithPosition(text)) // the line, with ^^^ under the span
//	}
//	if errors.Is(m.Problems.Err(), readout.ErrJSTMismatch) { ... }
//
// Each Problem has a stable code (the Code constants, such as
// [CodeJSTMismatch]; [Codes] lists them), a [Severity] fixed by its code,
// a message that states both values where two disagree, and the [Span] it
// concerns. A Problem is an error, and [Problems] unwraps to its problems,
// so errors.Is matches a code through its sentinel ([ErrJSTMismatch]…) and
// errors.As reaches each problem: match problems by code, never by message.
// [Problems.AtLeast] keeps the serious ones.
//
// # JSON
//
// json.Marshal(meeting) is the wire format researchers load into pandas or
// R, and its keys are a public contract: snake_case keys, enums as words
// ("courtesy_call", not 3), dates as ISO 8601 ("2022-04-07", or "--04-07"
// without a year), clocks as "09:45", instants in RFC 3339 with their
// offset, durations in ISO 8601 ("PT2H45M") with duration_minutes beside
// them. The schedule's JSON adds the computed start_jst, end_time and
// end_jst ([Schedule.MarshalJSON]). Zero values are left out, except the
// lists, which are always present. The JSON Schema of the document is in
// package [github.com/diplomacy-data/readout/schema]. Every type
// unmarshals from the same form.
//
// # Japanese readouts
//
// Japanese readouts (language "ja") are parsed into the same model. Values
// are reported as written (a name in kanji, a title in Japanese), while the
// place's country is always its English short name, so English and
// Japanese readouts of one meeting can be joined on it. Spans count columns
// in runes, as an editor shows them. Package parse says which Japanese
// phrasings it understands.
//
// # Concurrency
//
// The types of this package are plain values with no hidden state: a
// Meeting may be read from many goroutines at once, and copied. Every
// function of this package is safe for concurrent use; loaded time zones
// are cached behind a sync.Map ([LoadLocation]).
//
// # What is not supported
//
// Like net/mail, readout lists where it departs from what a reader might
// expect (package parse lists the phrasings its grammars do not read):
//
//   - Readouts in languages other than English and Japanese.
//   - Times given only as parts of the day ("in the afternoon", 午後) have
//     no Clock; the date is kept.
//   - A year the text does not give (neither the lead nor the page's date
//     line) stays unknown: the date is kept, with no StartTime computed
//     and nothing to validate against Japan time.
//   - Names are split into family and given names only when the order can
//     be told; otherwise Name alone is set. Groups ("the G7 leaders") are
//     delegations, not participants.
//   - Abbreviations used by several zones ("IST", "CST", "BST", "AST") and
//     countries with several zones without a city or a stated Japan time
//     give no zone rather than a guess.
//   - Historical offsets are those of the IANA database; before 1970 it may
//     differ from what was in force at the time.
package readout
