package readout

import (
	"encoding/json"
	"time"
)

// A Meeting is one readout, parsed: when and where the engagement took place,
// who took part, what kind of engagement it was, and what was said. It is the
// value [github.com/diplomacy-data/readout/parse.Text] returns and the
// document `json.Marshal` writes (the JSON keys are a public contract).
//
// A Meeting is a plain value: the zero Meeting is an empty readout, and a
// Meeting may be copied, compared with go-cmp and read from many goroutines
// at once. Every element read from the text carries the [Span] it was read
// from; text the parser kept but did not understand is in Unparsed.
type Meeting struct {
	// Source is the input's name as given: a file path, "-" for standard
	// input, "embedded" for the built-in sample.
	Source string `json:"source"`
	// Language is the BCP 47 tag of the text: "en" or "ja".
	Language string `json:"language"`
	// Category is the page's section line, such as
	// "North Atlantic Treaty Organization (NATO)".
	Category     string `json:"category"`
	CategorySpan Span   `json:"category_span,omitzero"`
	// Title is the page's headline, when it has one apart from the category.
	Title     string `json:"title,omitempty"`
	TitleSpan Span   `json:"title_span,omitzero"`
	// Published is the page's date line.
	Published     Date `json:"published,omitzero"`
	PublishedSpan Span `json:"published_span,omitzero"`

	// Kind and Mode classify the engagement, read from the whole lead.
	Kind Kind `json:"kind"`
	Mode Mode `json:"mode"`
	// Event is the event as named in the lead sentence, such as
	// "Meeting of Ministers of Foreign Affairs".
	Event     string `json:"event,omitempty"`
	EventSpan Span   `json:"event_span,omitzero"`
	// Lead is the lead paragraph, as written, that the schedule, place and
	// principal were read from.
	Lead Passage `json:"lead,omitzero"`

	Schedule Schedule `json:"schedule"`
	Place    Place    `json:"place"`
	// Sessions holds the further engagements of a multi-event readout (a
	// meeting followed by a working lunch, a day's schedule); the first
	// engagement is the Meeting itself.
	Sessions []Session `json:"sessions,omitempty"`

	Participants []Participant `json:"participants"`
	Delegations  []Delegation  `json:"delegations"`
	Photos       []Photo       `json:"photos"`
	Sections     []Section     `json:"sections"`
	Statements   []Statement   `json:"statements"`
	// Unparsed holds every fragment of the input that the parser kept but
	// did not understand. Nothing in the input is silently dropped.
	Unparsed []Fragment `json:"unparsed"`
	// Problems holds what validation found, when the meeting was validated.
	Problems Problems `json:"problems,omitempty"`
}

// Principal returns the participant whose role is [RolePrincipal], and
// reports whether there is one.
func (m *Meeting) Principal() (Participant, bool) {
	for _, p := range m.Participants {
		if p.Role == RolePrincipal {
			return p, true
		}
	}
	return Participant{}, false
}

// Counterparts returns the participants whose role is [RoleCounterpart], in
// order of appearance.
func (m *Meeting) Counterparts() []Participant {
	var out []Participant
	for _, p := range m.Participants {
		if p.Role == RoleCounterpart {
			out = append(out, p)
		}
	}
	return out
}

// A Schedule is when an engagement took place: the local date and wall
// clock, the zone they are in, the instant that gives, the Japan time the
// text states, and the duration.
//
// Date and Start are what the text says; StartTime is computed from them
// through the IANA zone TimeZone and is the zero time when the date, the year,
// the clock or the zone is missing. The JSON form adds the computed
// start_jst, end_time, end_jst and duration_minutes.
type Schedule struct {
	Date     Date `json:"date,omitzero"`
	DateSpan Span `json:"date_span,omitzero"`
	// Weekday is the day of the week the text states beside the date
	// ("(Wed)", "Saturday,"), as the English day name; "" when unstated.
	Weekday string `json:"weekday,omitempty"`

	Start          Clock          `json:"start,omitzero"`
	StartQualifier StartQualifier `json:"start_qualifier"`
	StartSpan      Span           `json:"start_span,omitzero"`

	// TimeZone is the IANA name of the zone of Start, such as
	// "Europe/Brussels"; ZoneSource says how it was chosen.
	TimeZone   string     `json:"time_zone,omitempty"`
	ZoneSource ZoneSource `json:"zone_source,omitzero"`
	// ZoneNote is the zone as the text writes it beside the time
	// ("local time", "NY time", "EST"), with its span.
	ZoneNote     string `json:"zone_note,omitempty"`
	ZoneNoteSpan Span   `json:"zone_note_span,omitzero"`

	// StartTime is the instant of Start on Date in TimeZone.
	StartTime time.Time `json:"start_time,omitzero"`

	// StatedJST is the Japan time the text states beside the local time.
	StatedJST StatedTime `json:"stated_jst,omitzero"`

	Duration          Duration          `json:"duration,omitzero"`
	DurationQualifier DurationQualifier `json:"duration_qualifier"`
	DurationSpan      Span              `json:"duration_span,omitzero"`
	// End is an end time the text states instead of (or beside) a
	// duration ("until around 9:30 p.m.").
	End     Clock `json:"end,omitzero"`
	EndSpan Span  `json:"end_span,omitzero"`
	// EndDay is the day of End relative to Date when the text states it
	// ("until 1:00 a.m. the next day", "until 1:00 a.m. on June 11"):
	// DayNext for an end past midnight; DayUnstated when the text does not
	// say, and an End earlier than Start then reads as past midnight only
	// when the night is short (see [Validate]).
	EndDay DayRelation `json:"end_day,omitzero"`

	// Span covers the whole time phrase.
	Span Span `json:"span,omitzero"`
}

// StartJST returns StartTime in Japan Standard Time (Asia/Tokyo), or the zero
// time if StartTime is zero.
func (s Schedule) StartJST() time.Time {
	if s.StartTime.IsZero() {
		return time.Time{}
	}
	return s.StartTime.In(JST())
}

// EndTime returns StartTime plus Duration, or the zero time if either is
// unknown.
func (s Schedule) EndTime() time.Time {
	if s.StartTime.IsZero() || s.Duration == 0 {
		return time.Time{}
	}
	return s.StartTime.Add(time.Duration(s.Duration))
}

// EndJST returns [Schedule.EndTime] in Japan Standard Time.
func (s Schedule) EndJST() time.Time {
	if t := s.EndTime(); !t.IsZero() {
		return t.In(JST())
	}
	return time.Time{}
}

// MarshalJSON writes the schedule with the computed start_jst, end_time,
// end_jst and duration_minutes beside the stored fields.
func (s Schedule) MarshalJSON() ([]byte, error) {
	type stored Schedule
	return json.Marshal(struct {
		stored
		StartJST        time.Time `json:"start_jst,omitzero"`
		DurationMinutes int       `json:"duration_minutes,omitzero"`
		EndTime         time.Time `json:"end_time,omitzero"`
		EndJST          time.Time `json:"end_jst,omitzero"`
	}{stored(s), s.StartJST(), s.Duration.Minutes(), s.EndTime(), s.EndJST()})
}

// A StatedTime is a Japan time written in the text beside the local time,
// such as "same day, 4:45 p.m. JST". It is what the text says, right or
// wrong; validation compares it with the computed time.
type StatedTime struct {
	Time Clock       `json:"time,omitzero"`
	Day  DayRelation `json:"day,omitzero"`
	// Date is the JST date when the text writes one ("7:00 a.m. on
	// September 19 JST", 日本時間7日).
	Date Date `json:"date,omitzero"`
	Span Span `json:"span,omitzero"`
}

// IsZero reports whether the text states nothing about Japan time: no
// clock, no day and no date. A day stated without a clock (日本時間同日) is
// not zero.
func (t StatedTime) IsZero() bool { return !t.Time.Valid && t.Day == DayUnstated && t.Date.IsZero() }

// A ZoneSource says how a schedule's time zone was chosen.
type ZoneSource int

// The zone sources, from the most to the least direct.
const (
	ZoneNone          ZoneSource = iota // no zone could be chosen
	ZoneFromNote                        // a zone written beside the time ("EST", "NY time", "Japan time")
	ZoneFromCity                        // the city of the place
	ZoneFromCountry                     // the country of the place (a single-zone country)
	ZoneFromStatedJST                   // a multi-zone country, decided by the stated JST offset
	ZoneFromJapan                       // no place abroad: the meeting was in Japan
)

var zoneSourceNames = []string{"none", "note", "city", "country", "stated_jst", "japan"}

// String returns the wire name of z, such as "country".
func (z ZoneSource) String() string { return enumText(zoneSourceNames, int(z)) }

// MarshalText implements [encoding.TextMarshaler].
func (z ZoneSource) MarshalText() ([]byte, error) { return []byte(z.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (z *ZoneSource) UnmarshalText(b []byte) error {
	i, err := enumParse("zone source", zoneSourceNames, b)
	*z = ZoneSource(i)
	return err
}

// A Place is where an engagement took place, as far as the text says.
// Country is the English short name ("Belgium", "United States"), whatever
// the language of the text. City is as written in an English readout
// ("Washington D.C."); a Japanese readout gives the city's English name when
// the place table knows it (ニューヨーク → "New York") and the name as
// written otherwise. Venue is as written.
type Place struct {
	Country string `json:"country"`
	City    string `json:"city"`
	Venue   string `json:"venue"`
	Span    Span   `json:"span,omitzero"`
}

// A Session is a further engagement in a multi-event readout: a working
// lunch after the meeting, the next item of a day's schedule.
type Session struct {
	Kind     Kind     `json:"kind"`
	Mode     Mode     `json:"mode"`
	Event    string   `json:"event,omitempty"`
	Schedule Schedule `json:"schedule"`
	Span     Span     `json:"span,omitzero"`
}

// A Delegation is a country or organisation listed as taking part, such as
// the partners in "invited partner countries (Japan, Australia, ...)".
type Delegation struct {
	Name string `json:"name"`
	Span Span   `json:"span,omitzero"`
}

// A Photo is a photo of the page, by its caption line. A photo the page's
// text shows only by a placeholder ("• 画像1") has the placeholder as its
// caption, or the short line after it when there is one.
//
// Label is the placeholder itself ("画像1", "Photo 2") when a caption line
// follows it, with its own span.
type Photo struct {
	Caption   string `json:"caption"`
	Span      Span   `json:"span,omitzero"`
	Label     string `json:"label,omitempty"`
	LabelSpan Span   `json:"label_span,omitzero"`
}

// A Section is a top-level numbered item of the readout's body ("1. ...").
// Number is 0 for an unnumbered paragraph or bullet. Heading is set when the
// item is a short heading line ("1. Bilateral Relations") followed by its
// text. Text is the item's own text, as written, without its marker and
// without its sub-items; Points are its sub-items ("(1) ...") and Span covers
// the whole item. HeadingSpan and TextSpan are the spans of Heading and Text.
type Section struct {
	Number      int           `json:"number"`
	Heading     string        `json:"heading,omitempty"`
	HeadingSpan Span          `json:"heading_span,omitzero"`
	Text        string        `json:"text"`
	TextSpan    Span          `json:"text_span,omitzero"`
	Points      []SpeechPoint `json:"points,omitempty"`
	Span        Span          `json:"span,omitzero"`
}

// A Passage is a stretch of the text kept as written, with its span.
type Passage struct {
	Text string `json:"text"`
	Span Span   `json:"span,omitzero"`
}

// A Fragment is text kept but not understood, with the reason.
type Fragment struct {
	Text   string `json:"text"`
	Reason string `json:"reason,omitempty"`
	Span   Span   `json:"span,omitzero"`
}
