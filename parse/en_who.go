package parse

// enWho reads the participants, the place, the event, the kind and the mode
// from the English lead paragraph [start, end) of p.text.
func (p *parser) enWho(start, end int) {}

// enWhoBody links later mentions to participants and reads statements from
// the sections.
func (p *parser) enWhoBody() {}
