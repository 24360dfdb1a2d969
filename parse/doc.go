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
//     otherwise).
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
// Text and Reader keep no state between calls and are safe for concurrent
// use; parse many readouts in parallel by calling them from several
// goroutines.
package parse
