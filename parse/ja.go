package parse

import "github.com/diplomacy-data/readout"

// japanese is the grammar of MOFA's and the Prime Minister's Office's
// Japanese readouts.
var japanese = &language{
	tag:      "ja",
	dateLine: jaDateLine,
	isLead:   jaIsLead,
	lead:     (*parser).jaLead,
}

// jaDateLine reads a date line such as "令和4年4月7日".
func jaDateLine(s string) (readout.Date, bool) { return readout.Date{}, false }

// jaIsLead reports whether s starts the lead paragraph.
func jaIsLead(s string) bool { return false }

// jaLead reads the Japanese lead paragraph [start, end) of p.text.
func (p *parser) jaLead(start, end int) {}
