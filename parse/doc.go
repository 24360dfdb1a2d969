// Package parse reads the text of a diplomatic meeting readout into a
// [readout.Meeting].
//
// # Entry points
//
// [Text] parses a string; [Reader] reads from an [io.Reader] (and decodes
// UTF-16 with a byte order mark). Both take [Option] values:
//
//   - [Source] names the input, for Meeting.Source and error messages;
//   - [Language] forces the grammar ("en" or "ja") instead of detecting it
//     from the characters used;
//   - [Published] supplies the page's date when the text has no date line,
//     so a lead copied out of its page still gets its year;
//   - [MaxBytes] sets the largest input accepted ([DefaultMaxBytes]
//     otherwise, [MaxInputBytes] at most).
//
// A typical call:
//
//	m, err := parse.Text(text, parse.Source(path))
//	if err != nil {
//		log.Fatal(err) // path:2:9: invalid UTF-8: byte 0xff
//	}
//	fmt.Println(m.Schedule.StartJST())
//
// # Errors
//
// Text returns an error only for input that is not a readout's text: empty
// or blank, binary, not UTF-8, UTF-16 given as a string, or larger than the
// limit. The error is an [*Error] with the input's name and the line and
// column of the problem, wrapping one of the sentinels [ErrEmpty],
// [ErrBinary], [ErrInvalidUTF8], [ErrUTF16], [ErrTooLarge]; match them with
// [errors.Is]. A bug in the grammar is caught and returned as [ErrInternal]
// instead of a panic.
//
// Anything else gives a Meeting, however little of it the grammar
// understands. Nothing is silently dropped: text the parser kept but did not
// understand is in Meeting.Unparsed, each fragment with its span and the
// reason. Validation (readout.Validate) turns these into problems beside
// the contradictions it finds.
//
// # How a readout is read
//
// Parsing happens in two layers, as in golang.org/x/mod/modfile.
//
// The structure layer reads the page's shape, whatever the language: the
// category line, an optional title line, the date line, photo captions, the
// lead paragraph, then the body — numbered items ("1.", "1 ", full-width
// "１"), their sub-items ("(1)"), bullets and plain paragraphs — and the
// footer ("Back to ...", which repeats the category and is page navigation).
// Sections and their points come from this layer.
//
// A grammar for the text's language then interprets the lead: when (date,
// start, qualifiers, zone notes, the stated Japan time, duration), where,
// who (principal, counterparts, attendees) and what kind of engagement; and
// the body: statements, later mentions of participants, further sessions.
// The grammars are hand-written scanners over the normalised text, not
// regular expressions run over the whole page, so parsing time is linear in
// the size of the input.
//
// # English phrasings
//
// The English grammar reads the lead word by word and recognises its
// phrases wherever they stand in the sentence:
//
//   - clock times: "9:45 a.m.", "5:50 pm", "8:15pm", "3:30PM", "9:50 P.M.",
//     "6.15p.m.", "0:35 p.m." (12:35), "12 p.m.", "15:00", "12:10hrs",
//     "19:10 p.m." (a 24-hour clock with a stray p.m.), "noon", "midnight";
//   - start qualifiers: "commencing at", "from", "beginning at", "at around",
//     "from around", "from just after", "after"; end times: "until around
//     9:30 p.m.", "from 3:00 to 3:40 p.m.";
//   - durations: "for approximately 2 hours and 45 minutes", "for about",
//     "for roughly", "for just under", "for over", "for 30 minutes", in
//     words ("seventy minutes", "one hour and forty-five minutes", "an hour
//     and a half", "half an hour");
//   - dates: "On April 7", "On Wednesday, May 3", "7 April", with weekday
//     notes ("(Wed)"); the year from the lead, else from the page's date
//     line, else none;
//   - zone notes: "(local time)", "(local time; same day, 4:45 p.m. JST)",
//     "(local time; 7:00 a.m. on September 19 JST)", "(local time, 7 p.m.
//     Japan time)", "(8:00 p.m. on the same day, Japan Time)", "(NY time)",
//     "(France time)", "4:30 P.M. EST", a lone "JST";
//   - several engagements in one lead ("at 12:00 p.m. ... and also at 1:15
//     p.m. ...") and further sessions in the body ("In the afternoon, the
//     Prime Minister attended ..."), kept in Meeting.Sessions;
//   - who: honorifics ("Mr.", "H.E.", "the Hon."), names in MOFA's
//     "HAYASHI Yoshimasa" order and the older "Fumio Kishida" order, titles
//     and countries in apposition, "his Chinese counterpart", later mentions
//     ("Minister Hayashi") linked to the first;
//   - what kind: the lead's verb and engagement ("held a meeting", "paid a
//     courtesy call", "attended the ... Meeting", "held a working lunch",
//     "visited", "had a brief talk"), and the mode ("telephone talk",
//     "video conference", "online").
//
// # Japanese phrasings
//
// The Japanese grammar reads the lead sentence ("…は、現地時間4月7日午前9時45分
// (日本時間7日午後4時45分)から約2時間45分間、…に出席したところ、概要は以下のとおりです。"):
//
//   - clock times 午前9時45分, 午後4時, 午後0時35分, 22時30分, 午後1時半, 正午,
//     with 頃/ごろ (around) and 過ぎ/すぎ (just after), and ranges with から;
//   - durations 約45分間, 約2時間45分, with 約, 弱, 強, 短時間;
//   - dates [本][年][N月]N日 and 同日, era years (令和4年, 平成31年) and
//     Western years, weekday notes (金), (金曜日);
//   - 現地時間 for local time and 日本時間 for the stated Japan time, with
//     its day (同日, 翌日, 前日, or a day of the month);
//   - who and where: names with their titles (林芳正外務大臣), "Xの" country
//     prefixes, countries and cities written in Japanese, mapped to the
//     English short names;
//   - the speech in the body as numbered points, also behind bullets.
//
// # What is not supported
//
// The grammars are designed for the families of phrasings above; among
// what they do not read (each case is listed with its reason in
// testdata/corpus/*.misses.json):
//
//   - a title or a country given only later in the body, as an appositive
//     of a later mention, is not carried back to the participant;
//   - groups of people ("the G7 leaders", "the foreign ministers of NATO")
//     are delegations, not participants;
//   - pages that are not readouts (a press-conference transcript whose
//     times are relative to its own timestamp, "昨晩");
//   - times given only as a part of the day ("in the afternoon", 午後) have
//     no clock;
//   - a year that only the site's navigation gives is not inferred;
//   - of an English lead longer than 16 KiB (real leads are under 2 KB),
//     only the sentences within its first 16 KiB are read (up to a word
//     boundary if the first sentence is longer): the rest stays in
//     Meeting.Lead and is an Unparsed fragment, "lead longer than 16 KiB:
//     the rest is not read". The grammar tokenizes what it reads, so a lead
//     made long cannot make the parse take memory out of proportion.
//
// # Normalisation and positions
//
// The grammars match a normalised copy of the text (Unicode NFKC: full-width
// digits and brackets, no-break spaces; curly quotes folded), but every
// value is reported as written, sliced from the original input, and every
// [readout.Span] points into the original bytes: its offsets index the input
// given to Text, its lines and columns (columns in runes) are what an editor
// shows.
//
// # Languages
//
// The language is detected from the characters used: a text in which kana
// and kanji outweigh Latin letters (a kanji counting for about a word) is
// Japanese, else English. Both languages give the same
// model: the country of a place is its English short name in either, while
// names, titles and texts are as written.
//
// # Concurrency
//
// Text and Reader are safe for concurrent use; parse many readouts in
// parallel by calling them from several goroutines. No result depends on an
// earlier call: the only thing kept between calls is scratch memory (the
// normalised text, the lines, the words), in a [sync.Pool] so that a
// goroutine parsing readout after readout allocates little more than the
// meetings it returns. Buffers over a megabyte are not kept, and the pool
// lets go of what is idle at garbage collection. A Meeting holds no
// reference to that memory.
package parse
