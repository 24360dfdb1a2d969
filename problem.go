package readout

import "errors"

// A Severity ranks a [Problem]. The zero Severity is SeverityInfo.
type Severity int

// The severities, from the least to the most serious.
const (
	SeverityInfo    Severity = iota // a note for the reader
	SeverityWarning                 // doubtful or incomplete data
	SeverityError                   // a contradiction inside the text
)

var severityNames = []string{"info", "warning", "error"}

// String returns "info", "warning" or "error".
func (s Severity) String() string { return enumText(severityNames, int(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Severity) UnmarshalText(b []byte) error {
	i, err := enumParse("severity", severityNames, b)
	*s = Severity(i)
	return err
}

// A Problem is one inconsistency or doubt found in a readout, located by its
// span. Code is stable (such as "jst-mismatch", one of the Code constants)
// and safe to match on, as is the sentinel error of each code:
// errors.Is(p, ErrJSTMismatch) reports whether p has the code
// CodeJSTMismatch. Message is for people; where two values disagree it
// states both.
//
// Source is the name of the input (the Meeting's Source); it prefixes the
// Error string and is left out of the JSON form, which sits beside the
// meeting that names its source.
type Problem struct {
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Span     Span     `json:"span,omitzero"`
	Source   string   `json:"-"`
}

// Error returns "source:line:col: severity code: message", leaving out the
// source when it is "" and the position when the span is unknown.
func (p *Problem) Error() string {
	s := p.Source
	if p.Span.IsValid() {
		if s != "" {
			s += ":"
		}
		s += p.Span.Start.String()
	}
	if s != "" {
		s += ": "
	}
	return s + p.Severity.String() + " " + p.Code + ": " + p.Message
}

// Is reports whether target is the sentinel error of p's code, such as
// [ErrJSTMismatch] for "jst-mismatch", so that errors.Is matches a problem
// by its code.
func (p *Problem) Is(target error) bool {
	s, ok := sentinels[p.Code]
	return ok && s == target
}

// The problem codes. Each is stable: programs may match on it (or on its
// sentinel error with [errors.Is]). The severity of each is fixed and given
// after the code.
const (
	// CodeJSTMismatch (error): the stated Japan time differs from the local
	// time converted through the IANA zone.
	CodeJSTMismatch = "jst-mismatch"
	// CodeJSTDayMismatch (error): the stated day of the Japan time ("same
	// day", "next day", a written date) differs from the computed one.
	CodeJSTDayMismatch = "jst-day-mismatch"
	// CodeZoneUnknown (warning): no time zone could be found for the place,
	// so the local time cannot be converted.
	CodeZoneUnknown = "zone-unknown"
	// CodeZoneAmbiguous (warning): the place spans several zones and
	// nothing (city, stated Japan time) decides, or the zone abbreviation
	// written beside the time has several meanings ("IST").
	CodeZoneAmbiguous = "zone-ambiguous"
	// CodeAbbreviationSeason (info): the abbreviation written beside the
	// time is not the one the zone uses on that day ("CET" in summer, when
	// the clocks show CEST). The IANA meaning still gives one answer.
	CodeAbbreviationSeason = "abbreviation-season"
	// CodeTimeInGap (warning): the local time does not exist on that day:
	// the clocks skipped it when daylight saving time began.
	CodeTimeInGap = "time-in-gap"
	// CodeTimeInOverlap (warning): the local time happened twice on that
	// day, when daylight saving time ended.
	CodeTimeInOverlap = "time-in-overlap"
	// CodeDurationImplausible (error): a duration of zero, below zero or
	// over 24 hours, or an end time before the start.
	CodeDurationImplausible = "duration-implausible"
	// CodeDateWeekdayMismatch (error): the weekday written beside the date
	// is not that date's.
	CodeDateWeekdayMismatch = "date-weekday-mismatch"
	// CodeDateFarFromPublished (warning): the meeting's date is after the
	// page's date, or long before it.
	CodeDateFarFromPublished = "date-far-from-published"
	// CodeNumbering (warning): a gap, a duplicate or a restart in the
	// numbers of the sections or of the points in one section.
	CodeNumbering = "numbering"
	// CodeNoPrincipal (warning): no participant is the principal.
	CodeNoPrincipal = "no-principal"
	// CodeParticipantIncomplete (info): the text does not give the name,
	// title or country of the principal or a counterpart.
	CodeParticipantIncomplete = "participant-incomplete"
	// CodeTextDoubledPunctuation (warning): two punctuation marks where one
	// was meant (", ,").
	CodeTextDoubledPunctuation = "text-doubled-punctuation"
	// CodeTextDoubledWord (warning): a word written twice in a row ("the
	// the").
	CodeTextDoubledWord = "text-doubled-word"
	// CodeTextUnbalanced (warning): a bracket or quotation mark that is not
	// closed, or closed by the wrong one.
	CodeTextUnbalanced = "text-unbalanced"
	// CodeTextSpaceBeforePunctuation (warning): a space before a comma,
	// full stop or the like ("Abe ,").
	CodeTextSpaceBeforePunctuation = "text-space-before-punctuation"
	// CodeUnparsed (info): a fragment of the text the parser kept but did
	// not understand.
	CodeUnparsed = "unparsed"
)

// Sentinel errors, one per code: errors.Is(err, ErrJSTMismatch) reports
// whether err is, or (for [Problems]) holds, a problem with that code.
// Each error's text is its code. The codes zone-unknown and zone-ambiguous
// match [ErrZoneUnknown] and [ErrZoneAmbiguous], the errors of the zone
// functions.
var (
	ErrJSTMismatch                = errors.New(CodeJSTMismatch)
	ErrJSTDayMismatch             = errors.New(CodeJSTDayMismatch)
	ErrAbbreviationSeason         = errors.New(CodeAbbreviationSeason)
	ErrTimeInGap                  = errors.New(CodeTimeInGap)
	ErrTimeInOverlap              = errors.New(CodeTimeInOverlap)
	ErrDurationImplausible        = errors.New(CodeDurationImplausible)
	ErrDateWeekdayMismatch        = errors.New(CodeDateWeekdayMismatch)
	ErrDateFarFromPublished       = errors.New(CodeDateFarFromPublished)
	ErrNumbering                  = errors.New(CodeNumbering)
	ErrNoPrincipal                = errors.New(CodeNoPrincipal)
	ErrParticipantIncomplete      = errors.New(CodeParticipantIncomplete)
	ErrTextDoubledPunctuation     = errors.New(CodeTextDoubledPunctuation)
	ErrTextDoubledWord            = errors.New(CodeTextDoubledWord)
	ErrTextUnbalanced             = errors.New(CodeTextUnbalanced)
	ErrTextSpaceBeforePunctuation = errors.New(CodeTextSpaceBeforePunctuation)
	ErrUnparsed                   = errors.New(CodeUnparsed)
)

// codeInfo is what the package knows about each code.
type codeInfo struct {
	severity Severity
	sentinel error
}

var codes = map[string]codeInfo{
	CodeJSTMismatch:                {SeverityError, ErrJSTMismatch},
	CodeJSTDayMismatch:             {SeverityError, ErrJSTDayMismatch},
	CodeZoneUnknown:                {SeverityWarning, ErrZoneUnknown},
	CodeZoneAmbiguous:              {SeverityWarning, ErrZoneAmbiguous},
	CodeAbbreviationSeason:         {SeverityInfo, ErrAbbreviationSeason},
	CodeTimeInGap:                  {SeverityWarning, ErrTimeInGap},
	CodeTimeInOverlap:              {SeverityWarning, ErrTimeInOverlap},
	CodeDurationImplausible:        {SeverityError, ErrDurationImplausible},
	CodeDateWeekdayMismatch:        {SeverityError, ErrDateWeekdayMismatch},
	CodeDateFarFromPublished:       {SeverityWarning, ErrDateFarFromPublished},
	CodeNumbering:                  {SeverityWarning, ErrNumbering},
	CodeNoPrincipal:                {SeverityWarning, ErrNoPrincipal},
	CodeParticipantIncomplete:      {SeverityInfo, ErrParticipantIncomplete},
	CodeTextDoubledPunctuation:     {SeverityWarning, ErrTextDoubledPunctuation},
	CodeTextDoubledWord:            {SeverityWarning, ErrTextDoubledWord},
	CodeTextUnbalanced:             {SeverityWarning, ErrTextUnbalanced},
	CodeTextSpaceBeforePunctuation: {SeverityWarning, ErrTextSpaceBeforePunctuation},
	CodeUnparsed:                   {SeverityInfo, ErrUnparsed},
}

var sentinels = func() map[string]error {
	m := make(map[string]error, len(codes))
	for c, i := range codes {
		m[c] = i.sentinel
	}
	return m
}()

// Codes returns every problem code [Validate] may report, in a fixed order.
func Codes() []string {
	return []string{
		CodeJSTMismatch, CodeJSTDayMismatch, CodeZoneUnknown, CodeZoneAmbiguous,
		CodeAbbreviationSeason, CodeTimeInGap, CodeTimeInOverlap, CodeDurationImplausible,
		CodeDateWeekdayMismatch, CodeDateFarFromPublished, CodeNumbering, CodeNoPrincipal,
		CodeParticipantIncomplete, CodeTextDoubledPunctuation, CodeTextDoubledWord,
		CodeTextUnbalanced, CodeTextSpaceBeforePunctuation, CodeUnparsed,
	}
}

// SeverityOf returns the severity of problems with the given code, and
// SeverityInfo for an unknown code.
func SeverityOf(code string) Severity { return codes[code].severity }
