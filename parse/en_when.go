package parse

// enWhen reads the schedule — date, start, zone notes, stated JST, duration —
// from the English lead paragraph [start, end) of p.text.
func (p *parser) enWhen(start, end int) {}

// enWhenBody reads further sessions from the sections.
func (p *parser) enWhenBody() {}
