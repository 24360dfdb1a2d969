package parse

import (
	"errors"
	"slices"
	"strings"

	"github.com/diplomacy-data/readout"
)

// isJapanNote reports whether a zone note names Japan's time ("JST",
// "Japan time", "Japan Standard Time", "Tokyo time").
func isJapanNote(note string) bool {
	z, ok := readout.ZoneNote(note)
	return ok && z == readout.JSTName
}

// setZone chooses the IANA zone of s and computes its start instant: the
// zone written beside the time first, then the place (p.m.Place, read by
// enWho), then — when no place abroad is named and nothing points abroad —
// Japan.
func (p *parser) setZone(s *readout.Schedule) {
	note := s.ZoneNote
	place := p.m.Place
	guess := true // whether the place, then Japan, may choose the zone
	abroad := place.Country != "" && place.Country != "Japan"
	local := note != "" && isLocalNote(note)
	switch {
	case note != "" && !local && isJapanNote(note):
		// (A "local time" note names no zone: it is never Japan's, and
		// it is not looked up.)
		s.TimeZone, s.ZoneSource = readout.JSTName, readout.ZoneFromNote
		if abroad && s.Start.Valid && s.StatedJST.IsZero() {
			// Only the Japan time is written: it is the stated JST too.
			s.StatedJST = readout.StatedTime{Time: s.Start, Span: s.StartSpan}
		}
	case local:
		// "local time in New York": the place named in the note.
		if x := localNotePlace(note); x != "" {
			if z, ok := readout.ZoneNote(x + " time"); ok {
				s.TimeZone, s.ZoneSource = z, readout.ZoneFromNote
			}
		}
	case note != "":
		if z, ok := readout.ZoneNote(note); ok {
			s.TimeZone, s.ZoneSource = z, readout.ZoneFromNote
		} else if zs, err := readout.Abbreviation(note); errors.Is(err, readout.ErrZoneAmbiguous) {
			// "IST", "CST": the place may say which of the zones is
			// meant; otherwise the zone stays unknown and validation
			// reports the abbreviation as ambiguous. Japan is not
			// assumed against a foreign zone written in the text.
			if zc, err := readout.ResolveZone(place.Country, place.City, s.Date, s.Start, s.StatedJST); err == nil && slices.Contains(zs, zc.Name) {
				s.TimeZone, s.ZoneSource = zc.Name, zc.Source
			}
			guess = false
		}
	}
	if s.TimeZone == "" && guess && (place.Country != "" || place.City != "") {
		// An ambiguous or unknown place leaves the zone unset; the
		// validator reports it.
		if zc, err := readout.ResolveZone(place.Country, place.City, s.Date, s.Start, s.StatedJST); err == nil && zc.Name != "" {
			s.TimeZone, s.ZoneSource = zc.Name, zc.Source
		}
	}
	if s.TimeZone == "" && guess && place.Country == "" && place.City == "" && !local && s.StatedJST.IsZero() {
		s.TimeZone, s.ZoneSource = readout.JSTName, readout.ZoneFromJapan
	}
	if s.TimeZone == "" || !s.Start.Valid || !s.Date.IsValid() {
		return
	}
	loc, err := readout.LoadLocation(s.TimeZone)
	if err != nil {
		return
	}
	s.StartTime = s.Date.In(s.Start, loc)
}

// isLocalNote reports whether a zone note is "local time", which names no
// zone: the place decides; or "local time in X", where X may.
func isLocalNote(note string) bool {
	note = strings.TrimSpace(note)
	return len(note) >= len("local time") && strings.EqualFold(note[:len("local time")], "local time") &&
		(len(note) == len("local time") || note[len("local time")] == ' ')
}

// localNotePlace returns X of a note "local time in X", or "".
func localNotePlace(note string) string {
	rest := strings.TrimSpace(strings.TrimSpace(note)[len("local time"):])
	if n := wordAt(rest, "in"); n > 0 {
		return strings.TrimSpace(rest[n:])
	}
	return ""
}
