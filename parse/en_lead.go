package parse

// enLead reads the English lead paragraph [start, end) of p.text.
func (p *parser) enLead(start, end int) {}

// enBody reads statements, later mentions and further sessions from the
// sections of an English readout.
func (p *parser) enBody() {}
