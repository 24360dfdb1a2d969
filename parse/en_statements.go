package parse

import (
	"bytes"
	"iter"
	"slices"
	"strings"

	"github.com/diplomacy-data/readout"
)

// enWhoBody reads the people the captions and the body name, links later
// mentions to the participants, reads the delegations listed in the body
// and the statements of the sections.
//
// A person phrase outside the lead ("Minister Hayashi", "Secretary-General
// Stoltenberg") is linked to the participant of that name; a new name
// becomes an attendee when a caption names it (the photo shows them there)
// and a mentioned person when only the body does.
func (p *parser) enWhoBody() {
	// The lines that may name someone or list delegations are tokenized
	// a batch at a time into p.toks; then enMentions reads the batch's
	// lines, then enDelegations. Each step's code runs over many lines in
	// a row: the three together are larger than the instruction cache.
	// Offsets are into the text, not the input: normalising can change
	// lengths before the lead (a curly quote in the title is one byte in
	// the text, three in the input).
	p.toks = p.toks[:0]
	batch := p.bodyBatch[:0]
	for _, l := range p.lines {
		if l.start == l.end {
			continue
		}
		var bl bodyLine
		switch {
		case int(l.end) <= p.leadStart && p.isPhotoLine(p.nm.start(int(l.start)), p.nm.end(int(l.end))):
			// A caption: its people only.
			bl.people, _ = scanLine(p.text, int(l.start), int(l.end))
			bl.role = readout.RoleAttendee
		case int(l.start) >= p.leadEnd && !isNavigation(p.text[l.start:l.end]):
			// Only a line with a word that may start a person phrase, or
			// one that may list delegations, is tokenized; its
			// delegations are read either way (scanLine stops at a
			// starter before it looks for lists).
			var lists bool
			bl.people, lists = scanLine(p.text, int(l.start), int(l.end))
			bl.lists = bl.people || lists
			bl.role = readout.RoleMentioned
		}
		if !bl.people && !bl.lists {
			continue
		}
		if len(p.toks) > 0 && len(p.toks)+tokensCap(p.text, int(l.start), int(l.end)) > bodyBatchToks {
			p.enBodyBatch(batch)
			batch, p.toks = batch[:0], p.toks[:0]
		}
		bl.from = int32(len(p.toks))
		p.toks = appendTokens(p.toks, p.text, int(l.start), int(l.end))
		bl.to = int32(len(p.toks))
		batch = append(batch, bl)
	}
	p.enBodyBatch(batch)
	p.bodyBatch = batch[:0]
	p.enStatements()
	p.enVisitHost()
	p.enBodyPlace(p.leadEnd)
}

// bodyBatchToks bounds the words of a batch of enWhoBody: their tokens
// stay in the first-level data cache.
const bodyBatchToks = 512

// A bodyLine is a line of a batch of enWhoBody: its words p.toks[from:to],
// whether they may name people (with role) and list delegations.
type bodyLine struct {
	from, to      int32
	role          readout.Role
	people, lists bool
}

// enBodyBatch reads the people, then the delegations, of the lines of a
// batch of enWhoBody.
func (p *parser) enBodyBatch(batch []bodyLine) {
	for _, bl := range batch {
		if bl.people {
			p.enMentions(p.toks[bl.from:bl.to], bl.role)
		}
	}
	for _, bl := range batch {
		if bl.lists {
			p.enDelegations(p.toks[bl.from:bl.to])
		}
	}
}

// isPhotoLine reports whether the input bytes [s, e) hold a photo caption.
func (p *parser) isPhotoLine(s, e int) bool {
	for _, ph := range p.m.Photos {
		if o := int(ph.Span.Start.Offset); o >= s && o < e {
			return true
		}
	}
	return false
}

// enMentions reads the person phrases of the words of a line: named ones
// are linked to a participant or added with role.
func (p *parser) enMentions(toks []tok, role readout.Role) {
	st := newStarters(toks)
	skipHead := -1
	for i := 0; i < len(toks); {
		if !st.may(i) || i == skipHead {
			// No person phrase can start here: skip to where one may.
			i = st.skip(i)
			continue
		}
		ps, ok := personAt(toks, i)
		if !ok || !ps.named() || ps.plural {
			if ok && ps.plural && ps.titleFirst && ps.head > i && toks[ps.head].flags&fHon == 0 {
				// "NATO Ministers of Foreign Affairs", "the Ministers
				// ...": read from its head, the same title is read
				// again, plural too (the head is no honorific, which
				// would end it there) — or no title, if its noun was
				// before the head. Nothing to find there.
				skipHead = ps.head
			}
			i++
			continue
		}
		i = max(ps.next, i+1)
		if p.linkMention(ps) {
			continue
		}
		pt := p.participant(ps, role)
		if pt.Organization == "" && lowerHasPrefix(pt.Title, "secretary-general") {
			// "Secretary-General Stoltenberg" of the organisation the
			// sentence names.
			for k := range toks {
				if o, m := matchOrg(toks, k); m > k {
					pt.Organization = o
					break
				}
			}
		}
		if p.upgradeMention(pt) {
			continue
		}
		p.addParticipant(pt)
	}
}

// upgradeMention puts the full name of pt in place of an earlier mention
// by surname alone ("President Kenyatta" before "H.E. Mr. Uhuru
// Kenyatta, President of Kenya") and reports whether there was one.
func (p *parser) upgradeMention(pt readout.Participant) bool {
	var wb [8]string
	w := appendNameWords(wb[:0], pt.Name)
	if len(w) < 2 {
		return false
	}
	for k, old := range p.m.Participants {
		if strings.Contains(old.Name, " ") || old.Name == "" || old.Role != pt.Role {
			continue
		}
		if strings.EqualFold(old.Name, pt.FamilyName) || strings.EqualFold(old.Name, w[len(w)-1]) {
			// The mentions of the old one (noted, see attachMentions),
			// then the old one itself.
			p.addMention(k, old.Span)
			pt.Mentions = old.Mentions
			p.m.Participants[k] = pt
			return true
		}
	}
	return false
}

// speechIntros are the words of a section that introduces what a
// participant said, point by point.
var speechIntros = []string{
	"outline of the speech", "overview of the speech", "summary of the speech", "speech by",
	"remarks by", "following remarks", "stated as follows", "said as follows", "following points",
	"statement by", "intervention by", "made the following", "address by",
}

// speechIntroBytes are speechIntros as bytes, for speechIntro.
var speechIntroBytes = func() [][]byte {
	b := make([][]byte, len(speechIntros))
	for k, s := range speechIntros {
		b[k] = []byte(s)
	}
	return b
}()

// speechIntro reports whether the section heading + " " + text, lower
// case, holds one of speechIntros. An ASCII section that fits is lowered
// on the stack.
func speechIntro(heading, text string) bool {
	var buf [512]byte
	if len(heading)+1+len(text) > len(buf) || !isASCII(heading) || !isASCII(text) {
		lower := strings.ToLower(heading + " " + text)
		for _, s := range speechIntros {
			if strings.Contains(lower, s) {
				return true
			}
		}
		return false
	}
	b := append(append(append(buf[:0], heading...), ' '), text...)
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	for _, s := range speechIntroBytes {
		if bytes.Contains(b, s) {
			return true
		}
	}
	return false
}

// enStatements turns each section that introduces a speech and has points
// into a Statement by the participant it names ("The outline of the speech
// by Minister Hayashi at the meeting is as follows.").
func (p *parser) enStatements() {
	for _, sec := range p.m.Sections {
		if len(sec.Points) == 0 {
			continue
		}
		if !speechIntro(sec.Heading, sec.Text) {
			continue
		}
		// Without a heading, sec.Text has the words of " " + sec.Text
		// (offsets one on, names sliced from the same text) and the
		// same " i " or leading "i ".
		text := sec.Text
		if sec.Heading != "" {
			text = sec.Heading + " " + sec.Text
		}
		// The points are the section's (sections cap their slices of
		// the points: an append copies them).
		st := readout.Statement{Section: sec.Number, Points: sec.Points[:len(sec.Points):len(sec.Points)], Span: sec.Span}
		// The lines' buffer is free again: the body's lines are read.
		p.toks = appendTokens(p.toks[:0], text, 0, len(text))
		toks := p.toks
		starts := newStarters(toks)
		for i := range toks {
			if !starts.may(i) {
				continue
			}
			if ps, ok := personAt(toks, i); ok && ps.named() {
				if k := p.findParticipant(text[ps.nameS:ps.nameE]); k >= 0 {
					st.Speaker = p.m.Participants[k].Name
					break
				}
			}
		}
		if st.Speaker == "" {
			if lower := strings.ToLower(text); strings.Contains(lower, " i ") || strings.HasPrefix(lower, "i ") {
				if pr, ok := p.m.Principal(); ok {
					st.Speaker = pr.Name
				}
			}
		}
		p.m.Statements = append(p.m.Statements, st)
	}
}

// enBodyPlace reads from the body what the lead leaves out of the place.
// With no country: "the visit to Japan by Minister Vieira", a visit to a
// place by a counterpart, puts the meeting there. With a country but no
// city: "welcomed President Joko on his visit to Hiroshima", a visit to a
// known city of that country, gives the city.
func (p *parser) enBodyPlace(from int) {
	if from >= len(p.text) || p.m.Place.City != "" || p.m.Mode == readout.ModeTelephone || p.m.Mode == readout.ModeVideo {
		return // a call is made from where each side is; a visit says nothing of it
	}
	if p.m.Place.Country != "" {
		p.enBodyCity(from)
		return
	}
	// A bounded window of words at each "visit to" is tokenized, so a
	// long body after it costs no memory (visitWindow, personWindow).
	for toks := range p.visitsTo(from, visitPersonWindow) {
		const j = 2 // after "visit to"
		if len(toks) <= j {
			continue
		}
		country, city, cs, ce, next, ok := placeAt(toks, j, true)
		if !ok {
			continue
		}
		if next+1 >= len(toks) || toks[next].w != "by" || toks[next-1].comma() {
			continue
		}
		ps, ok := personAt(toks, next+1)
		if !ok || !ps.named() {
			continue
		}
		if k := p.findParticipant(p.text[ps.nameS:ps.nameE]); k < 0 || p.m.Participants[k].Role != readout.RoleCounterpart {
			continue
		}
		p.m.Place = readout.Place{Country: country, Span: p.span(int(toks[j].start), int(toks[next-1].end))}
		if city != "" {
			p.m.Place.City = p.cityName(cs, ce)
		}
		return
	}
}

// visitWindow is how many words after "visit to" (and one more) enBodyCity
// tokenizes: more than placeAt reads after "visit to". It reads a leading
// "the", a city of up to maxPlaceWords words (runEnd) or a country of as
// many, a comma or "in", and a country of up to maxPlaceWords more, and it
// looks at the word after each run (an opening bracket ends it): the words
// toks[2:2+1+maxPlaceWords+1+maxPlaceWords+1], 2*maxPlaceWords+3 of them.
// One more is kept spare.
const visitWindow = 2*maxPlaceWords + 4

// personWindow is how many words after the place enBodyPlace tokenizes
// for the person phrase after "by": more than any title and name take.
const personWindow = 64

// visitPersonWindow is how many words from "visit" on enBodyPlace
// tokenizes: the place (with room for 40 words after "visit to", as
// before visitWindow was bounded: a title read by personAt has no fixed
// reach, so this window is kept as it was), "by" and the person.
const visitPersonWindow = 3 + 40 + 1 + personWindow

// enBodyCity is enBodyPlace when the country is known: a known city of it
// after "visit to" gives the city.
func (p *parser) enBodyCity(from int) {
	for toks := range p.visitsTo(from, 3+visitWindow) {
		if len(toks) < 3 {
			continue
		}
		country, city, cs, ce, _, ok := placeAt(toks, 2, true)
		if ok && city != "" && country == p.m.Place.Country {
			p.m.Place.City = p.cityName(cs, ce)
			return
		}
	}
}

// visitsTo yields, for each "visit to" of the text from offset from on, the
// tokens from "visit" on, at most n of them: toks[0] is "visit" and
// toks[1] "to". placeAt and personAt read a bounded number of words after
// "visit", so only a window of words at each "visit" is tokenized. The
// slice is p.toks, valid until the next iteration.
func (p *parser) visitsTo(from, n int) iter.Seq[[]tok] {
	return func(yield func([]tok) bool) {
		t := p.text
		for off := from; off < len(t); {
			v := strings.Index(t[off:], "visit")
			if v < 0 {
				return
			}
			pos := off + v
			off = pos + len("visit")
			if off < len(t) && (isLetterByte(t[off]) || t[off] == ',') {
				continue // "visits", "visiting"; "visit, to" is not read
			}
			// The word must start at pos, after opening brackets or
			// quotes (peel): at white space, at "from", or after a comma
			// that splits a word (appendTokens). Tokenizing from there
			// splits the text as tokenizing from "from" does.
			ws := pos
			for ws > from && (t[ws-1] == '(' || t[ws-1] == '"' || t[ws-1] == '\'' || t[ws-1] == '[') {
				ws--
			}
			if ws > from && !isSpaceByte(t[ws-1]) && (ws != pos || t[ws-1] != ',') {
				continue
			}
			if !mayBeTo(t, off) {
				continue
			}
			p.toks = appendTokensN(p.toks[:0], t, ws, len(t), n)
			if toks := p.toks; len(toks) < 2 || int(toks[0].start) != pos || toks[0].w != "visit" || toks[1].w != "to" {
				continue
			}
			if !yield(p.toks) {
				return
			}
		}
	}
}

// mayBeTo reports whether the word after "visit" that ends at t[off] may be
// "to", as appendTokens reads it: false only when a space follows "visit"
// and the next word starts with a letter and is not "to" (a word loses no
// letters to peeling), so "visit Japan" and "visit of" are not tokenized.
func mayBeTo(t string, off int) bool {
	if off >= len(t) || !isSpaceByte(t[off]) {
		return true // "visit" ends otherwise: the tokens tell
	}
	for off < len(t) && isSpaceByte(t[off]) {
		off++
	}
	if off == len(t) {
		return false // no word after it
	}
	if !isLetterByte(t[off]) {
		return true // peeled, or outside ASCII: the tokens tell
	}
	return strings.HasPrefix(t[off:], "to") && (off+2 == len(t) || !isLetterByte(t[off+2]))
}

// delegationNouns precede a bracketed list of delegations: "invited
// partner countries (Japan, Australia, ...)".
var delegationNouns = wordSet(delegationNounWords)

const delegationNounWords = `countries partners members participants economies nations`

// enDelegations reads the delegations a list names: a bracketed list of
// countries and organisations after "countries", "partners" or
// "members", and groups such as "the foreign ministers of the G7" or "the
// G7 leaders".
func (p *parser) enDelegations(toks []tok) {
	for i := 1; i < len(toks); i++ {
		if i = nextDelegationWord(toks, i); i >= len(toks) {
			break
		}
		t := &toks[i]
		if t.opens > 0 && foldIn(delegationNouns, toks[i-1].w) && !toks[i-1].comma() {
			p.delegationList(toks, i)
			continue
		}
		if w := t.w; len(w) < len("leaders") || w[0] != 'm' && w[0]|0x20 != 'l' {
			continue // after a bracket
		}
		// "the foreign ministers of the G7", "leaders of ASEAN".
		if (t.w == "ministers" || t.w == "leaders") && i+1 < len(toks) && toks[i+1].w == "of" {
			if o, k := matchOrg(toks, i+2); k > i+2 {
				p.addDelegation(o, int(toks[i+2].start), int(toks[k-1].end))
			}
		}
		// "the G7 leaders' video conference"
		if t.w[0]|0x20 == 'l' && hasLowerPrefix(t.w, "leaders") {
			if o, k := matchOrg(toks, i-1); k == i {
				p.addDelegation(o, int(toks[i-1].start), int(toks[i-1].end))
			}
		}
	}
}

// nextDelegationWord returns the index of the first of toks[i:] where
// enDelegations may find something, or len(toks): a word after an opening
// bracket, or one of the words it looks for, which have seven letters or
// more and start with "m" or "l" ("leaders" in any case: ToLower gives it
// only from ASCII letters). A loop of its own keeps the pass over the
// other words short: enDelegations' calls make its own loop keep its
// variables on the stack.
func nextDelegationWord(toks []tok, i int) int {
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.opens > 0 || len(t.w) >= len("leaders") && (t.w[0] == 'm' || t.w[0]|0x20 == 'l') {
			return i
		}
	}
	return i
}

// delegationList reads the list that opens at toks[i].
func (p *parser) delegationList(toks []tok, i int) {
	type item struct{ s, e int }
	var buf [16]item
	items := buf[:0]
	ok := 0
	for j := i; j < len(toks); {
		k := j
		if toks[k].w == "and" || toks[k].w == "the" {
			k++
			if k < len(toks) && toks[k].w == "the" {
				k++
			}
		}
		if k >= len(toks) {
			break
		}
		m := k
		if _, n := matchCountry(toks, k); n > k {
			m = n
			ok++
		} else if _, n := matchOrg(toks, k); n > k {
			m = n
			ok++
		} else {
			for m < len(toks) && !toks[m].comma() && !toks[m].postClose() {
				m++
			}
			m = min(m+1, len(toks))
		}
		items = append(items, item{int(toks[k].start), int(toks[m-1].end)})
		if toks[m-1].postClose() || m >= len(toks) {
			break
		}
		j = m
	}
	if len(items) < 2 || ok*2 < len(items) {
		return
	}
	p.m.Delegations = slices.Grow(p.m.Delegations, len(items)) // one allocation for the list
	for _, it := range items {
		p.addDelegation(p.orig(it.s, it.e), it.s, it.e)
	}
}

func (p *parser) addDelegation(name string, s, e int) {
	for _, d := range p.m.Delegations {
		if d.Name == name {
			return
		}
	}
	p.m.Delegations = append(p.m.Delegations, readout.Delegation{Name: name, Span: p.span(s, e)})
}

// leadBoilerplate are the sentences of a lead that only announce the body.
var leadBoilerplate = []string{"is as follows", "are as follows", "was as follows", "were as follows", "as follows:"}

// enLeadRest keeps the sentences of the lead after the first, which ends
// before toks[first], that say nothing the grammar reads — no person, no
// place, no time — as unparsed.
func (p *parser) enLeadRest(toks []tok, first int) {
	s := first
	for i := first; i < len(toks); i++ {
		last := i == len(toks)-1
		if !last && !endsLeadSentence(toks, i) {
			continue
		}
		sent := toks[s : i+1]
		s = i + 1
		a, b := int(sent[0].start), int(sent[len(sent)-1].end)+int(sent[len(sent)-1].postLen)
		text := p.text[a:b]
		boiler := false
		for _, bp := range leadBoilerplate {
			if strings.Contains(text, bp) {
				boiler = true
				break
			}
		}
		if boiler || strings.ContainsAny(text, "0123456789") {
			continue
		}
		known := false
		st := newStarters(sent)
		for k := range sent {
			if st.may(k) {
				if _, ok := personAt(sent, k); ok {
					known = true
					break
				}
			}
			if sent[k].w == "visiting" || sent[k].w == "in" {
				if _, _, _, _, _, ok := placeAt(sent, k+1, true); ok {
					known = true
					break
				}
			}
		}
		if !known {
			p.unparsed(int(a), b, "lead sentence not interpreted")
		}
	}
}

// enVisitHost makes the host of a visit its counterpart: a readout of a
// visit ("Prime Minister Shinzo Abe visited the Republic of Kenya") names
// no counterpart in its lead, and the first person of the visited country
// its body names ("H.E. Mr. Uhuru Kenyatta, President of Kenya") is whom
// the visit was to.
func (p *parser) enVisitHost() {
	if p.m.Kind != readout.KindVisit || p.m.Place.Country == "" || len(p.m.Counterparts()) > 0 {
		return
	}
	for k, pt := range p.m.Participants {
		if pt.Role == readout.RoleMentioned && pt.Country == p.m.Place.Country {
			p.m.Participants[k].Role = readout.RoleCounterpart
			return
		}
	}
}
