package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// enWho reads the participants, the place, the event, the kind and the mode
// from the English lead paragraph [start, end) of p.text.
//
// The participants are the person phrases of the lead (en_names.go), in
// order. The principal is the first one that is not another country's
// official: a readout is about the Japanese side, which it names first
// ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held ...")
// except in "Upon request from U.S. Secretary of State Condoleezza Rice,
// Foreign Minister Hirofumi Nakasone had ...", where the foreign official's
// country tells them apart. A principal the lead does not name ("the Prime
// Minister, who is visiting ...") is kept with an empty name. The others
// are attendees when the words around them say so ("was also present",
// "who is accompanying", "Attending the meeting on the Japanese side
// were") or when they are Japanese, and counterparts otherwise. A later
// mention of a participant ("President Kenyatta is visiting Japan") is
// linked to it instead of adding a person.
func (p *parser) enWho(start, end int) {
	toks := p.tokens(start, end)
	var memo personMemo // the lead's people are read again by the event phrase
	p.enPeople(toks, &memo)
	first := firstSentenceEnd(toks)
	p.enKind(toks, first, &memo)
	p.enPairCountry()
	p.enPlace(toks)
	p.enDelegations(toks)
	p.enLeadRest(toks, first)
}

// firstSentenceEnd returns the index of the word after the lead's first
// sentence — the first word with a capital after a word with a dot — or
// len(toks).
func firstSentenceEnd(toks []tok) int {
	for i := range toks {
		if endsLeadSentence(toks, i) {
			return i + 1
		}
	}
	return len(toks)
}

// endsLeadSentence reports whether toks[i] ends a sentence of the lead: a dot
// after it and a capital at the next word.
func endsLeadSentence(toks []tok, i int) bool {
	return toks[i].postDot() && i+1 < len(toks) && isCap(toks[i+1].w)
}

// mentionWords before a person make them someone the lead only mentions:
// "special envoy of President El-Sisi", "the funeral for late former Prime
// Minister Abe".
var mentionWords = wordSet(`of for by late former`)

// mentionedAt reports whether the person phrase at toks[i] is one the lead
// names in passing: after one of mentionWords, except "for" or "by" after
// an engagement ("hosted a working dinner for H.E. ...", "a courtesy call
// by ..."), which introduce whom the engagement was with.
func mentionedAt(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	w := toks[i-1].w
	if !foldIn(mentionWords, w) {
		return false
	}
	if (lowerIs(w, "for") || lowerIs(w, "by")) && i >= 2 && foldIn(engagementNouns, toks[i-2].w) {
		return false
	}
	return true
}

// attendanceWords mark the people around them as present, not met.
var attendanceWords = wordSet(`present attendance attending accompanying accompanied`)

// enPeople finds the person phrases of the lead and gives them roles,
// asking personAt through memo.
func (p *parser) enPeople(toks []tok, memo *personMemo) {
	var foundBuf [4]person // a lead names a few people: no allocation for them
	var ctxBuf, mentionedBuf [4]bool
	found := foundBuf[:0]
	var unnamed *person
	ctx := ctxBuf[:0]             // attendance context of each found person
	mentioned := mentionedBuf[:0] // named in passing: "the funeral for late former Prime Minister Abe"
	prevEnd := 0
	st := newStarters(toks)
	for i := 0; i < len(toks); {
		if !st.may(i) {
			i = st.skip(i)
			continue
		}
		ps, ok := memo.personAt(toks, i)
		if !ok || ps.plural {
			i++
			continue
		}
		if !ps.named() {
			if unnamed == nil && ps.titleFirst && strings.HasPrefix(p.text[ps.titleS:ps.titleE], "the ") {
				u := ps
				unnamed = &u
			}
			i = max(ps.next, i+1)
			continue
		}
		// The words between this person and the previous one, and after
		// this one up to the next sentence, say whether they are present.
		att := hasAttendanceWord(toks[prevEnd:i])
		if !att && len(ctx) > 0 && ctx[len(ctx)-1] && onlyAnd(toks[prevEnd:i]) {
			att = true
		}
		if !att {
			// After the name only "present" and "in attendance" look
			// back at it ("who is accompanying X" is about X).
			after := newStarters(toks)
			for k := ps.next; k < len(toks) && k < ps.next+8; k++ {
				if w := toks[k].w; lowerIs(w, "present") || lowerIs(w, "attendance") {
					att = true
				}
				if toks[k].stop() && toks[k].postDot() {
					break
				}
				if !after.may(k) {
					continue
				}
				if _, ok := memo.personAt(toks, k); ok {
					break
				}
			}
		}
		found = append(found, ps)
		ctx = append(ctx, att)
		mentioned = append(mentioned, mentionedAt(toks, i))
		prevEnd = ps.next
		i = ps.next
	}
	principal := -1
	for k, ps := range found {
		if (ps.country == "" || ps.country == "Japan") && ps.org == "" && !ctx[k] {
			principal = k
			break
		}
	}
	if principal < 0 && unnamed != nil {
		pt := p.participant(*unnamed, readout.RolePrincipal)
		pt.Country = "Japan"
		p.addParticipant(pt)
	}
	for k, ps := range found {
		if k != principal && p.linkMention(ps) {
			continue
		}
		role := readout.RoleCounterpart
		switch {
		case k == principal:
			role = readout.RolePrincipal
		case mentioned[k]:
			role = readout.RoleMentioned
		case ctx[k] || ps.country == "Japan":
			role = readout.RoleAttendee
		}
		if ps.country == "" && role == readout.RoleCounterpart {
			ps.country = counterpartCountry(toks, ps)
		}
		pt := p.participant(ps, role)
		if role == readout.RolePrincipal {
			pt.Country = "Japan"
		}
		p.addParticipant(pt)
	}
	if len(p.m.Counterparts()) == 0 {
		p.enGroupCounterpart(toks, memo)
	}
}

// groupEnd are the words that end a group named as a counterpart.
var groupEnd = wordSet(`who which that during at for to`)

// enGroupCounterpart reads a counterpart that is a group of people rather
// than a person — "held a meeting with Mansfield Fellows", "met with six
// representatives of Japanese companies in Argentina", "received a
// courtesy call from JICA Overseas Cooperation Volunteers, young
// entrepreneurs and others who ..." — and keeps it as a counterpart whose
// Name is the group as written. Groups of countries ("the G7 leaders")
// are delegations instead.
func (p *parser) enGroupCounterpart(toks []tok, memo *personMemo) {
	verb := -1
	for i := range toks {
		if isLeadVerb(toks[i].w) {
			verb = i
			break
		}
	}
	if verb < 0 {
		return
	}
	for k := verb + 1; k < len(toks) && k < verb+8; k++ {
		if toks[k].w != "with" && toks[k].w != "from" {
			if toks[k].stop() {
				return
			}
			continue
		}
		a := k + 1
		if a >= len(toks) {
			return
		}
		if _, ok := memo.personAt(toks, a); ok {
			return
		}
		b := a
		for b < len(toks) && !(b > a && groupEnd[toks[b].w] && !isCap(toks[b].w)) {
			b++
			if toks[b-1].postDot() {
				break
			}
		}
		if _, n := matchOrg(toks, a); n == b {
			return
		}
		s, e := toks[a].start, toks[b-1].end
		if a+1 < b && toks[b-1].w == "and" {
			return
		}
		p.addParticipant(readout.Participant{
			Name: p.orig(int(s), int(e)), Role: readout.RoleCounterpart, Span: p.span(int(s), int(e)),
		})
		return
	}
}

// enPairCountry gives a counterpart the lead names without a country
// ("held a Japan-U.S. Summit Meeting with President George W. Bush") the
// other country of a bilateral event or headline: MOFA names a bilateral
// meeting "Japan-<Country> ...". Only a sole counterpart without a country
// or organisation takes it.
func (p *parser) enPairCountry() {
	k := -1
	for i, pt := range p.m.Participants {
		if pt.Role != readout.RoleCounterpart || pt.Name == "" {
			continue
		}
		if k >= 0 {
			return
		}
		k = i
	}
	if k < 0 || p.m.Participants[k].Country != "" || p.m.Participants[k].Organization != "" {
		return
	}
	for _, s := range []string{p.m.Event, p.m.Title} {
		if c := pairCountry(s); c != "" {
			p.m.Participants[k].Country = c
			return
		}
	}
}

// pairCountry returns the other country of the first word of s when it
// names Japan and one other country ("Japan-U.S.", "Japan-Viet Nam"), or
// "".
func pairCountry(s string) string {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutPrefix(s, "Japan-")
	if !ok {
		return ""
	}
	// The other country may run over several words: "Japan-Viet Nam",
	// "Japan-Papua New Guinea". Take the longest known.
	words := strings.Fields(rest)
	for n := min(len(words), 4); n > 0; n-- {
		cand := strings.Join(words[:n], " ")
		if strings.Contains(cand, "-") {
			continue // three parties or more
		}
		if c, ok := countryName(cand); ok && c != "Japan" {
			return c
		}
	}
	return ""
}

// counterpartCountry reads "his Chinese counterpart Mr. Li Zhaoxing".
func counterpartCountry(toks []tok, ps person) string {
	for i := range toks {
		if int(toks[i].start) == ps.start && i >= 2 && strings.EqualFold(toks[i-1].w, "counterpart") {
			if c, k := matchAdjective(toks, i-2); k == i-1 {
				return c
			}
			if i >= 3 {
				if c, k := matchAdjective(toks, i-3); k == i-1 {
					return c
				}
			}
		}
	}
	return ""
}

// hasAttendanceWord reports whether one of toks is one of attendanceWords.
func hasAttendanceWord(toks []tok) bool {
	for k := range toks {
		if w := toks[k].w; mayBeAttendanceWord(w) && foldIn(attendanceWords, w) {
			return true
		}
	}
	return false
}

// mayBeAttendanceWord reports whether w may be one of attendanceWords in
// any case: seven letters or more, the first "a" or "p". None has a "k",
// so strings.ToLower gives one only from ASCII letters.
func mayBeAttendanceWord(w string) bool {
	return len(w) >= 7 && (w[0]|0x20 == 'a' || w[0]|0x20 == 'p')
}

// onlyAnd reports whether the words between two people are just "and".
func onlyAnd(toks []tok) bool {
	return len(toks) == 1 && toks[0].w == "and"
}

// addParticipant appends pt to the meeting's participants, with room for
// four at the first: a readout names a few.
func (p *parser) addParticipant(pt readout.Participant) {
	if cap(p.m.Participants) == 0 {
		p.m.Participants = make([]readout.Participant, 0, 4)
	}
	p.m.Participants = append(p.m.Participants, pt)
}

// participant builds the Participant of a person phrase.
func (p *parser) participant(ps person, role readout.Role) readout.Participant {
	pt := readout.Participant{Role: role, Country: ps.country, Organization: ps.org, Span: p.span(ps.start, ps.end)}
	if ps.named() {
		pt.Name = p.orig(ps.nameS, ps.nameE)
		pt.FamilyName, pt.GivenName = splitName(p.text[ps.nameS:ps.nameE], ps.country, pt.Name)
	}
	if ps.honE > ps.honS {
		pt.Honorific = p.orig(ps.honS, ps.honE)
	}
	if ps.titleE > ps.titleS {
		pt.Title = p.orig(ps.titleS, ps.titleE)
	}
	if ps.postE > ps.postS {
		pt.PostNominal = p.orig(ps.postS, ps.postE)
	}
	return pt
}

// linkMention adds ps to the participant it names again ("Minister
// Hayashi", "President Kenyatta") and reports whether there was one.
func (p *parser) linkMention(ps person) bool {
	k := p.findParticipant(p.text[ps.nameS:ps.nameE])
	if k < 0 {
		return false
	}
	p.addMention(k, p.span(ps.start, ps.end))
	p.fillFromMention(k, ps)
	return true
}

// A mention is a later mention of participant k, kept until
// attachMentions gives the participants their mentions.
type mention struct {
	k    int
	span readout.Span
}

// addMention notes a later mention of participant k.
func (p *parser) addMention(k int, sp readout.Span) {
	if p.mentions == nil {
		p.mentions = p.mentionBuf[:0]
	}
	p.mentions = append(p.mentions, mention{k, sp})
}

// attachMentions gives each participant its later mentions, in the order
// they were noted, all in one allocation.
func (p *parser) attachMentions() {
	if len(p.mentions) == 0 {
		return
	}
	var cb [16]int
	count := cb[:0]
	if n := len(p.m.Participants) + 1; n <= len(cb) {
		count = cb[:n]
	} else {
		count = make([]int, n)
	}
	for _, m := range p.mentions {
		count[m.k+1]++
	}
	for k := 1; k < len(count); k++ {
		count[k] += count[k-1] // count[k] is where participant k's mentions start
	}
	all := make([]readout.Span, len(p.mentions))
	next := count[:len(count)-1]
	for _, m := range p.mentions {
		all[next[m.k]] = m.span
		next[m.k]++
	}
	// next[k] is now where participant k's mentions end.
	start := 0
	for k, end := range next {
		if end > start {
			pt := &p.m.Participants[k]
			if pt.Mentions != nil {
				pt.Mentions = append(pt.Mentions, all[start:end]...)
			} else {
				pt.Mentions = all[start:end:end]
			}
		}
		start = end
	}
	p.mentions = p.mentions[:0]
}

// fillFromMention gives participant k what a later mention of it says in
// apposition and the first did not: "Talks between ... and his Chinese
// counterpart Mr. Li Zhaoxing ..." then "Mr. Li, the Foreign Minister of
// China, stated ..." gives Li Zhaoxing the title and the country. A short
// title written before the name ("Minister Li") adds nothing; an article
// before the appositive is not part of the title.
func (p *parser) fillFromMention(k int, ps person) {
	pt := &p.m.Participants[k]
	if ps.titleFirst || ps.titleE <= ps.titleS {
		return
	}
	if pt.Title == "" {
		s := ps.titleS
		if strings.HasPrefix(p.text[s:ps.titleE], "the ") {
			s += len("the ")
		}
		pt.Title = p.orig(s, ps.titleE)
	}
	if pt.Country == "" && pt.Organization == "" {
		pt.Country, pt.Organization = ps.country, ps.org
	}
}

// findParticipant returns the index of the participant a name refers to,
// trying in turn: the same name; a one-word name that is their family name
// or the last word of their name; a name that starts their name ("Sheikh
// Abdullah"); a one-word name that is one word of exactly one
// participant's name ("President Joko" for Joko Widodo, "Foreign Minister
// Abdullah" for Sheikh Abdullah bin Zayed Al Nahyan); and, for a name of
// several words, its first word ("Foreign Minister Kono Pays a Courtesy
// Call" in a title-case caption). Names are compared without case. It
// returns -1 when there is none.
func (p *parser) findParticipant(name string) int {
	if k := p.findName(name); k >= 0 {
		return k
	}
	if i := strings.IndexByte(name, ' '); i > 0 {
		return p.findName(name[:i])
	}
	return -1
}

func (p *parser) findName(name string) int {
	one := !strings.Contains(name, " ")
	// done marks the participants (of the first 64) whose name is empty
	// or one word: this first loop has compared all of it with name.
	var done uint64
	for k := range p.m.Participants {
		pt := &p.m.Participants[k]
		if pt.Name == "" {
			if k < 64 {
				done |= 1 << k
			}
			continue
		}
		if eqFold(pt.Name, name) {
			return k
		}
		if !one {
			if len(pt.Name) > len(name) && eqFold(pt.Name[:len(name)], name) && pt.Name[len(name)] == ' ' {
				return k
			}
			continue
		}
		if pt.FamilyName != "" && eqFold(pt.FamilyName, name) {
			return k
		}
		if f := lastNameWord(pt.Name); f != "" {
			if eqFold(f, name) {
				return k
			}
			if len(f) == len(pt.Name) && k < 64 {
				// The last word is the whole name: its only word.
				done |= 1 << k
			}
		}
	}
	if !one {
		return -1
	}
	found := -1
	for k := range p.m.Participants {
		if k < 64 && done&(1<<k) != 0 {
			continue
		}
		pt := &p.m.Participants[k]
		var wb [8]string
		for _, w := range appendNameWords(wb[:0], pt.Name) {
			if eqFold(w, name) && !isParticle(w) {
				if found >= 0 && found != k {
					return -1
				}
				found = k
			}
		}
	}
	return found
}

// appendNameWords appends the words nameWords returns to dst: a name
// without a comma is split where it stands, without a copy.
func appendNameWords(dst []string, name string) []string {
	start := len(dst)
	if strings.IndexByte(name, ',') >= 0 {
		dst = append(dst, strings.Fields(strings.ReplaceAll(name, ",", ""))...)
	} else {
		dst = appendFields(dst, name)
	}
	if f := dst[start:]; len(f) > 1 && isNameSuffix(f[len(f)-1]) {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// lastNameWord returns the last of nameWords(name), or "" when it has
// none. An ASCII name without a comma is read from its end, where it
// stands.
func lastNameWord(name string) string {
	if strings.IndexByte(name, ',') >= 0 || !isASCII(name) {
		var wb [8]string
		if f := appendNameWords(wb[:0], name); len(f) > 0 {
			return f[len(f)-1]
		}
		return ""
	}
	last, s := lastField(name)
	if isNameSuffix(last) {
		if prev, _ := lastField(name[:s]); prev != "" {
			return prev
		}
	}
	return last
}

// lastField returns the last of strings.Fields(s), for an ASCII s, and
// the offset it starts at ("" and 0 when there is none).
func lastField(s string) (string, int) {
	e := len(s)
	for e > 0 && isFieldSpace(s[e-1]) {
		e--
	}
	b := e
	for b > 0 && !isFieldSpace(s[b-1]) {
		b--
	}
	return s[b:e], b
}

// isFieldSpace reports whether c is white space to strings.Fields.
func isFieldSpace(c byte) bool { return fieldSpace[c] }

// fieldSpace marks the ASCII white space strings.Fields splits at.
var fieldSpace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// appendFields appends strings.Fields(s) to dst. An ASCII s is split
// where it stands, at the white space strings.Fields splits ASCII at.
func appendFields(dst []string, s string) []string {
	n0 := len(dst)
	start := -1 // of the word being read
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			dst = dst[:n0]
			for w := range strings.FieldsSeq(s) {
				dst = append(dst, w)
			}
			return dst
		}
		if isFieldSpace(c) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// familyFirst are the countries whose names English readouts write family
// name first ("Wang Yi", "Yun Byung-se").
var familyFirst = map[string]bool{"China": true, "Republic of Korea": true, "North Korea": true, "Viet Nam": true, "Taiwan": true}

// splitName splits a name into family and given names when the order can
// be told: a word in capitals is the family name ("HAYASHI Yoshimasa",
// "Yair LAPID"); names of countries that write the family name first are
// split so; other two- or three-word names are given-first ("Fumio
// Kishida", "Joseph R. Biden, Jr."). A one-word name is a family name.
// Names with particles ("Sheikh Abdullah bin Zayed Al Nahyan") are not
// split. s is the normalised name, orig the name as written.
func splitName(s, country, orig string) (family, given string) {
	var wb, nb [8]string
	words := appendFields(wb[:0], orig)
	nw := words // the name as written is mostly the normalised one
	if s != orig {
		nw = appendFields(nb[:0], s)
	}
	if len(words) != len(nw) {
		return "", ""
	}
	suffix := 0
	if len(nw) > 1 && isNameSuffix(nw[len(nw)-1]) {
		suffix = 1
	}
	core := nw[:len(nw)-suffix]
	if len(core) == 1 {
		return strings.TrimSuffix(words[0], ","), ""
	}
	for k, w := range core {
		if isParticle(w) || w == "Sheikh" {
			return "", ""
		}
		if isAllCaps(strings.TrimSuffix(w, ",")) {
			rest := make([]string, 0, len(core)-1)
			for m := range core {
				if m != k {
					rest = append(rest, words[m])
				}
			}
			return strings.TrimSuffix(words[k], ","), strings.TrimSuffix(strings.Join(rest, " "), ",")
		}
	}
	if len(core) > 3 {
		return "", ""
	}
	if familyFirst[country] {
		return words[0], strings.Join(words[1:len(core)], " ")
	}
	return strings.TrimSuffix(words[len(core)-1], ","), strings.Join(words[:len(core)-1], " ")
}
