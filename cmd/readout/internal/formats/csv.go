package formats

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"
)

// meetingsHeader names the columns of the csv format: one row per meeting,
// flattened for spreadsheets, pandas and R.
var meetingsHeader = []string{
	"source", "language", "category", "published",
	"date", "weekday", "start", "start_qualifier", "time_zone", "start_time", "start_jst",
	"duration_minutes", "duration_qualifier", "end_time", "end_jst",
	"kind", "mode", "event", "country", "city", "venue",
	"principal", "principal_title", "counterparts", "counterpart_countries",
	"sessions", "participants", "points", "unparsed",
}

// meetingsCSV is the csv format. Instants are RFC 3339; a value the readout
// does not give is the empty string; lists are joined with "; ".
type meetingsCSV struct{}

func (meetingsCSV) Begin(w io.Writer) error { return writeRow(w, meetingsHeader) }
func (meetingsCSV) Separator() string       { return "" }
func (meetingsCSV) End(io.Writer) error     { return nil }

func (meetingsCSV) Encode(buf *bytes.Buffer, d Doc) ([]string, error) {
	m := d.Meeting
	s := m.Schedule
	var principal, principalTitle string
	if p, ok := m.Principal(); ok {
		principal, principalTitle = personName(p), p.Title
	}
	var countries []string
	for _, p := range m.Counterparts() {
		c := p.Country
		if c == "" {
			c = p.Organization
		}
		countries = append(countries, c)
	}
	points := 0
	for _, st := range m.Statements {
		points += len(st.Points)
	}
	minutes := ""
	if s.Duration != 0 {
		minutes = strconv.Itoa(s.Duration.Minutes())
	}
	row := []string{
		m.Source, m.Language, m.Category, m.Published.String(),
		s.Date.String(), s.Weekday, s.Start.String(), qualifier(s.Start.Valid, s.StartQualifier.String()),
		s.TimeZone, rfc3339(s.StartTime), rfc3339(s.StartJST()),
		minutes, qualifier(s.Duration != 0, s.DurationQualifier.String()), rfc3339(s.EndTime()), rfc3339(s.EndJST()),
		m.Kind.String(), m.Mode.String(), m.Event, m.Place.Country, m.Place.City, m.Place.Venue,
		principal, principalTitle, strings.Join(counterparts(m), "; "), strings.Join(countries, "; "),
		strconv.Itoa(1 + len(m.Sessions)), strconv.Itoa(len(m.Participants)), strconv.Itoa(points), strconv.Itoa(len(m.Unparsed)),
	}
	return nil, writeRow(buf, row)
}

// participantsHeader names the columns of the csv-participants format.
var participantsHeader = []string{
	"source", "date", "name", "family_name", "given_name", "honorific", "title",
	"country", "organization", "role", "line", "column",
}

// participantsCSV is the csv-participants format: one row per participant,
// with the meeting's source and date to join on.
type participantsCSV struct{}

func (participantsCSV) Begin(w io.Writer) error { return writeRow(w, participantsHeader) }
func (participantsCSV) Separator() string       { return "" }
func (participantsCSV) End(io.Writer) error     { return nil }

func (participantsCSV) Encode(buf *bytes.Buffer, d Doc) ([]string, error) {
	m := d.Meeting
	w := csv.NewWriter(buf)
	for _, p := range m.Participants {
		line, col := "", ""
		if p.Span.IsValid() {
			line, col = strconv.Itoa(int(p.Span.Start.Line)), strconv.Itoa(int(p.Span.Start.Column))
		}
		w.Write([]string{
			m.Source, m.Schedule.Date.String(), p.Name, p.FamilyName, p.GivenName, p.Honorific, p.Title,
			p.Country, p.Organization, p.Role.String(), line, col,
		})
	}
	w.Flush()
	return nil, w.Error()
}

func writeRow(w io.Writer, row []string) error {
	cw := csv.NewWriter(w)
	cw.Write(row)
	cw.Flush()
	return cw.Error()
}

// qualifier returns q when the value it qualifies is present, else "": a
// missing start is not "exact".
func qualifier(present bool, q string) string {
	if !present {
		return ""
	}
	return q
}

// rfc3339 formats t, or returns "" for the zero time.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
