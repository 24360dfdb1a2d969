package readout

// A Participant is a person the readout names: the principal, a counterpart,
// someone also present, or someone only mentioned.
//
// Name is the name as written, without honorific ("HAYASHI Yoshimasa",
// "Fumio Kishida", "Joseph R. Biden, Jr."). FamilyName and GivenName split it
// when the order can be told: MOFA writes Japanese names family-first with the
// family name in capitals ("HAYASHI Yoshimasa"), older readouts and most
// foreign names are given-first ("Fumio Kishida"). Name is "" for a principal
// the text does not name ("the Prime Minister"): readout never invents one.
//
// Country is the English short name of the country the participant
// represents; Organization is set instead (or as well) for officials of an
// international organisation ("NATO").
type Participant struct {
	Name         string `json:"name"`
	FamilyName   string `json:"family_name,omitempty"`
	GivenName    string `json:"given_name,omitempty"`
	Honorific    string `json:"honorific,omitempty"`
	PostNominal  string `json:"post_nominal,omitempty"`
	Title        string `json:"title,omitempty"`
	Country      string `json:"country,omitempty"`
	Organization string `json:"organization,omitempty"`
	Role         Role   `json:"role"`
	// Span is the first full mention; Mentions are the later mentions
	// linked to this participant ("Minister Hayashi").
	Span     Span   `json:"span,omitzero"`
	Mentions []Span `json:"mentions,omitempty"`
}
