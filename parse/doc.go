// Package parse reads the text of a diplomatic meeting readout into a
// [readout.Meeting].
//
// [Text] is the entry point; [Reader] reads from an [io.Reader]. Both detect
// the language (English or Japanese) unless the [Language] option says it.
//
// Parsing happens in two layers, like golang.org/x/mod/modfile: a structure
// layer reads the page's shape (category line, date line, photo captions, lead
// paragraph, numbered items, sub-items, bullets, footer), then a grammar for
// the language interprets the lead (when, where, who, what kind) and the
// body (statements, later mentions of participants, further sessions).
//
// Input is normalised for matching (Unicode NFKC: full-width digits and
// brackets, no-break spaces; curly quotes folded), but every value is
// reported as written and every [readout.Span] points into the original
// bytes.
//
// Text returns an error only for input that is not a readout's text (empty,
// binary, not UTF-8, larger than [MaxBytes]): an [*Error] wrapping a sentinel
// such as [ErrInvalidUTF8], with the line and column. Everything else yields
// a Meeting; what the grammar did not understand is in its Unparsed list.
//
// Text and Reader are safe for concurrent use.
package parse
