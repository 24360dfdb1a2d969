package readout

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
// span. Code is stable (such as "jst-mismatch") and safe to match on.
type Problem struct {
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Span     Span     `json:"span,omitzero"`
}

// Error returns "line:col: severity code: message".
func (p *Problem) Error() string {
	return p.Span.Start.String() + ": " + p.Severity.String() + " " + p.Code + ": " + p.Message
}
