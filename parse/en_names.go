package parse

import (
	"strings"
	"unicode/utf8"
)

// Person phrases. A readout names a person in one of two orders:
//
//	[honorifics] Name[, Jr.][, MP], Title [of Country]   Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan
//	[Country-adj] Title [of Country] [honorifics] Name    U.S. Secretary of State Condoleezza Rice
//
// The first is MOFA's usual lead; the second is the older lead and every
// later mention ("Minister Hayashi", "Secretary-General Stoltenberg").
// The honorifics and title words are data (the tables below); the scanner
// only knows the two orders.

// honorifics are the forms of address a name may carry, lower case, word
// by word. Several may follow each other ("H.E. Mr.", "H. E. Eng.").
// "Sheikh" is not among them: it is part of the name.
var honorifics = [][]string{
	{"mr."}, {"ms."}, {"mrs."}, {"dr."}, {"h.e."}, {"h.", "e."}, {"h.h."}, {"h.", "h."}, {"h.m."}, {"h.r.h."},
	{"his", "excellency"}, {"her", "excellency"}, {"his", "highness"}, {"her", "highness"},
	{"his", "majesty"}, {"her", "majesty"}, {"his", "royal", "highness"}, {"her", "royal", "highness"},
	{"the", "honorable"}, {"the", "honourable"}, {"honorable"}, {"honourable"},
	{"the", "rt.", "hon."}, {"the", "rt", "hon"}, {"rt.", "hon."}, {"rt", "hon"},
	{"the", "right", "honourable"}, {"the", "right", "honorable"}, {"right", "honourable"}, {"right", "honorable"},
	{"senator", "the", "hon."}, {"senator", "the", "hon"}, {"the", "hon."}, {"the", "hon"}, {"hon."}, {"hon"},
	{"amb."}, {"eng."}, {"prof."}, {"professor"}, {"sir"}, {"dame"}, {"mme"}, {"mme."}, {"madam"},
	{"datuk"}, {"dato'"}, {"tan", "sri"}, {"excellency"},
}

// ranks are military and police ranks used as a form of address before a
// name ("General Prayut Chan-o-cha"). They are kept apart from honorifics
// because inside a title they are title words: "Secretary General",
// "Director General", "Governor-General".
var ranks = [][]string{
	{"general"}, {"gen."}, {"lieutenant", "general"}, {"lt.", "gen."}, {"major", "general"}, {"maj.", "gen."},
	{"brigadier", "general"}, {"brig.", "gen."}, {"admiral"}, {"adm."}, {"vice", "admiral"}, {"rear", "admiral"},
	{"air", "chief", "marshal"}, {"air", "marshal"}, {"field", "marshal"}, {"marshal"}, {"colonel"}, {"col."},
	{"lieutenant", "colonel"}, {"captain"}, {"capt."}, {"commander"},
}

// honorificAt returns the index after the honorifics and ranks at toks[i:],
// or i. inPhrase says that toks[i] is already inside a person phrase,
// after a title ("President U Thein Sein").
func honorificAt(toks []tok, i int, inPhrase bool) int {
	if i >= len(toks) || toks[i].flags&(fHon|fDS) == 0 && toks[i].w != "U" {
		// No honorific or rank starts here (fHon), nor "Daw" (fDS)
		// or "U": most words.
		return i
	}
	for {
		j := oneHonorific(toks, i)
		if j == i && i < len(toks) && toks[i].flags&fHon != 0 {
			j = longestPhrase(toks, i, rankIndex.candidates(toks[i].w))
		}
		if j == i {
			j = burmeseHonorific(toks, i, inPhrase)
		}
		if j == i {
			return i
		}
		i, inPhrase = j, true
	}
}

// burmeseHonorific returns the index after a Burmese form of address at
// toks[i] — Daw (women), U (men) — before a capitalised name ("H.E. Daw
// Aung San Suu Kyi", "President U Thein Sein"), or i. "U" is a word of
// its own only as this honorific, but a lone capital letter is too common
// to start a phrase: it counts only inside a person phrase, after another
// honorific or a title.
func burmeseHonorific(toks []tok, i int, inPhrase bool) int {
	if i < len(toks) && toks[i].w != "Daw" && toks[i].w != "U" {
		return i
	}
	if i+1 >= len(toks) || toks[i].comma() || toks[i].stop() || !isCap(toks[i+1].w) || notNames.has(toks[i+1].w) {
		return i
	}
	switch toks[i].w {
	case "Daw":
		return i + 1
	case "U":
		if inPhrase {
			return i + 1
		}
	}
	return i
}

// longestPhrase returns the index after the longest of phrases at toks[i:],
// or i.
func longestPhrase(toks []tok, i int, phrases []wordPhrase) int {
	best := i
	for _, h := range phrases {
		if len(h.words) > best-i && h.at(toks, i) {
			best = i + len(h.words)
		}
	}
	return best
}

var (
	honorificIndex = indexPhrases(honorifics, honFirstWords)
	rankIndex      = indexPhrases(ranks, honFirstWords)
)

// honFirstWords are the first words of the honorifics and ranks: the
// words with the fHon flag (in ASCII).
var honFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, ph := range append(append([][]string(nil), honorifics...), ranks...) {
		m[ph[0]] = true
	}
	return m
}()

func oneHonorific(toks []tok, i int) int {
	best := i
	if i >= len(toks) || toks[i].flags&fHon == 0 {
		return best
	}
	if theNeedsHon && toks[i].w == "the" && (i+1 >= len(toks) || toks[i+1].flags&fHon == 0) {
		return best // "the" before a word that starts no honorific: the commonest case
	}
	for _, h := range honorificIndex.candidates(toks[i].w) {
		if len(h.words) > best-i && h.at(toks, i) {
			if k := i + len(h.words) - 1; toks[k].stop() && !strings.HasSuffix(toks[k].w, ".") {
				continue
			}
			best = i + len(h.words)
		}
	}
	// "the Honorable" must be followed by a name, not "the Honorable
	// Members".
	return best
}

// theNeedsHon says that every honorific that starts with "the" has a
// second word that starts an honorific or a rank (honSecond): "the"
// before a word without fHon starts none (wordPhrase.at).
var theNeedsHon = func() bool {
	for _, h := range honorificIndex.byFirst["the"] {
		if !h.honSecond {
			return false
		}
	}
	return true
}()

// postNominals are letters written after a name ("the Hon. Malcolm
// Turnbull, MP").
var postNominals = newHintedSet(map[string]bool{
	"MP": true, "QC": true, "KC": true, "OBE": true, "CBE": true, "KBE": true, "MBE": true, "PhD": true,
	"AC": true, "AO": true, "MLA": true, "TD": true, "MEP": true, "GCMG": true, "KCMG": true, "CMG": true,
})

// isNameSuffix reports whether w continues a name after a comma ("Joseph
// R. Biden, Jr.").
func isNameSuffix(w string) bool {
	switch w {
	case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// nameParticles are lower-case words inside a name ("Antonio de Aguiar
// Patriota", "Abdullah bin Zayed").
var nameParticles = map[string]bool{
	"bin": true, "bint": true, "binti": true, "ibn": true, "de": true, "da": true, "do": true, "dos": true,
	"das": true, "del": true, "della": true, "di": true, "van": true, "von": true, "der": true, "den": true,
	"le": true, "la": true, "al": true, "el": true, "y": true, "ter": true, "du": true, "al-": true,
}

// maxParticleLen is the length of the longest of nameParticles.
const maxParticleLen = 5

// particleHint has bit last&31 of particleHint[len][first&31] set for each
// of nameParticles, whose first and last bytes are first and last (in
// either case, for letters).
var particleHint = func() (h [maxParticleLen + 1][32]uint32) {
	for w := range nameParticles {
		h[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return h
}()

// isParticle reports whether strings.ToLower(w) is one of nameParticles.
// Lower-casing keeps an ASCII word's length and at most shortens a word
// to a third (a rune outside ASCII has up to three bytes, and lower-cases
// to one rune at least): a longer word is not looked up, nor an ASCII
// word whose length, first and last bytes no particle has.
func isParticle(w string) bool {
	if len(w) > maxParticleLen && (len(w) > 3*maxParticleLen || isASCII(w)) {
		return false
	}
	if n := len(w); n > 0 && n <= maxParticleLen && w[0] < utf8.RuneSelf && w[n-1] < utf8.RuneSelf &&
		particleHint[n][w[0]&31]&(1<<(w[n-1]&31)) == 0 && isASCII(w) {
		return false
	}
	return foldIn(nameParticles, w)
}

// notNames are capitalised words that never start or continue a name.
var notNames = newHintedSet(map[string]bool{
	"Meeting": true, "Meetings": true, "Summit": true, "Talks": true, "Talk": true, "Conference": true,
	"Session": true, "Dialogue": true, "The": true, "A": true, "An": true, "In": true, "On": true, "At": true,
	"This": true, "That": true, "They": true, "He": true, "She": true, "It": true, "Both": true, "During": true,
	"Government": true, "Ministry": true, "Embassy": true, "Office": true, "Council": true, "Cabinet": true,
	"Forum": true, "Assembly": true, "General": true, "Agreement": true, "Treaty": true, "Partnership": true,
	"Japan": true, "Japan's": true, "Visit": true, "Reception": true, "Programme": true, "Program": true,
	"Initiative": true, "Strategy": true, "Declaration": true, "Statement": true, "Group": true,
	"Members": true, "Member": true, "Region": true, "Countries": true, "Indo-Pacific": true,
	"Ministers": true, "Leaders": true, "Photo": true, "Photos": true, "However": true, "Also": true, "And": true, "Further": true,
})

// A person is a person phrase found by personAt: offsets into p.text of
// its parts (start == end when absent) and what its title says.
type person struct {
	start, end     int // the whole phrase
	nameS, nameE   int
	honS, honE     int
	titleS, titleE int
	postS, postE   int
	country, org   string
	titleFirst     bool // "Prime Minister Shinzo Abe"
	head           int  // titleFirst: index of the title's head word
	plural         bool // "Ministers of partner countries"
	next           int  // index of the token after the phrase
}

func (ps person) named() bool { return ps.nameE > ps.nameS }

// isNameWord reports whether toks[i] may be part of a name.
func isNameWord(toks []tok, i int) bool {
	w := toks[i].w
	if toks[i].flags&fCap == 0 {
		if !isParticle(w) {
			return false
		}
		// "de Aguiar", "von der Leyen": particles up to a capitalised word.
		for k := i; k < len(toks) && k < i+3; k++ {
			if toks[k].comma() || toks[k].stop() {
				return false
			}
			if k+1 < len(toks) && isCap(toks[k+1].w) {
				return true
			}
			if k+1 >= len(toks) || !nameParticles[toks[k+1].w] {
				return false
			}
		}
		return false
	}
	if notNames.has(w) || toks[i].head() {
		return false
	}
	// A country's name, unless in capitals (a name written "HAYASHI");
	// asked in this order as most words name no country.
	return !isCountryWord(w) || isAllCaps(w)
}

// nameAt reads a name at toks[i:]: capitalised words, initials and
// particles, up to a comma or a word that is not a name's. It returns the
// end offset of the name (excluding a possessive "'s") and the index of
// the token after it.
func nameAt(toks []tok, i int) (end, next int) {
	j := i
	for j < len(toks) && j-i < 8 && isNameWord(toks, j) {
		if j > i && postNominals.has(toks[j].w) {
			break // "the Rt Hon Dominic Raab MP"
		}
		if possessive(toks[j].w) {
			return int(toks[j].end - 2), j + 1
		}
		j++
		if toks[j-1].stop() && !strings.HasSuffix(toks[j-1].w, ".") {
			break
		}
		if toks[j-1].comma() {
			if j < len(toks) && isNameSuffix(toks[j].w) {
				j++
			}
			break
		}
		if toks[j-1].stop() && j < len(toks) && !isCap(toks[j].w) {
			break
		}
	}
	if j == i {
		return 0, i
	}
	// An abbreviation's dot that ends the sentence: "... Mr. Manouchehr Mottaki."
	return int(toks[j-1].end), j
}

// personAt reads a person phrase starting at toks[i]. A phrase needs an
// honorific or a title word; a title without a name is returned unnamed
// (the caller decides whether "the Prime Minister" is a person).
func personAt(toks []tok, i int) (person, bool) {
	if i >= len(toks) {
		return person{}, false
	}
	art := toks[i].flags&fHon != 0 && isArticle(toks[i].w) // "the", "his", "her" have fHon
	if toks[i].flags&(fCap|fHon|fHead) == 0 && !art {
		// Every phrase starts with an honorific or rank, a capitalised
		// word (a name, a country adjective or organisation before a
		// title, a title head), an article or "his" / "her": a word
		// that is none of these is not looked up further.
		return person{}, false
	}
	ps := person{start: int(toks[i].start)}
	// Honorific first.
	if h := honorificAt(toks, i, false); h > i && h < len(toks) {
		ne, n := nameAt(toks, h)
		if n == h {
			// A royal or noble title between the honorific and the name:
			// "His Majesty King Abdullah II", "His Royal Highness Prince
			// Mohammed bin Salman".
			in, ok := personAt(toks, h)
			if !ok || !in.titleFirst || !in.named() || in.honE > in.honS {
				return person{}, false
			}
			in.start, in.honS, in.honE = int(toks[i].start), int(toks[i].start), int(toks[h-1].end)
			return in, true
		}
		ps.honS, ps.honE = int(toks[i].start), int(toks[h-1].end)
		ps.nameS, ps.nameE, ps.end, ps.next = int(toks[h].start), ne, ne, n
		ps.afterName(toks)
		return ps, true
	}
	// A name that carries its own form of address: "Sheikh Mohammed bin
	// Abdulrahman Al-Thani".
	if w := toks[i].w; w != "" && w[0] == 'S' && nameStarts[w] { // all start with "S"
		if ne, n := nameAt(toks, i); n > i+1 {
			ps.nameS, ps.nameE, ps.end, ps.next = int(toks[i].start), ne, ne, n
			ps.afterName(toks)
			return ps, true
		}
	}
	// Title first.
	k := i
	if art && k+1 < len(toks) {
		k++
		ps.start = int(toks[k].start)
	}
	t, ok := titleAt(toks, k, true)
	if !ok {
		return person{}, false
	}
	ps.titleS, ps.titleE, ps.country, ps.org, ps.plural = int(toks[k].start), closeBracket(toks[t.end-1]), t.country, t.org, t.plural
	ps.titleFirst = true
	ps.head = t.head
	ps.end, ps.next = ps.titleE, t.end
	if t.possessive || toks[t.end-1].comma() || toks[t.end-1].stop() {
		if k > i {
			ps.start = int(toks[i].start) // "the Prime Minister" keeps its article
			ps.titleS = ps.start
		}
		return ps, true
	}
	h := honorificAt(toks, t.end, true)
	ne, n := nameAt(toks, h)
	if n == h || toks[h].open() {
		// No name, or a bracket after the title: "Director of the
		// International Monetary Fund (IMF)".
		if k > i {
			ps.start, ps.titleS = int(toks[i].start), int(toks[i].start)
		}
		return ps, true
	}
	if h > t.end {
		ps.honS, ps.honE = int(toks[t.end].start), int(toks[h-1].end)
	}
	ps.nameS, ps.nameE, ps.end, ps.next = int(toks[h].start), ne, ne, n
	ps.afterTitledName(toks)
	return ps, true
}

// nameStarts are the words that begin a name and make it a person's
// without an honorific or title before it.
var nameStarts = map[string]bool{"Sheikh": true, "Sheikha": true, "Shaikh": true, "Shaikha": true}

// afterTitledName reads what may follow a name written after its title:
// the country ("Premier Wen Jiabao of the State Council of the People's
// Republic of China", "Queen Máxima of the Kingdom of the Netherlands"),
// or a full title in apposition that replaces the short one ("King
// Abdullah II ibn Al Hussein, King of the Hashemite Kingdom of Jordan").
func (ps *person) afterTitledName(toks []tok) {
	n := ps.next
	if n >= len(toks) {
		return
	}
	if n > 0 && !toks[n-1].comma() && !toks[n-1].stop() && toks[n].w == "of" && ps.country == "" && ps.org == "" {
		// "of" and the capitalised words of an office and its country,
		// up to a comma or the end of the clause.
		for k := n; k < len(toks) && k < n+16; k++ {
			w := toks[k].w
			if !isCap(w) && !titleConnectors[w] {
				break
			}
			if w == "of" {
				if c, m := matchCountry(toks, k+1); m > k+1 {
					ps.country = c
					break
				}
				if o, m := matchOrg(toks, k+1); m > k+1 {
					ps.org = o
					break
				}
			}
			if toks[k].comma() || toks[k].stop() {
				break
			}
		}
		return
	}
	if n == 0 || !toks[n-1].comma() {
		return
	}
	t, ok := titleAt(toks, n, false)
	if !ok || t.country == "" && t.org == "" || !plainTitle(toks, n, t.end) {
		return
	}
	ps.titleS, ps.titleE = int(toks[n].start), closeBracket(toks[t.end-1])
	if toks[n].w == "the" {
		ps.titleS = int(toks[n+1].start)
	}
	ps.country, ps.org = t.country, t.org
	ps.end, ps.next = ps.titleE, t.end
}

// plainTitle reports whether toks[i:j] is a title whose words before its
// first connector are all title words — "Crown Prince and Prime Minister
// of ..." but not "Chief Cabinet Secretary Matsuno", a second person.
func plainTitle(toks []tok, i, j int) bool {
	for k := i; k < j; k++ {
		w := toks[k].w
		if k == i && lowerIs(w, "the") {
			continue
		}
		if lowerIs(w, "of") || lowerIs(w, "for") || lowerIs(w, "to") {
			return true
		}
		if !lowerIs(w, "and") && toks[k].flags&(fTitleWord|fHead) == 0 {
			return false
		}
	}
	return true
}

// afterName reads what follows a name: post-nominals and an appositive
// title (", Minister for Foreign Affairs of Japan").
func (ps *person) afterName(toks []tok) {
	n := ps.next
	if n == 0 || n >= len(toks) {
		return
	}
	if postNominals.has(toks[n].w) {
		// "Turnbull, MP," and "Raab MP,".
		ps.postS, ps.postE = int(toks[n].start), int(toks[n].end)
		ps.end, ps.next = int(toks[n].end), n+1
		n++
	}
	if !toks[n-1].comma() || n >= len(toks) {
		return
	}
	t, ok := titleAt(toks, n, false)
	if !ok {
		// A title the tables do not know, read by its shape:
		// "Minster for Foreign Affairs of Japan".
		if t, ok = titleShapeAt(toks, n); !ok {
			return
		}
	}
	ps.titleS, ps.titleE = int(toks[n].start), closeBracket(toks[t.end-1])
	ps.country, ps.org = t.country, t.org
	ps.end, ps.next = ps.titleE, t.end
}

// closeBracket returns the end of t, with its closing bracket when it
// opened one: "(UAE)".
func closeBracket(t tok) int {
	if t.open() && t.flags&fCloseFirst != 0 {
		return int(t.end + 1)
	}
	return int(t.end)
}

// maxStarterReach is how many words after the start of a person phrase its
// starter (isStarter) may stand: an article or "his" / "her", then a
// country adjective or an organisation of up to maxPlaceWords before the
// title head.
const maxStarterReach = 1 + maxPlaceWords

// isStarter reports whether toks[i] is a word without which no person
// phrase starting at most maxStarterReach words before it can be read: an
// honorific or rank ("Mr.", "H.E.", "the Honourable": its second word
// starts an honorific too; "His Majesty"), a capitalised title head that
// may stand before a name (not one of afterHeads), or a
// word that starts a name by itself ("Sheikh", the Burmese "Daw").
// personAt finds a phrase only where one of these is at most
// maxStarterReach words ahead.
func isStarter(toks []tok, i int) bool {
	t := &toks[i]
	if t.flags&(fHead|fHon) == 0 {
		return startsName(t.w) // most words
	}
	if t.flags&fHead != 0 && t.flags&fCap != 0 {
		// "Member", "Founder" head a title only after the name.
		return t.flags&fAfterHead == 0
	}
	if t.flags&fHon != 0 {
		if !isASCII(t.w) {
			// Every word outside ASCII has fHon, as EqualFold may match
			// it to an honorific; only the Kelvin sign and the long s
			// fold to ASCII letters.
			return foldsToASCII(t.w)
		}
		if len(t.w) != 3 {
			return true // not "the", "his" or "her"
		}
		if w := t.w; lower3(w, 't', 'h', 'e') {
			return false // every honorific after "the" starts one itself
		}
		if w := t.w; w[0]|0x20 == 'h' && (lower3(w, 'h', 'i', 's') || lower3(w, 'h', 'e', 'r')) {
			if i+1 >= len(toks) {
				return false
			}
			n := toks[i+1].w
			return !isASCII(n) || lowerIs(n, "highness") || lowerIs(n, "majesty") || lowerIs(n, "royal") || lowerIs(n, "excellency")
		}
		return true
	}
	return startsName(t.w)
}

// startsName reports whether w is the Burmese "Daw" or one of nameStarts
// (all of which start with "S").
func startsName(w string) bool {
	if len(w) < 3 || w[0] != 'D' && w[0] != 'S' {
		return false
	}
	return w == "Daw" || w[0] == 'S' && nameStarts[w]
}

// starters tells, for increasing word indexes, whether personAt can find
// a phrase there: only with a starter at most maxStarterReach words on,
// and only from a word that can lead to it (mayLeadTo).
type starters struct {
	toks []tok
	next int // the first starter at or after the last index asked
}

func newStarters(toks []tok) starters { return starters{toks: toks, next: -1} }

// may reports whether personAt(toks, i) may find a phrase. i must not
// decrease from one call to the next.
func (s *starters) may(i int) bool {
	if s.next < i {
		s.next = nextStarter(s.toks, i)
	}
	if s.next > i+maxStarterReach {
		return false
	}
	return s.next == i || mayLeadTo(s.toks, i, s.next)
}

// skip returns the next index to ask after may(i) said no: where the next
// starter comes within reach, or the next word — past the words before the
// starter that mayLeadTo rules out by their flags alone.
func (s *starters) skip(i int) int {
	j := i + 1
	if s.next > i+maxStarterReach {
		j = s.next - maxStarterReach
	}
	for j < s.next && j < len(s.toks) && s.toks[j].flags&(fCap|fHon|fHead) == 0 {
		j++
	}
	return j
}

// mayLeadTo reports whether a person phrase starting at toks[i], which is
// not a starter, may reach the starter toks[s] (s > i, the first starter
// after i). personAt finds one there only in two ways. An article, "his"
// or "her" before an honorific ("the Honourable", "His Majesty": the
// honorific's word after it is a starter) or a title head. Or the title
// order, whose head is a starter: after an optional article, the head
// itself, or a country adjective (one or two words, matchAdjective) or an
// organisation (a run of runEnd, matchOrg) right before it — capitalised,
// with no comma before the head, and, for three words or more (an
// organisation), no clause end before its last word and a first word that
// may start one (noOrgAt). No other word can
// start a phrase; and as every starter between the start and the head
// would be the first, s is the one to look at.
func mayLeadTo(toks []tok, i, s int) bool {
	if toks[i].flags&(fCap|fHon|fHead) == 0 {
		return false // personAt's own first test ("the", "his", "her" have fHon)
	}
	art := toks[i].flags&fHon != 0 && isArticle(toks[i].w)
	k := i
	if art && i+1 < len(toks) {
		k = i + 1
	}
	if k == s {
		return true
	}
	if s-k > maxPlaceWords || toks[k].flags&fCap == 0 && !capitalised(toks, k) {
		return false
	}
	if s-k >= 3 && noOrgAt(toks, k) {
		return false // too long for an adjective, and no organisation starts so
	}
	for m := k; m < s; m++ {
		if toks[m].comma() || s-k >= 3 && m < s-1 && toks[m].stop() {
			return false
		}
	}
	return true
}

// isArticle reports whether w is "the", "his" or "her", in any case (as
// lowerIs compares).
func isArticle(w string) bool {
	if w == "the" {
		return true // the commonest word
	}
	if len(w) == 3 && w[0] < utf8.RuneSelf {
		if w[1] < utf8.RuneSelf && w[2] < utf8.RuneSelf {
			return lower3(w, 't', 'h', 'e') || lower3(w, 'h', 'i', 's') || lower3(w, 'h', 'e', 'r')
		}
		switch w[0] | 0x20 {
		case 't':
			return lowerIs(w, "the")
		case 'h':
			return lowerIs(w, "his") || lowerIs(w, "her")
		}
		return false
	}
	return !isASCII(w) && (lowerIs(w, "the") || lowerIs(w, "his") || lowerIs(w, "her"))
}

// lower3 is lowerIs(w, string([]byte{a, b, c})) for a word w of three
// ASCII bytes and the lower-case letters a, b, c: an ASCII byte with bit
// 0x20 set is a lower-case letter only when it is that letter in either
// case.
func lower3(w string, a, b, c byte) bool {
	return w[0]|0x20 == a && w[1]|0x20 == b && w[2]|0x20 == c
}

// nextStarter returns the index of the first starter at or after toks[i],
// or a value beyond every reach when there is none.
func nextStarter(toks []tok, i int) int {
	for ; i < len(toks); i++ {
		if f := toks[i].flags; f&(fHead|fHon|fDS) == 0 || f&fHead == 0 && toks[i].w == "the" {
			// Neither a head nor an honorific (every word outside ASCII
			// has fHon), nor "Daw" or a name start (isStarter); or "the",
			// the commonest word with fHon, which isStarter rules out.
			continue
		}
		if isStarter(toks, i) {
			return i
		}
	}
	return len(toks) + maxStarterReach + 1
}

// foldsToASCII reports whether every rune of w is ASCII or one of the two
// runes that strings.EqualFold matches to an ASCII letter (U+212A KELVIN
// SIGN to k, U+017F LATIN SMALL LETTER LONG S to s): only such a word can
// equal an ASCII word without case.
func foldsToASCII(w string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf && r != '\u212a' && r != '\u017f' {
			return false
		}
	}
	return true
}
