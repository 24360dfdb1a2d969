package parse

import (
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
	abroad := place.Country != "" && place.Country != "Japan"
	switch {
	case note != "" && isJapanNote(note):
		s.TimeZone, s.ZoneSource = readout.JSTName, readout.ZoneFromNote
		if abroad && s.Start.Valid && s.StatedJST.IsZero() {
			// Only the Japan time is written: it is the stated JST too.
			s.StatedJST = readout.StatedTime{Time: s.Start, Span: s.StartSpan}
		}
	case note != "" && !isLocalNote(note):
		if z, ok := readout.ZoneNote(note); ok {
			s.TimeZone, s.ZoneSource = z, readout.ZoneFromNote
		}
	}
	if s.TimeZone == "" && (place.Country != "" || place.City != "") {
		// An ambiguous or unknown place leaves the zone unset; the
		// validator reports it.
		if zc, err := readout.ResolveZone(place.Country, place.City, s.Date, s.Start, s.StatedJST); err == nil && zc.Name != "" {
			s.TimeZone, s.ZoneSource = zc.Name, zc.Source
		}
	}
	if s.TimeZone == "" && place.Country == "" && place.City == "" && !isLocalNote(note) && s.StatedJST.IsZero() {
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
// zone: the place decides.
func isLocalNote(note string) bool {
	return strings.EqualFold(strings.TrimSpace(note), "local time")
}
