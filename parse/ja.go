package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// japanese is the grammar of MOFA's and the Prime Minister's Office's
// Japanese readouts. The lead is read by jaLead (who, where and what kind in
// ja_who.go, ja_place.go and ja_kind.go; when in ja_when.go), the body by
// jaBody (ja_body.go).
var japanese = &language{
	tag:      "ja",
	dateLine: jaDateLine,
	isLead:   jaIsLead,
	lead:     (*parser).jaLead,
	body:     (*parser).jaBody,
}

// jaLeadWords are words of a sentence that reports an engagement.
var jaLeadWords = []string{
	"会談", "会合", "出席", "参加", "表敬", "立ち話", "訪問", "電話", "会議", "ランチ",
	"夕食", "昼食", "朝食", "晩餐", "懇談", "ディナー", "協議", "主催", "行いました", "行ったところ",
}

// jaIsLead reports whether s starts the lead paragraph: a sentence that
// reports an engagement with a date or a time ("現地時間4月7日…出席した
// ところ", "本4日,…と会談を行ったところ"), not a caption or a date line.
func jaIsLead(s string) bool {
	if _, rest := itemMarker(s); rest > 0 {
		s = s[rest:]
	}
	// 80 bytes hold at least 20 runes: count only shorter lines.
	if len(s) < 80 && utf8.RuneCountInString(s) < 20 || !strings.Contains(s, "。") && !strings.Contains(s, "ところ") {
		return false
	}
	// A digit before 日 or 時 (a byte loop) first, then the words.
	when := false
	for i := 1; i < len(s) && !when; i++ {
		if s[i-1] >= '0' && s[i-1] <= '9' && (strings.HasPrefix(s[i:], "日") || strings.HasPrefix(s[i:], "時")) {
			when = true
		}
	}
	if !when && !strings.Contains(s, "正午") && !strings.Contains(s, "同日") {
		return false
	}
	for _, w := range jaLeadWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// sentenceEnd returns the offset after the first "。" of s[start:end] that
// is outside brackets, or end.
func sentenceEnd(s string, start, end int) int {
	depth := 0
	for i := start; i < end; {
		r, size := decodeRune(s[i:end])
		switch r {
		case '(', '「':
			depth++
		case ')', '」':
			if depth > 0 {
				depth--
			}
		case '。':
			if depth == 0 {
				return i + size
			}
		}
		i += size
	}
	return end
}

// jaLead reads the Japanese lead paragraph [start, end) of p.text. The first
// sentence holds the engagement: who (the mention before は is the
// principal, the others are counterparts), where, what kind, and when.
// Later sentences of the lead name more counterparts.
func (p *parser) jaLead(start, end int) {
	sent := sentenceEnd(p.text, start, end)
	p.jaWho(start, end)
	p.jaPlace(start, sent)
	p.jaKind(start, sent)
	p.jaWhen(start, sent)
}

// jaWho reads the people the lead paragraph [start, end) names.
func (p *parser) jaWho(start, end int) {
	var names jaNames
	var buf [16]jaPerson // a lead names a few people: no allocation
	prs := jaAppendPersons(buf[:0], p.text, start, end)
	for k, pr := range prs {
		if i := p.jaLink(pr, &names); i >= 0 {
			p.m.Participants[i].Mentions = append(p.m.Participants[i].Mentions, p.span(pr.start, pr.end))
			continue
		}
		role := readout.RoleCounterpart
		// The principal is the mention before は, or a speaker label
		// 【茂木外務大臣】 (a press conference transcript).
		label := strings.HasSuffix(p.text[:pr.start], "【") && strings.HasPrefix(p.text[pr.end:], "】")
		after := p.text[skipAlias(p.text, pr.end, end):]
		if _, ok := p.m.Principal(); !ok && (label || strings.HasPrefix(after, "は")) {
			role = readout.RolePrincipal
		} else if jaAttends(after) {
			role = readout.RoleAttendee
		}
		if pr.nameEnd == pr.start && role != readout.RolePrincipal {
			continue // a title alone: "日本の外務大臣として"
		}
		if cap(p.m.Participants) == 0 {
			// Room for the lead's people and a few from the body, in
			// one allocation.
			p.m.Participants = make([]readout.Participant, 0, len(prs)-k+4)
		}
		p.m.Participants = append(p.m.Participants, p.jaParticipant(pr, role))
	}
	p.jaPrincipal()
}

// jaPrincipal makes sure the principal is the Japanese office holder. The
// principal is usually the mention before は, but a lead may name the
// counterpart first ("習近平中国国家主席と安倍晋三内閣総理大臣との間で")
// or make the visitor the subject ("…事務局長は,上川外務大臣を表敬"): a
// mention with a Japanese office (jaOwnOffice) then takes the place of a
// principal without one. The principal's country is Japan unless the text
// gives another.
func (p *parser) jaPrincipal() {
	ps := p.m.Participants
	cur := -1
	for i := range ps {
		if ps[i].Role == readout.RolePrincipal {
			cur = i
			break
		}
	}
	if cur < 0 || !jaOwnOffice(ps[cur]) {
		for i := range ps {
			if ps[i].Role == readout.RoleCounterpart && ps[i].Name != "" && jaOwnOffice(ps[i]) {
				if cur >= 0 {
					ps[cur].Role = readout.RoleCounterpart
				}
				ps[i].Role, cur = readout.RolePrincipal, i
				break
			}
		}
	}
	if cur >= 0 && ps[cur].Country == "" && ps[cur].Organization == "" {
		ps[cur].Country = "Japan"
	}
}

// jaOwnOffices are the titles of the Japanese government that a readout
// writes without a country: the Prime Minister and the Chief Cabinet
// Secretary. Ministers are 〜大臣 (外務大臣, 防衛大臣, 外務副大臣).
var jaOwnOffices = []string{"内閣総理大臣", "総理大臣", "総理", "内閣官房長官", "官房長官"}

// jaOwnOffice reports whether q holds a Japanese office: a title of
// jaOwnOffices or one ending in 大臣, with no country or organisation
// before it, held by a kanji name (a foreign minister whose title has no
// country, "イニア・セルイラトゥ外務大臣", has a katakana name).
func jaOwnOffice(q readout.Participant) bool {
	if q.Country != "" && q.Country != "Japan" || q.Organization != "" {
		return false
	}
	for _, r := range q.Name {
		if !isHan(r) {
			return false
		}
	}
	return strings.HasSuffix(q.Title, "大臣") || slices.Contains(jaOwnOffices, q.Title)
}

// jaAttendWords say that the person just named was present without being
// a party to the talk: "上川陽子外務大臣が同席しました", "…も陪席",
// "林外務大臣同席の下".
var jaAttendWords = []string{"同席", "陪席", "立会", "立ち会"}

// jaAttends reports whether after, the text right after a mention, says
// the person attended: an attend word, alone or after が or も.
func jaAttends(after string) bool {
	if a, ok := strings.CutPrefix(after, "が"); ok {
		after = a
	} else if a, ok := strings.CutPrefix(after, "も"); ok {
		after = a
	}
	for _, w := range jaAttendWords {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// skipAlias returns the offset after a bracketed alias at s[i:] — the
// English name MOFA gives after a foreign name, "(The Honorable Antony
// Blinken, Secretary of State …)" — or i.
func skipAlias(s string, i, end int) int {
	if !strings.HasPrefix(s[i:end], "(") {
		return i
	}
	depth := 0
	for j := i; j < end; j++ {
		switch s[j] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return j + 1
			}
		}
	}
	return i
}

// jaNameLeaders are kanji that end a word often written right before a
// name with no particle between: その後, 冒頭, その際, 席上, 更に.
const jaNameLeaders = "後頭際上次更他内"

// jaLink returns the index of the participant a mention names, or -1. The
// index x holds the participants' names; jaLink brings it up to date.
func (p *parser) jaLink(pr jaPerson, x *jaNames) int {
	if pr.nameEnd == pr.start {
		return -1
	}
	x.sync(p.m.Participants)
	name := p.text[pr.start:pr.nameEnd]
	for name != "" {
		if i := x.find(p.m.Participants, name); i >= 0 {
			return i
		}
		// A kanji run may start with the end of the word before the name
		// ("その後河野大臣", "冒頭林大臣"): try without it.
		r, size := decodeRune(name)
		if !strings.ContainsRune(jaNameLeaders, r) {
			break
		}
		name = name[size:]
	}
	return -1
}

// jaDefaultCountries gives counterparts whose country the text does not
// write beside them the country of the meeting: the partner named in the
// title ("日・フィジー外相会談", "日米外相会談"), else the place abroad.
func (p *parser) jaDefaultCountries() {
	country := titlePartner(p.m.Title)
	if country == "" && p.m.Place.Country != "Japan" {
		country = p.m.Place.Country
	}
	if country == "" {
		return
	}
	for i := range p.m.Participants {
		q := &p.m.Participants[i]
		if q.Role == readout.RoleCounterpart && q.Country == "" && q.Organization == "" {
			q.Country = country
		}
	}
}

// titlePartner returns the one partner country of a bilateral title such as
// "日・フィジー外相会談" or "日米首脳電話会談", or "".
func titlePartner(title string) string {
	t, ok := strings.CutPrefix(title, "日")
	if !ok {
		return ""
	}
	t = strings.TrimPrefix(t, "・")
	best := ""
	for i, n := 0, 0; i < len(t) && n < jaMaxCountryRunes; n++ {
		r, size := decodeRune(t[i:])
		if !isHan(r) && !isKatakana(r) {
			break
		}
		i += size
		if c, ok := jaCountry(t[:i]); ok {
			best = c
			// "日米韓" names two partners: no single country.
			if countryPrefix(t[i:]) > 0 {
				return ""
			}
		}
	}
	return best
}
