package parse

// enLead reads the English lead paragraph [start, end) of p.text: first who,
// where and what kind (enWho, en_who.go), then when (enWhen, en_when.go),
// which needs the place to choose the time zone.
func (p *parser) enLead(start, end int) {
	p.enWho(start, end)
	p.enWhen(start, end)
}

// enBody reads statements, later mentions and further sessions from the
// sections of an English readout.
func (p *parser) enBody() {
	p.enWhoBody()
	p.enWhenBody()
}
