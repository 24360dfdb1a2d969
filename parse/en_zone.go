package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
)

// The zone step needs three functions of the root package's zone API
// (readout.ZoneNote, readout.ResolveZone), which is being written on branch
// tz. Until it is merged, these stand-ins know only Japan: a note naming
// Japan time and a place in Japan.
//
// TODO(tz): call readout.ZoneNote and readout.ResolveZone directly once the
// tz branch is in main, and delete the stand-ins.
var (
	zoneOfNote       = stubZoneNote
	resolvePlaceZone = stubResolveZone
)

func stubZoneNote(note string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(note)) {
	case "jst", "japan time", "japan standard time", "tokyo time":
		return readout.JSTName, true
	}
	return "", false
}

func stubResolveZone(country, city string, _ readout.Date, _ readout.Clock, _ readout.StatedTime) (string, readout.ZoneSource, error) {
	if country == "Japan" {
		return readout.JSTName, readout.ZoneFromJapan, nil
	}
	return "", readout.ZoneNone, nil
}

// isJapanNote reports whether a zone note names Japan's time ("JST",
// "Japan time", "Japan Standard Time", "Tokyo time").
func isJapanNote(note string) bool {
	z, ok := zoneOfNote(note)
	return ok && z == readout.JSTName
}

// setZone chooses the IANA zone of s and computes its start instant: the
// zone written beside the time first, then the place (p.m.Place, read by
// enWho), then — when no place abroad is named and nothing points abroad —
// Japan.
func (p *parser) setZone(s *readout.Schedule, dateNote string) {
	note := s.ZoneNote
	if note == "" {
		note = dateNote
	}
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
		if z, ok := zoneOfNote(note); ok {
			s.TimeZone, s.ZoneSource = z, readout.ZoneFromNote
		}
	}
	if s.TimeZone == "" && (place.Country != "" || place.City != "") {
		if z, src, err := resolvePlaceZone(place.Country, place.City, s.Date, s.Start, s.StatedJST); err == nil && z != "" {
			s.TimeZone, s.ZoneSource = z, src
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
