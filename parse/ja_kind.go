package parse

import (
	"cmp"
	"strings"

	"github.com/diplomacy-data/readout"
)

// The kind of a Japanese engagement is read from the predicate of the lead
// sentence, its last clause ("…と会談を行ったところ", "…に出席したところ",
// "…を表敬したところ"), so that a purpose clause ("国連総会に出席するため")
// does not count; nor does a purpose phrase inside the predicate, which ends
// in ため ("G7外相会合出席のため訪日中の…による表敬を受けた" is a courtesy
// call, "政府間協議のため訪日中の…とワーキング・ランチ" a working meal). The
// first kind word of the predicate wins: "ワーキングランチ及び首脳会談" is a
// working meal, "首脳ワーキング・ランチ" too (the head noun of the engagement
// decides, as for English "summit working lunch"). A talk (会談, 立ち話,
// 会合, 会議, 協議) takes its kind from who takes part (jaTalkKind), as the
// corpus labels 立ち話 (ja/003, ja/009, ja/016). A 懇談 is an informal talk
// whoever takes part: the word says the talk is informal, as English
// "informal talks" does (the corpus labels say "other" for 懇談).
var jaKinds = []struct {
	word string
	kind readout.Kind
}{
	{"立ち話", readout.KindMeeting},
	{"表敬", readout.KindCourtesyCall},
	{"ワーキング・ランチ", readout.KindWorkingMeal},
	{"ワーキングランチ", readout.KindWorkingMeal},
	{"ワーキング・ディナー", readout.KindWorkingMeal},
	{"ワーキングディナー", readout.KindWorkingMeal},
	{"夕食会", readout.KindWorkingMeal},
	{"昼食会", readout.KindWorkingMeal},
	{"朝食会", readout.KindWorkingMeal},
	{"晩餐会", readout.KindWorkingMeal},
	{"首脳会談", readout.KindSummit},
	{"首脳電話会談", readout.KindSummit},
	{"首脳テレビ会談", readout.KindSummit},
	{"会談", readout.KindMeeting},
	{"懇談", readout.KindInformalTalk},
	{"協議", readout.KindMeeting},
	{"会議", readout.KindMeeting},
	{"会合", readout.KindMeeting},
	{"訪問", readout.KindVisit},
}

// jaKind sets the kind, mode and event from the lead sentence [start, end).
func (p *parser) jaKind(start, end int) {
	s := p.text
	pe := end
	if i := strings.Index(s[start:end], "ところ"); i >= 0 {
		pe = start + i
	}
	// The predicate starts after the last comma outside brackets; when
	// the last clause names no engagement ("…に出席し、議長を務めました"),
	// the clause before it does, and so on: the predicate is the last
	// clause that starts at or before the last engagement word. (A clause
	// that names none sets nothing that the clause before it does not set
	// again, since that one's predicate contains it.)
	ps := start
	if m := jaLastEngagement(s, start, pe); m >= 0 {
		depth := 0
		for i := start; i < pe && i <= m; i++ {
			c := -1
			switch s[i] {
			case '(':
				depth++
			case ')':
				depth--
			case ',':
				if depth == 0 {
					c = i + 1
				}
			}
			if depth == 0 && s[i] == "、"[0] && strings.HasPrefix(s[i:pe], "、") {
				c = i + len("、")
			}
			if c >= 0 && c <= m {
				ps = c
			}
		}
	}
	p.jaKindIn(ps, pe)
}

// jaLastEngagement returns the offset in s of the last word of s[start:pe]
// that makes jaKindIn name an engagement — a kind word (jaKindWordOK), "に
// 出席" reporting attendance (jaAttendIndex) or "に参加" — after the last
// purpose phrase ending in ため, or -1. It walks back from the end once,
// testing all the words at each position (jaEngageWords).
func jaLastEngagement(s string, start, pe int) int {
	if i := lastIndexTame(s[start:pe]); i >= 0 {
		start += i + len("ため")
	}
	pred := s[start:pe]
	for i := len(pred) - 1; i >= 0; i-- {
		for _, k := range jaEngageWords.at(pred, i) {
			w := jaEngageWords.words[k]
			if !hasPrefixAt(pred, i, w) {
				continue
			}
			rest := pred[i+len(w):]
			switch {
			case k == len(jaKinds): // に出席
				if strings.HasPrefix(rest, "する") {
					continue
				}
			case k < len(jaKinds):
				if !jaKindWordOK(w, rest) {
					continue
				}
			}
			return start + i
		}
	}
	return -1
}

// jaEngageWords are the words of jaLastEngagement: the kind words of
// jaKinds, in order, then "に出席" and "に参加".
var jaEngageWords = func() *jaWordSet {
	var words []string
	for _, k := range jaKinds {
		words = append(words, k.word)
	}
	return newJaWordSet(append(words, "に出席", "に参加")...)
}()

// jaKindWordOK reports whether the kind word w followed by rest names the
// kind: 訪問 in a place phrase (…を訪問中の, 訪問先の) does not.
func jaKindWordOK(w, rest string) bool {
	return w != "訪問" || !strings.HasPrefix(rest, "中") && !strings.HasPrefix(rest, "先")
}

// jaKindIn sets the kind, mode and event from the predicate s[ps:pe] and
// reports whether it names an engagement.
func (p *parser) jaKindIn(ps, pe int) bool {
	s := p.text
	// A purpose phrase (…出席のため, …協議のため訪日中の) names an event
	// the engagement is part of, not the engagement: read after it.
	if i := lastIndexTame(s[ps:pe]); i >= 0 {
		ps += i + len("ため")
	}
	pred := s[ps:pe]
	best := readout.KindUnknown
	at, word := jaFirstKind(pred)
	if word >= 0 {
		best = jaKinds[word].kind
	}
	if word >= 0 && jaTalkWords[jaKinds[word].word] {
		best = p.jaTalkKind(ps+at, ps)
	}
	if i := jaAttendIndex(pred); i >= 0 {
		best = readout.KindMultilateral
		b := runStart(s, ps, ps+i)
		if ev := s[b : ps+i]; ev != "" && ev != "会談" && ev != "会合" {
			p.m.Event, p.m.EventSpan = p.orig(b, ps+i), p.span(b, ps+i)
		}
	} else if i := strings.Index(pred, "に参加"); i >= 0 {
		best = readout.KindMultilateral
	}
	p.m.Kind = best
	switch {
	case strings.Contains(pred, "電話"):
		p.m.Mode = readout.ModeTelephone
	case strings.Contains(pred, "テレビ") || strings.Contains(pred, "ビデオ") || strings.Contains(pred, "オンライン"):
		p.m.Mode = readout.ModeVideo
	case best != readout.KindUnknown:
		p.m.Mode = readout.ModeInPerson
	}
	return best != readout.KindUnknown
}

// jaAttendIndex returns the offset of "に出席" in pred that reports
// attending, not a purpose ("国連総会に出席するため"), or -1.
func jaAttendIndex(pred string) int {
	for off := 0; off < len(pred); {
		i := strings.Index(pred[off:], "に出席")
		if i < 0 {
			return -1
		}
		i += off
		if !strings.HasPrefix(pred[i+len("に出席"):], "する") {
			return i
		}
		off = i + len("に出席")
	}
	return -1
}

// jaFirstKind returns the offset in pred of the first kind word that names
// the kind (jaKindWordOK) and its index in jaKinds — the first in the list
// of those at that offset — or len(pred), -1.
func jaFirstKind(pred string) (int, int) {
	for i := 0; i < len(pred); i++ {
		for _, k := range jaEngageWords.at(pred, i) {
			if k >= len(jaKinds) {
				continue
			}
			w := jaKinds[k].word
			if hasPrefixAt(pred, i, w) && jaKindWordOK(w, pred[i+len(w):]) {
				return i, k
			}
		}
	}
	return len(pred), -1
}

// jaTalkWords are the kind words of a talk, whose kind depends on who takes
// part: a 立ち話 is classified like a 会談.
var jaTalkWords = map[string]bool{"立ち話": true, "会談": true, "会議": true, "会合": true, "協議": true}

// jaLeaderOffices are the offices of a head of state or government.
var jaLeaderOffices = []string{"総理大臣", "総理", "首相", "大統領", "国王", "国家主席", "主席", "首長", "天皇", "女王"}

// jaTalkKind returns the kind of the talk whose kind word is at s[at:] in
// the predicate starting at ps, as for English: a multilateral meeting when
// three or more parties take part (日米韓外相会合, a page titled 日米韓…, or
// the principal with counterparts of two other countries); a summit when
// the words before the kind word say 首脳 (日米首脳会談) or when the
// principal and every counterpart are leaders; else a meeting.
func (p *parser) jaTalkKind(at, ps int) readout.Kind {
	s := p.text
	b := runStart(s, ps, at)
	qual := s[b:at] // the words before the kind word: "日米韓外相", "首脳"
	if jaParties(qual) >= 3 || jaParties(p.m.Title) >= 3 {
		return readout.KindMultilateral
	}
	parties := map[string]bool{}
	leaders, counterparts := true, 0
	for _, q := range p.m.Participants {
		switch q.Role {
		case readout.RolePrincipal, readout.RoleCounterpart:
		default:
			continue
		}
		if q.Role == readout.RoleCounterpart {
			counterparts++
		}
		if c := cmp.Or(q.Country, jaParty(q.Organization)); c != "" {
			parties[c] = true
		}
		leaders = leaders && jaIsLeader(q.Title)
	}
	if _, ok := p.m.Principal(); ok && !parties["Japan"] {
		parties["Japan"] = true
	}
	switch {
	case len(parties) >= 3:
		return readout.KindMultilateral
	case strings.Contains(qual, "首脳") || leaders && counterparts > 0:
		return readout.KindSummit
	}
	return readout.KindMeeting
}

// jaIsLeader reports whether title is the office of a head of state or
// government ("内閣総理大臣", "米国大統領"), not a deputy ("副大統領").
func jaIsLeader(title string) bool {
	for _, o := range jaLeaderOffices {
		if strings.HasSuffix(title, o) && !strings.HasSuffix(title, "副"+o) {
			return true
		}
	}
	return false
}

// jaParties returns the number of countries named one after another at the
// start of s, as in a title or a meeting's name: "日米韓" is 3, "日・フィジー"
// is 2, "日米" 2. Each name is the longest known one; a "・" may separate
// them.
func jaParties(s string) int {
	n := 0
	for i := 0; i < len(s); {
		i += len(s[i:]) - len(strings.TrimPrefix(s[i:], "・"))
		best := 0
		for j, k := i, 0; j < len(s) && k < 12; k++ {
			r, size := decodeRune(s[j:])
			if !isHan(r) && !isKatakana(r) || r == '・' {
				break
			}
			j += size
			if _, ok := jaCountry(s[i:j]); ok {
				best = j
			}
		}
		if best == 0 {
			break
		}
		n++
		i = best
	}
	return n
}

// jaParty returns the party an organisation's official speaks for: the
// presidents of the European Council and of the European Commission
// together represent the EU at a summit (日EU定期首脳協議).
func jaParty(org string) string {
	switch org {
	case "European Council", "European Commission":
		return "EU"
	}
	return org
}

// lastIndexTame is strings.LastIndex(s, "ため"). It looks for the third
// byte of the word's UTF-8 form, 0x9F, which ends few kana and kanji,
// instead of hashing the whole text from its end, and compares the word
// where it finds one.
func lastIndexTame(s string) int {
	const word, k = "ため", 2 // word[k] == 0x9F
	for end := len(s); end > 0; {
		j := strings.LastIndexByte(s[:end], word[k])
		if j < 0 {
			return -1
		}
		if p := j - k; p >= 0 && p+len(word) <= len(s) && s[p:p+len(word)] == word {
			return p
		}
		end = j
	}
	return -1
}
