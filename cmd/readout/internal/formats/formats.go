// Package formats writes parsed readouts in the export formats of the
// readout command: json, jsonl, csv, csv-participants, ics, text and plover.
//
// A [Format] is used in three steps: Begin once, then Encode for every
// document (from many goroutines at once, each into its own buffer), then the
// buffers are written in input order with Separator between them, then End
// once. This lets the command encode in parallel and still stream its output
// in order with flat memory.
package formats

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/diplomacy-data/readout"
)

// A Doc is one parsed readout: the meeting and the text it was parsed from
// (the spans in the meeting point into Src).
type Doc struct {
	Meeting *readout.Meeting
	Src     string
}

// A Format writes documents in one export format. Encode is safe for
// concurrent use; Begin, Separator and End are called from one goroutine.
type Format interface {
	// Begin writes what comes before the first document (a CSV header, a
	// calendar's opening lines).
	Begin(w io.Writer) error
	// Encode appends the record(s) of d to buf. Notes are messages for the
	// user about d that are not errors (an event left out of a calendar).
	Encode(buf *bytes.Buffer, d Doc) (notes []string, err error)
	// Separator returns what goes between two documents' records.
	Separator() string
	// End writes what comes after the last document.
	End(w io.Writer) error
}

// Names lists the formats New accepts, in the order the help text gives them.
var Names = []string{"json", "jsonl", "csv", "csv-participants", "ics", "text", "plover"}

// New returns the format called name. multi reports whether several documents
// may follow: the json format then writes a JSON array instead of a single
// object.
func New(name string, multi bool) (Format, error) {
	switch name {
	case "json":
		return &jsonFormat{array: multi}, nil
	case "jsonl":
		return jsonlFormat{}, nil
	case "csv":
		return meetingsCSV{}, nil
	case "csv-participants":
		return participantsCSV{}, nil
	case "ics":
		return newICS(), nil
	case "text":
		return textFormat{}, nil
	case "plover":
		return ploverFormat{}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(Names, ", "))
}

// nop provides the empty Begin, Separator and End of the record-per-line
// formats.
type nop struct{}

func (nop) Begin(io.Writer) error { return nil }
func (nop) Separator() string     { return "" }
func (nop) End(io.Writer) error   { return nil }

// counterparts returns the names of m's counterparts, falling back to their
// titles for counterparts the text does not name.
func counterparts(m *readout.Meeting) []string {
	var out []string
	for _, p := range m.Counterparts() {
		out = append(out, personName(p))
	}
	return out
}

// personName returns the name of p as written, or its title when the text
// does not name the person.
func personName(p readout.Participant) string {
	if p.Name != "" {
		return p.Name
	}
	if p.Title != "" {
		return p.Title
	}
	return p.Organization
}

// place returns "venue, city, country" with the empty parts left out.
func place(p readout.Place) string {
	return joinNonEmpty(", ", p.Venue, p.City, p.Country)
}

func joinNonEmpty(sep string, parts ...string) string {
	var b strings.Builder
	for _, s := range parts {
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
	}
	return b.String()
}

// lead returns the text of m's lead sentence, or "" when it is unknown.
func lead(d Doc) string {
	return oneLine(d.Meeting.Lead.Text)
}

// oneLine folds runs of white space (line breaks included) into one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
