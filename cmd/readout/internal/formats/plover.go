package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"time"

	"github.com/diplomacy-data/readout"
)

// ploverFormat writes one PLOVER event record per meeting, as JSON Lines.
//
// Every readout reports a meeting, so the event is CONSULT. Its mode:
//
//   - phone: by telephone or video conference;
//   - multilateral: attendance at a multilateral meeting;
//   - visit: in person in the counterpart's country (the principal is the
//     visitor, the actor; the counterpart the recipient) or in the
//     principal's country (the counterpart is the visitor);
//   - third-party: in person in a third country;
//   - "" when the place or the counterpart is unknown.
//
// PLOVER records are dyadic: actor is the principal's country (Japan unless
// the text says otherwise) and recipient the first counterpart's, swapped for
// a visit received. Countries are ISO 3166-1 alpha-3 codes; an international
// organisation is its name as written ("NATO"), which has no ISO code.
//
// Event-data sets keep only the day; readout adds time, enddate and endtime
// as local times with their UTC offset, and the IANA zone in timezone, so
// the zone is explicit. event_text and text are the readout's lead sentence.
type ploverFormat struct{ nop }

type ploverRecord struct {
	ID        string     `json:"id"`
	HasEvent  bool       `json:"has_event"`
	Date      string     `json:"date,omitempty"`
	Time      string     `json:"time,omitempty"`
	EndDate   string     `json:"enddate,omitempty"`
	EndTime   string     `json:"endtime,omitempty"`
	TimeZone  string     `json:"timezone,omitempty"`
	Actor     string     `json:"actor"`
	Recipient string     `json:"recipient"`
	Event     string     `json:"event"`
	Mode      string     `json:"mode"`
	EventLoc  ploverLoc  `json:"event_loc"`
	EventText string     `json:"event_text"`
	Text      string     `json:"text"`
	CiteInfo  string     `json:"cite_info"`
	Coder     string     `json:"coder"`
	Comment   string     `json:"comment,omitempty"`
	TextInfo  ploverInfo `json:"text_info"`
}

type ploverLoc struct {
	Name    string `json:"name,omitempty"`
	Country string `json:"country,omitempty"`
}

type ploverInfo struct {
	Language  string `json:"language,omitempty"`
	Published string `json:"published,omitempty"`
	Category  string `json:"category,omitempty"`
}

func (ploverFormat) Encode(buf *bytes.Buffer, d Doc) ([]string, error) {
	m := d.Meeting
	s := m.Schedule
	h := fnv.New64a()
	io.WriteString(h, m.Source)
	r := ploverRecord{
		ID:        fmt.Sprintf("readout-%016x", h.Sum64()),
		HasEvent:  true,
		Event:     "CONSULT",
		EventLoc:  ploverLoc{Name: place(m.Place), Country: isoCode(m.Place.Country)},
		EventText: lead(d),
		CiteInfo:  m.Source,
		Coder:     "readout",
		TextInfo:  ploverInfo{Language: m.Language, Published: m.Published.String(), Category: m.Category},
	}
	r.Text = r.EventText
	switch {
	case !s.StartTime.IsZero():
		r.Date, r.Time = s.StartTime.Format(time.DateOnly), s.StartTime.Format("15:04:05Z07:00")
		r.TimeZone = s.TimeZone
		if end := s.EndTime(); !end.IsZero() {
			r.EndDate, r.EndTime = end.Format(time.DateOnly), end.Format("15:04:05Z07:00")
		}
	case s.Date.HasYear():
		r.Date = s.Date.String()
	case m.Published.HasYear():
		r.Date = m.Published.String()
		r.Comment = "date is the page's date line"
	}
	principal := "JPN"
	if p, ok := m.Principal(); ok && p.Country != "" {
		principal = actorCode(p.Country, "")
	}
	counterpart := ""
	if cs := m.Counterparts(); len(cs) > 0 {
		counterpart = actorCode(cs[0].Country, cs[0].Organization)
	}
	r.Actor, r.Recipient = principal, counterpart
	at := isoCode(m.Place.Country)
	switch {
	case m.Mode == readout.ModeTelephone || m.Mode == readout.ModeVideo:
		r.Mode = "phone"
	case m.Kind == readout.KindMultilateral:
		r.Mode = "multilateral"
	case at == "" || counterpart == "":
	case at == counterpart:
		r.Mode = "visit"
	case at == principal:
		r.Mode = "visit"
		r.Actor, r.Recipient = counterpart, principal
	default:
		r.Mode = "third-party"
	}
	r.Comment = joinNonEmpty("; ", r.Comment, "kind "+m.Kind.String(), "mode "+m.Mode.String())
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return nil, enc.Encode(r)
}

// actorCode returns the ISO 3166-1 alpha-3 code of country, else the
// organisation's name, else the country as written.
func actorCode(country, org string) string {
	if c := isoCode(country); c != "" {
		return c
	}
	if org != "" {
		return oneLine(org)
	}
	return strings.TrimSpace(country)
}
