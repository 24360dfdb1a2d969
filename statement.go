package readout

// A Statement is what one participant said, as the readout reports it: a
// speech given as numbered points, or a paragraph of remarks.
//
// Speaker is the Name of the [Participant] who spoke ("" when the text does
// not say). Section is the Number of the [Section] the statement is in, 0
// when it is outside the numbered sections.
//
// A statement given as points is the points of its section: in a parsed
// [Meeting], Points shares its elements with that section's Points (no
// copy is made), so changing st.Points[i] changes the section's point too.
// Copy the slice (slices.Clone) before changing its elements; appending
// to it never changes the section.
type Statement struct {
	Speaker string        `json:"speaker"`
	Section int           `json:"section"`
	Points  []SpeechPoint `json:"points"`
	Span    Span          `json:"span,omitzero"`
}

// A SpeechPoint is one numbered point of a statement, such as "(1) I am
// highly honored ...". Number is as written (1 for "(1)"); Text is the
// point's text without its marker.
type SpeechPoint struct {
	Number int    `json:"number"`
	Text   string `json:"text"`
	Span   Span   `json:"span,omitzero"`
}
