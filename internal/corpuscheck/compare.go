package main

import (
	"cmp"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/diplomacy-data/readout"
)

// labels are the hand-made labels of one corpus readout (NNN.labels.json);
// see the corpus README. A null value means the text does not say.
type labels struct {
	Source            string          `json:"source"`
	Date              *string         `json:"date"`
	Kind              *string         `json:"kind"`
	StartLocal        *string         `json:"start_local"`
	StartQualifier    *string         `json:"start_qualifier"`
	StatedJST         *string         `json:"stated_jst"`
	StatedJSTDay      *string         `json:"stated_jst_day"`
	DurationMinutes   *int            `json:"duration_minutes"`
	DurationQualifier *string         `json:"duration_qualifier"`
	PlaceCountry      *string         `json:"place_country"`
	PlaceCity         *string         `json:"place_city"`
	Principal         *person         `json:"principal"`
	Counterparts      []person        `json:"counterparts"`
	SecondOpinion     json.RawMessage `json:"second_opinion"`
}

type person struct {
	Name    *string `json:"name"`
	Title   *string `json:"title"`
	Country *string `json:"country"`
}

// fields are the compared fields, in the order the table prints them.
var fields = []string{
	"date", "start_local", "start_qualifier", "stated_jst", "stated_jst_day",
	"duration_minutes", "duration_qualifier", "place_country", "place_city", "kind",
	"principal.name", "principal.title",
	"counterparts.names", "counterparts.titles", "counterparts.countries",
}

// A check is one field of one readout: the labelled value and the parsed
// one, both as text ("" for null / not found).
type check struct {
	File   string `json:"file"`
	Field  string `json:"field"`
	Want   string `json:"want"`
	Got    string `json:"got"`
	Second string `json:"second_opinion,omitempty"` // the second labeller's value, when it differs
}

// OK reports whether the parsed value is the labelled one.
func (c check) OK() bool { return c.Want == c.Got }

// compare checks every field of m against the labels l.
func compare(file string, l labels, m *readout.Meeting) []check {
	want := labelValues(l)
	got := meetingValues(m)
	second := map[string]string{}
	if len(l.SecondOpinion) > 0 && string(l.SecondOpinion) != "null" {
		var so labels
		if json.Unmarshal(l.SecondOpinion, &so) == nil {
			var raw map[string]json.RawMessage
			_ = json.Unmarshal(l.SecondOpinion, &raw)
			sv := labelValues(so)
			for k := range raw {
				if k == "principal" || k == "counterparts" {
					continue
				}
				second[k] = sv[k]
			}
		}
	}
	out := make([]check, 0, len(fields))
	for _, f := range fields {
		c := check{File: file, Field: f, Want: want[f], Got: got[f]}
		if s, ok := second[f]; ok && s != c.Want {
			c.Second = s
		}
		out = append(out, c)
	}
	return out
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// orgSuffix marks an international organisation in a label's country
// column ("NATO (international organization)").
const orgSuffix = " (international organization)"

// labelValues returns the labelled value of each field. The kinds
// "telephone" and "video_conference" are a mode in the model and "other" is
// an informal talk (corpus README). A counterpart's country labelled
// "X (international organization)" is compared as X: the model keeps an
// organisation in Organization, not Country (see meetingValues).
func labelValues(l labels) map[string]string {
	v := map[string]string{
		"date":               str(l.Date),
		"start_local":        str(l.StartLocal),
		"start_qualifier":    str(l.StartQualifier),
		"stated_jst":         str(l.StatedJST),
		"stated_jst_day":     str(l.StatedJSTDay),
		"duration_qualifier": str(l.DurationQualifier),
		"place_country":      str(l.PlaceCountry),
		"place_city":         str(l.PlaceCity),
	}
	if l.DurationMinutes != nil {
		v["duration_minutes"] = strconv.Itoa(*l.DurationMinutes)
	}
	switch k := str(l.Kind); k {
	case "telephone":
		v["kind"] = "mode:telephone"
	case "video_conference":
		v["kind"] = "mode:video"
	case "other":
		v["kind"] = readout.KindInformalTalk.String()
	default:
		v["kind"] = k
	}
	if l.Principal != nil {
		v["principal.name"] = str(l.Principal.Name)
		v["principal.title"] = str(l.Principal.Title)
	}
	var names, titles, countries []string
	for _, c := range l.Counterparts {
		names = append(names, str(c.Name))
		titles = append(titles, str(c.Title))
		countries = append(countries, strings.TrimSuffix(str(c.Country), orgSuffix))
	}
	v["counterparts.names"] = strings.Join(names, " | ")
	v["counterparts.titles"] = strings.Join(titles, " | ")
	v["counterparts.countries"] = strings.Join(countries, " | ")
	return v
}

// meetingValues returns the parsed value of each field, in the labels' terms.
// A counterpart's country is its Country, or its Organization when it
// represents an organisation rather than a country.
func meetingValues(m *readout.Meeting) map[string]string {
	s := m.Schedule
	v := map[string]string{
		"stated_jst":     s.StatedJST.Time.String(),
		"stated_jst_day": s.StatedJST.Day.String(),
		"place_country":  m.Place.Country,
		"place_city":     m.Place.City,
	}
	if s.Date.HasYear() {
		v["date"] = s.Date.String() // a date with no year is labelled null
	}
	if s.Start.Valid {
		v["start_qualifier"] = s.StartQualifier.String()
		// start_local is the time at the place of the meeting: a time
		// written only in Japan time for a meeting abroad is not one.
		abroad := m.Place.Country != "" && m.Place.Country != "Japan"
		if !(abroad && s.ZoneSource == readout.ZoneFromNote && s.TimeZone == readout.JSTName) {
			v["start_local"] = s.Start.String()
		}
	}
	if s.Duration > 0 {
		v["duration_minutes"] = strconv.Itoa(s.Duration.Minutes())
		v["duration_qualifier"] = s.DurationQualifier.String()
	}
	switch m.Mode {
	case readout.ModeTelephone:
		v["kind"] = "mode:telephone"
	case readout.ModeVideo:
		v["kind"] = "mode:video"
	default:
		if m.Kind != readout.KindUnknown {
			v["kind"] = m.Kind.String()
		}
	}
	if p, ok := m.Principal(); ok {
		v["principal.name"] = p.Name
		v["principal.title"] = p.Title
	}
	var names, titles, countries []string
	for _, c := range m.Counterparts() {
		names = append(names, c.Name)
		titles = append(titles, c.Title)
		countries = append(countries, cmp.Or(c.Country, c.Organization))
	}
	v["counterparts.names"] = strings.Join(names, " | ")
	v["counterparts.titles"] = strings.Join(titles, " | ")
	v["counterparts.countries"] = strings.Join(countries, " | ")
	return v
}

// A tally is the result of one field over the corpus.
type tally struct {
	Field   string  `json:"field"`
	Correct int     `json:"correct"`
	Total   int     `json:"total"`
	Misses  []check `json:"misses"`
}

// summarize counts the checks per field, in the order of fields.
func summarize(checks []check) []tally {
	idx := map[string]int{}
	out := make([]tally, len(fields))
	for i, f := range fields {
		idx[f] = i
		out[i] = tally{Field: f, Misses: []check{}}
	}
	for _, c := range checks {
		t := &out[idx[c.Field]]
		t.Total++
		if c.OK() {
			t.Correct++
		} else {
			t.Misses = append(t.Misses, c)
		}
	}
	return out
}
