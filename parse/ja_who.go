package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// Japanese mentions of people, after normalisation:
//
//	林芳正外務大臣            name 林芳正, title 外務大臣
//	ブリンケン米国務長官      name ブリンケン, title 米国務長官, country United States
//	ジュリー・ビショップ・オーストラリア連邦外務大臣
//	                          name ジュリー・ビショップ, title オーストラリア連邦外務大臣,
//	                          country Australia
//	ストルテンベルグNATO事務総長  title NATO事務総長, organisation NATO
//	アメリカ合衆国のドナルド・ジョン・トランプ大統領   country from "…の"
//	林大臣 / 河野大臣         short forms, linked to the full mention
//
// A mention is a run of kanji, katakana, Latin letters and digits that ends
// in a known office (jaOffices) at a word boundary. The title is the part of
// the run from the first office word, department or country name, as written
// (the country or organisation it starts with also gives Country or
// Organization); the name is what comes before it.

// jaOffices end a title. Longer forms come first where one contains another.
var jaOffices = []string{
	"内閣総理大臣", "総理大臣", "総理", "首相", "副大統領", "大統領", "国務長官", "長官",
	"大臣", "外相", "事務総長", "事務局長", "事務次長", "次官", "大使", "常駐代表", "代表",
	"国家主席", "主席", "議長", "国王", "首長", "委員長", "総裁", "補佐官", "外交部長",
	"首席", "知事", "市長", "皇太子", "副首相", "党首",
	// Party and state offices of China, Korea and Viet Nam:
	// 中国共産党中央外事工作委員会弁公室主任, 韓国国家安保室長,
	// 中国共産党中央政治局常務委員, ベトナム共産党書記長.
	"主任", "書記長", "総書記", "室長", "部長", "局長", "院長", "委員",
}

// jaTitleStarts are words that begin a title: offices and departments.
var jaTitleStarts = []string{
	"外務", "外交", "国務", "国防", "防衛", "財務", "内閣", "総理", "首相", "大統領", "副",
	"事務", "国家", "国連", "司法", "経済", "運輸", "商務", "通商", "貿易", "首席", "第",
	"長官", "大臣", "外相", "次官", "大使", "常駐", "代表", "主席", "議長", "国王", "首長",
	"委員長", "総裁", "補佐官", "知事", "市長", "皇太子", "欧州", "野党", "与党", "党首",
	"共産党", "労働党", "人民", "全国", "中央", "政治局",
}

// jaOfficeFirst indexes jaOffices by their first rune.
var jaOfficeFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, o := range jaOffices {
		r, _ := decodeRune(o)
		m[r] = append(m[r], o)
	}
	return m
}()

// jaOfficeSet indexes jaOffices by their first rune, as jaOfficeFirst
// does, for a lookup without hashing.
var jaOfficeSet = newJaWordSet(jaOffices...)

// jaOfficeRunes is a bitmap over the CJK ideographs 一 … 鿿 of the first
// runes of jaOffices, tested before jaOfficeFirst, which most runes of a
// text are not in.
var jaOfficeRunes = func() *[(0x9fff-0x4e00)/64 + 1]uint64 {
	var b [(0x9fff-0x4e00)/64 + 1]uint64
	for r := range jaOfficeFirst {
		if r < 0x4e00 || r > 0x9fff {
			continue // looked up in jaOfficeFirst by mayStartOffice
		}
		b[(r-0x4e00)/64] |= 1 << ((r - 0x4e00) % 64)
	}
	return &b
}()

// mayStartOffice reports whether r is the first rune of an office.
func mayStartOffice(r rune) bool {
	switch {
	case r >= 0x4e00 && r <= 0x9fff:
		return jaOfficeRunes[(r-0x4e00)/64]&(1<<((r-0x4e00)%64)) != 0
	case r < 0x2e80:
		return false // no office starts with a Latin letter or a digit
	}
	return len(jaOfficeFirst[r]) > 0
}

// jaNotNames are what stands before a title without being a name: 両外相,
// 同大臣, 各国首脳.
var jaNotNames = map[string]bool{"両": true, "同": true, "各": true, "本": true, "貴": true, "現": true, "前": true, "元": true, "新": true, "各国": true, "両国": true}

// isKatakana reports whether r is katakana, the prolonged sound mark, or a
// separator of the parts of a katakana name (・ = ゠). The katakana block is
// tested before the Unicode table.
func isKatakana(r rune) bool {
	if r >= 0x30a1 && r <= 0x30fc { // ァ … ヺ ・ ー
		return true
	}
	if r >= 0x3040 && r <= 0x309f || r >= 0x4e00 && r <= 0x9fff {
		return false // hiragana, kanji: most of a text, not in the table
	}
	return r >= 0x2e80 && unicode.Is(unicode.Katakana, r) || r == '=' || r == '゠'
}

// isHan reports whether r is a kanji or 々. The common block of CJK
// ideographs is tested before the Unicode table.
func isHan(r rune) bool {
	if r >= 0x4e00 && r <= 0x9fff {
		return true
	}
	if r >= 0x3040 && r <= 0x30ff {
		return false // kana: most of the rest of a text, not in the table
	}
	return r >= 0x2e80 && unicode.Is(unicode.Han, r) || r == '々'
}

// isNameRune reports whether r may be part of a mention's run.
func isNameRune(r rune) bool {
	return isHan(r) || isKatakana(r) || r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
}

// A jaPerson is one mention of a person.
type jaPerson struct {
	start, end    int // the whole mention in p.text
	nameEnd       int // the name is [start, nameEnd)
	titleStart    int // the title is [titleStart, end)
	country, org  string
	countryFromOf bool // the country came from "Xの" before the mention
}

// jaPersonsIn finds the mentions of people in s[from:to], in order.
func jaPersonsIn(s string, from, to int) []jaPerson {
	return jaAppendPersons(nil, s, from, to)
}

// jaAppendPersons appends the mentions of people in s[from:to] to out, in
// order, and returns the extended slice. Once 4 KiB are read, a full out
// grows by the mentions the rest of the text predicts (predictedGrowth),
// not by a quarter at a time: a text naming many people grows it once or
// twice.
func jaAppendPersons(out []jaPerson, s string, from, to int) []jaPerson {
	lastEnd := -1
	first := len(out)
	t := s[:to]
	for i := from; i < to; {
		// Every office starts with a CJK ideograph, U+4E00 … U+9FFF,
		// whose UTF-8 form starts with a byte 0xE4 … 0xE9: other bytes
		// (ASCII, kana, the rest of a rune) are stepped over undecoded,
		// in a tight loop.
		if t[i]-0xe4 > 0xe9-0xe4 {
			for i++; i < len(t) && t[i]-0xe4 > 0xe9-0xe4; i++ {
			}
			continue
		}
		// A lead byte 0xE4 … 0xE9 and two continuation bytes are a
		// valid rune, decoded here; anything else starts no office.
		if i+2 >= len(s) || s[i+1]&0xc0 != 0x80 || s[i+2]&0xc0 != 0x80 {
			i++
			continue
		}
		r, size := rune(s[i]&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), 3
		if !mayStartOffice(r) {
			i += size
			continue
		}
		matched := 0
		for _, k := range jaOfficeSet.of(r) {
			if o := jaOffices[k]; strings.HasPrefix(s[i:to], o) {
				matched = len(o)
				break
			}
		}
		if matched == 0 {
			i += size
			continue
		}
		end := i + matched
		next, _ := decodeRune(s[end:to])
		if end < to && isNameRune(next) && !jaAfterMention(s[end:to]) {
			i += size
			continue
		}
		if end == lastEnd {
			i = end
			continue
		}
		// The run cannot start before the mention before it ends:
		// bounding the walk back keeps a long run of mentions linear.
		start := runStart(s, max(from, lastEnd), end)
		if pr, ok := jaSplitPerson(s, start, end); ok {
			pr.country, pr.countryFromOf = ofCountry(s, from, pr.start, pr.country)
			if len(out) == cap(out) && end-from >= 4<<10 {
				out = slices.Grow(out, predictedGrowth(len(out)-first, end-from, to-from))
			}
			out = append(out, pr)
		}
		lastEnd = end
		i = end
	}
	return out
}

// jaMentionEnds are words that may follow a mention with no particle
// between: 及び, 並びに, 等, and 同席 / 陪席 ("林外務大臣同席の下").
var jaMentionEnds = []string{"及", "並", "等", "同席", "陪席"}

// jaAfterMention reports whether rest, which starts with a name rune, may
// still follow the end of a mention.
func jaAfterMention(rest string) bool {
	for _, w := range jaMentionEnds {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// runStart returns the start of the run of name runes that ends at end.
// Two kinds of brackets inside a mention are stepped over: a reading right
// after a kanji name, in katakana or hiragana ("李度勲(イ・ドフン)",
// "秦剛(しん・ごう)"), which stays part of the name as written; and the
// Latin initials of an organisation inside its title ("国際原子力機関(IAEA)
// 事務局長").
func runStart(s string, from, end int) int {
	i := end
	for i > from {
		r, size := decodeLastRune(s[from:i])
		if !isNameRune(r) {
			if r == ')' {
				if j := bracketStart(s, from, i); j >= 0 {
					i = j
					continue
				}
			}
			break
		}
		i -= size
	}
	return i
}

// bracketStart returns the offset of "(" when s[:i] ends in a bracket that
// a mention steps over, right after kanji: a reading in kana, or capital
// Latin initials. Else it returns -1.
func bracketStart(s string, from, i int) int {
	// A reading is short: look back a bounded window, so that hostile
	// input with many brackets stays linear.
	lo := max(from, i-64)
	j := strings.LastIndexByte(s[lo:i], '(')
	if j < 0 {
		return -1
	}
	j += lo
	in := s[j+1 : i-1]
	if in == "" || !isReading(in) && latinRun(in) != len(in) {
		return -1
	}
	if r, _ := decodeLastRune(s[from:j]); j == from || !isHan(r) {
		return -1
	}
	return j
}

// isReading reports whether s is a name's reading: katakana or hiragana,
// with "・" between the parts.
func isReading(s string) bool {
	for _, r := range s {
		if !isKatakana(r) && !unicode.Is(unicode.Hiragana, r) {
			return false
		}
	}
	return true
}

// ofCountry returns the country written as "Xの" right before a mention
// ("アメリカ合衆国のドナルド・トランプ大統領") when the mention has none.
func ofCountry(s string, from, start int, country string) (string, bool) {
	if country != "" || start-len("の") < from || !strings.HasSuffix(s[from:start], "の") {
		return country, false
	}
	e := start - len("の")
	b := runStart(s, from, e)
	if c, ok := jaCountry(s[b:e]); ok && b < e {
		return c, true
	}
	return country, false
}

// jaSplitPerson splits the run s[start:end], which ends in an office, into
// name, country or organisation, and title.
func jaSplitPerson(s string, start, end int) (jaPerson, bool) {
	pr := jaPerson{start: start, end: end}
	run := s[start:end]
	var m jaRunMarks // where an office word starts in run, each tested once
	m.run = run
	r0, _ := decodeRune(run)
	nameEnd := -1
	switch {
	case isKatakana(r0):
		// A katakana name runs to the first kanji or Latin letter; a
		// katakana country after its last "・" belongs to the title.
		k := 0
		for k < len(run) {
			r, size := decodeRune(run[k:])
			if !isKatakana(r) {
				// A Latin initial between two ・ is part of the name:
				// "ジョージ・W・ブッシュ".
				if n := latinInitial(run[k:]); n > 0 && strings.HasSuffix(run[:k], "・") {
					k += n
					continue
				}
				break
			}
			k += size
		}
		nameEnd = k
		for dot := strings.LastIndex(run[:k], "・"); dot > 0; dot = strings.LastIndex(run[:dot], "・") {
			if n := m.countryPrefix(dot + len("・")); n > 0 && dot+len("・")+n >= k {
				nameEnd = dot
				pr.titleStart = start + dot + len("・")
				break
			}
		}
		if pr.titleStart == 0 {
			pr.titleStart = start + k
		}
	default:
		// A kanji name ends where the title starts: an office or
		// department word or a country name, never at the first rune.
		_, size := decodeRune(run)
		if m.titleStartsAt(0) {
			size = len(run) // a title alone: "外務大臣", "米国務長官"
		}
		for k := size; k < len(run); {
			if m.titleStartsAt(k) {
				nameEnd = k
				break
			}
			_, sz := decodeRune(run[k:])
			k += sz
		}
		if nameEnd < 0 {
			nameEnd = 0 // a title alone ("外務大臣")
		}
		pr.titleStart = start + nameEnd
	}
	pr.nameEnd = start + nameEnd
	// The title may start with the country or the organisation, which
	// stays in the title as written ("米国国務長官", "NATO事務総長") and
	// gives the country or organisation.
	t := s[pr.titleStart:end]
	prefix := 0
	if n := m.countryPrefix(pr.titleStart - start); n > 0 {
		pr.country = m.prefixCountry // jaCountry(t[:n])
		prefix = n
	} else if o, n := jaOrgPrefix(t); n > 0 {
		pr.org, prefix = o, n
	} else if n := latinRun(t); n > 0 && n < len(t) {
		// Normalised ("ＮＡＴＯ" is "NATO"), so a copy: the text may be
		// in a buffer the next parse reuses (parserPool).
		pr.org = strings.Clone(t[:n])
		prefix = n
	}
	name := s[start:pr.nameEnd]
	if name == "" || jaNotNames[name] {
		pr.nameEnd = start
	}
	return pr, pr.titleStart+prefix < end
}

// A jaRunMarks remembers, for a run of up to 256 bytes, at which offsets
// an office or department word starts (officeStartsAt), so that the many
// tests of jaSplitPerson at the same offsets test the words once.
type jaRunMarks struct {
	run    string
	office [256]int8 // 0 not yet tested, 1 an office starts, 2 none
	// The last countryPrefix worked out: the title's is asked for
	// again once the name's end is found.
	prefixAt, prefixLen int
	prefixCountry       string // the country of that prefix
	prefixKnown         bool
}

// officeAt reports whether officeStartsAt(m.run[i:]).
func (m *jaRunMarks) officeAt(i int) bool {
	if i >= len(m.office) {
		return officeStartsAt(m.run[i:])
	}
	if m.office[i] == 0 {
		m.office[i] = 2
		if officeStartsAt(m.run[i:]) {
			m.office[i] = 1
		}
	}
	return m.office[i] == 1
}

// titleStartsAt is titleStartsAt(m.run[k:]).
func (m *jaRunMarks) titleStartsAt(k int) bool {
	if m.officeAt(k) || m.countryPrefix(k) > 0 {
		return true
	}
	_, n := jaOrgPrefix(m.run[k:])
	return n > 0
}

// countryPrefix is countryPrefix(m.run[k:]).
func (m *jaRunMarks) countryPrefix(k int) int {
	if m.prefixKnown && m.prefixAt == k {
		return m.prefixLen
	}
	best, country := longestCountryPrefix(m.run[k:], func(i int) bool { return m.officeAt(k + i) })
	m.prefixAt, m.prefixLen, m.prefixCountry, m.prefixKnown = k, best, country, true
	return best
}

// countryPrefix returns the length of the longest country name at the start
// of t that is followed by the rest of a title: an office or department word
// or an organisation ("米国務長官" is 米 + 国務長官, "米国国務長官" is 米国 +
// 国務長官).
func countryPrefix(t string) int {
	n, _ := longestCountryPrefix(t, func(i int) bool { return officeStartsAt(t[i:]) })
	return n
}

// longestCountryPrefix returns the length and the country of the longest
// country name at the start of t (at most 12 runes of kanji and katakana)
// after which officeAt(its length) is true: the rest of a title follows.
func longestCountryPrefix(t string, officeAt func(i int) bool) (int, string) {
	best, country := 0, ""
	for i, n := 0, 0; i < len(t) && n < 12; n++ {
		r, size := decodeRune(t[i:])
		if !isHan(r) && !isKatakana(r) {
			break
		}
		i += size
		if i >= len(t) {
			break
		}
		// The office test is cheap and rarely true: make it first.
		if !officeAt(i) {
			continue
		}
		if c, ok := jaCountry(t[:i]); ok {
			best, country = i, c
		}
	}
	return best, country
}

// officeStartsAt reports whether t starts with an office or department word
// or an organisation's Latin initials.
func officeStartsAt(t string) bool {
	if latinRun(t) > 0 {
		return true
	}
	return jaTitleStartSet.match(t, 0) >= 0
}

// jaTitleStartSet indexes jaTitleStarts by their first rune.
var jaTitleStartSet = newJaWordSet(jaTitleStarts...)

// latinInitial returns the length of a capital Latin initial, with an
// optional dot, followed by "・" at the start of t ("W・", "W.・"), or 0.
func latinInitial(t string) int {
	if t == "" || t[0] < 'A' || t[0] > 'Z' {
		return 0
	}
	n := 1
	if n < len(t) && t[n] == '.' {
		n++
	}
	if !strings.HasPrefix(t[n:], "・") {
		return 0
	}
	return n
}

// latinRun returns the length of the run of capital Latin letters at the
// start of t ("NATO", "EU").
func latinRun(t string) int {
	i := 0
	for i < len(t) && t[i] >= 'A' && t[i] <= 'Z' {
		i++
	}
	if i < 2 {
		return 0
	}
	return i
}

// participant returns the readout.Participant of a mention.
func (p *parser) jaParticipant(pr jaPerson, role readout.Role) readout.Participant {
	q := readout.Participant{
		Name:         p.orig(pr.start, pr.nameEnd),
		Title:        p.orig(pr.titleStart, pr.end),
		Country:      pr.country,
		Organization: pr.org,
		Role:         role,
		Span:         p.span(pr.start, pr.end),
	}
	if pr.nameEnd == pr.start {
		q.Name = ""
	}
	return q
}

// jaLinks reports whether the short name short ("林", "ケリー") names the
// participant full ("林芳正", "ジョン・ケリー"): a kanji name by its start
// (the family name), a katakana name by its last part.
func jaLinks(short, full string) bool {
	switch {
	case short == "" || full == "":
		return false
	case short == full:
		return true
	case strings.Contains(full, "・"):
		// full ends in "・"+short or starts with short+"・", tested without
		// building either.
		if rest, ok := strings.CutSuffix(full, short); ok && strings.HasSuffix(rest, "・") {
			return true
		}
		rest, ok := strings.CutPrefix(full, short)
		return ok && strings.HasPrefix(rest, "・")
	}
	r, _ := decodeRune(full)
	return isHan(r) && strings.HasPrefix(full, short)
}
