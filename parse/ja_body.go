package parse

import (
	"slices"
	"strings"

	"github.com/diplomacy-data/readout"
)

// jaBody reads the body of a Japanese readout: people in the photo captions
// (attendees) and in the sections (later mentions of the participants, and
// people only mentioned), and statements — a section that says someone
// spoke ("林外務大臣は…以下のとおり述べました", "…発言") and lists points.
func (p *parser) jaBody() {
	var names jaNames // the participants' names, for jaLink
	var arr [64]jaPerson
	buf := arr[:0] // mentions, reused from one part of the body to the next
	for _, ph := range p.m.Photos {
		a, b := p.textRange(ph.Span)
		buf = jaAppendPersons(buf[:0], p.text, a, b)
		p.jaLinkMentions(buf, 0, readout.RoleAttendee, &names)
	}
	// In a visit, the people the sections name are those the principal met.
	role := readout.RoleMentioned
	if p.m.Kind == readout.KindVisit {
		role = readout.RoleCounterpart
	}
	// Full mentions (with the English name in brackets) first, so that a
	// short form in an earlier heading links to the full name after it.
	// The mentions of each section are found once for both passes:
	// section k's are buf[bounds[k]:bounds[k+1]].
	buf = buf[:0]
	var boundsArr [32]int // no allocation for up to 31 sections
	var bounds []int
	if n := len(p.m.Sections) + 1; n <= len(boundsArr) {
		bounds = boundsArr[:n]
	} else {
		bounds = make([]int, n)
	}
	for k, sec := range p.m.Sections {
		a, b := p.textRange(sec.Span)
		bounds[k] = len(buf)
		buf = jaAppendPersons(buf, p.text, a, b)
		p.jaFullMentions(buf[bounds[k]:], b, role, &names)
	}
	bounds[len(p.m.Sections)] = len(buf)
	for k := range p.m.Sections {
		p.jaLinkMentions(buf[bounds[k]:bounds[k+1]], len(buf)-bounds[k+1], readout.RoleMentioned, &names)
	}
	p.jaDefaultCountries()
	for _, sec := range p.m.Sections {
		if len(sec.Points) == 0 {
			continue
		}
		a, _ := p.textRange(sec.Span)
		_, b := p.textRange(sec.Points[0].Span)
		own := p.text[a:b]
		if !strings.Contains(own, "述べ") && !strings.Contains(own, "発言") && !strings.Contains(own, "挨拶") {
			continue
		}
		st := readout.Statement{Section: sec.Number, Points: sec.Points, Span: sec.Span}
		buf = jaAppendPersons(buf[:0], p.text, a, b)
		for _, pr := range buf {
			after := p.text[skipAlias(p.text, pr.end, b):b]
			if !strings.HasPrefix(after, "は") && !strings.HasPrefix(after, "から") {
				continue
			}
			if i := p.jaLink(pr, &names); i >= 0 {
				st.Speaker = p.m.Participants[i].Name
			} else if pr.nameEnd > pr.start {
				st.Speaker = p.orig(pr.start, pr.nameEnd)
			}
			break
		}
		p.m.Statements = append(p.m.Statements, st)
	}
}

// jaLinkMentions links the mentions of people prs to the participants,
// adding people not yet known with role. names indexes the participants'
// names. later is the number of mentions still to be linked after prs:
// when the participants are full, they grow by all the mentions left,
// which may each add one, once, rather than by a quarter at a time (a
// body naming many people would allocate about five times them).
func (p *parser) jaLinkMentions(prs []jaPerson, later int, role readout.Role, names *jaNames) {
	for k, pr := range prs {
		if i := p.jaLink(pr, names); i >= 0 {
			p.m.Participants[i].Mentions = append(p.m.Participants[i].Mentions, p.span(pr.start, pr.end))
			continue
		}
		if pr.nameEnd == pr.start {
			continue
		}
		if len(p.m.Participants) == cap(p.m.Participants) {
			p.m.Participants = slices.Grow(p.m.Participants, len(prs)-k+later)
		}
		p.m.Participants = append(p.m.Participants, p.jaParticipant(pr, role))
	}
}

// jaFullMentions adds the people of the mentions prs, found in a text that
// ends at b, written with their English name in brackets, as MOFA writes a
// first mention, with role. names indexes the participants' names.
func (p *parser) jaFullMentions(prs []jaPerson, b int, role readout.Role, names *jaNames) {
	for _, pr := range prs {
		if pr.nameEnd == pr.start || skipAlias(p.text, pr.end, b) == pr.end || p.jaLink(pr, names) >= 0 {
			continue
		}
		p.m.Participants = append(p.m.Participants, p.jaParticipant(pr, role))
	}
}

// textRange returns the offsets in p.text of the input span sp.
func (p *parser) textRange(sp readout.Span) (int, int) {
	return p.nm.from(int(sp.Start.Offset)), p.nm.from(int(sp.End.Offset))
}
