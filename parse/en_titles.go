package parse

import (
	"strings"
	"unicode/utf8"
)

// Titles. A title starts with a head word ("Minister", "Secretary",
// "President", or a qualifier such as "Foreign", "Deputy", "State") and
// runs on through the words of titles, the connectors "of", "for", "and",
// "the", "to", and the country or organisation it names. Written after the
// name (", Minister of Foreign Affairs, International Trade and Worship of
// the Argentine Republic,") a title may hold any capitalised word; written
// before the name ("Minister for Foreign Affairs Seiji Maehara") it holds
// only title words, so that the name can be told from it.

// titleHeads are the words a title starts with, lower case.
var titleHeads = wordSet(`minister ministers prime foreign secretary secretary-general president
vice-president vice deputy chief state councilor councillor ambassador director-general director
chancellor premier king queen crown prince princess emir amir sultan governor mayor speaker chairman
chairperson chair commissioner envoy representative leader leaders head senior parliamentary federal
external alternate high special vice-minister under-secretary undersecretary assistant adviser advisor
counselor counsellor first executive permanent consul consul-general taoiseach emperor empress
secretaries presidents officials administrator commander coordinator spokesperson justice judge ceo
president-elect chief-executive` + " " + afterHeads)

// afterHeads start a title only when it is written after the name ("Prof.
// Klaus Schwab, Founder and Executive Chairman of ...", "Mr. Wang Yi,
// Member of the Political Bureau ..."): before a name they are other
// words ("Member States").
const afterHeads = `founder co-founder member`

// titleNouns are the head words that make a title; a title of
// qualifiers alone ("Foreign Ministerial Strategic Dialogue") is not one.
var titleNouns = wordSet(`minister ministers secretary secretary-general president vice-president ambassador
director-general director chancellor premier king queen prince princess emir amir sultan governor mayor
speaker chairman chairperson chair commissioner envoy representative leader leaders head councilor
councillor adviser advisor counselor counsellor consul consul-general taoiseach emperor empress officials
secretaries presidents vice-minister under-secretary undersecretary officer administrator commander
coordinator spokesperson justice judge ceo president-elect founder co-founder member chief`)

// titleWords may continue a title written before a name.
var titleWords = wordSet(`affairs foreign defense defence finance trade economy economic cabinet transport
international cooperation worship industry commerce relations justice interior home health environment
education agriculture energy development security national legal overseas commission council ministry
bureau department office union european assembly parliament house representatives general policy
planning investment tourism infrastructure science technology culture labour labor welfare land digital
climate revitalization reconstruction disarmament non-proliferation strategic communications information
public diplomacy government treasury multilateral bilateral regional asian oceanian african americas
middle east europe asia pacific north south latin caribbean commonwealth immigration emergency republic
minister ministers secretary state chief deputy vice senior parliamentary special`)

var afterHeadSet = wordSet(afterHeads)

// titleConnectors are the lower-case words inside a title.
var titleConnectors = wordSet(`of for and the to charge`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// headAhead reports whether a title head follows toks[j] within the words
// a country adjective or an organisation before it may take
// (maxPlaceWords): only then can one be the start of a title, and the
// lookups are not tried.
func headAhead(toks []tok, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+maxPlaceWords; k++ {
		if toks[k].head() {
			return true
		}
	}
	return false
}

// headIn reports whether one of toks[i:j+1] is a title head.
func headIn(toks []tok, i, j int) bool {
	for k := i; k <= j && k < len(toks); k++ {
		if toks[k].head() {
			return true
		}
	}
	return false
}

// matchAdjectiveIf is matchAdjective when try is set, else no match.
func matchAdjectiveIf(try bool, toks []tok, i int) (string, int) {
	if !try {
		return "", i
	}
	return matchAdjective(toks, i)
}

// mayOrgAt reports whether matchOrg may find an organisation at toks[j]:
// a capitalised word that may start one's name (noOrgAt).
func mayOrgAt(toks []tok, j int) bool {
	return capitalised(toks, j) && !noOrgAt(toks, j)
}

// matchOrgIf is matchOrg when try is set, else no match.
func matchOrgIf(try bool, toks []tok, i int) (string, int) {
	if !try {
		return "", i
	}
	return matchOrg(toks, i)
}

// A titleMatch is a title found by titleAt.
type titleMatch struct {
	head         int // index of the title's head word
	end          int // index of the token after the title
	country, org string
	plural       bool // "Ministers", "leaders": a group, not a person
	possessive   bool // "Foreign Ministers' Meeting": not a person
}

// titleAt reads a title at toks[i:]; before says whether it is written
// before the name.
func titleAt(toks []tok, i int, before bool) (titleMatch, bool) {
	var t titleMatch
	j := i
	if !before && j < len(toks) && toks[j].w == "the" {
		j++
	}
	// A country adjective or organisation before the head: "U.S.
	// Secretary of State", "NATO Secretary-General".
	if j < len(toks) && !toks[j].head() && headAhead(toks, j) {
		// An adjective is one or two words, an organisation a run
		// (runEnd): each is looked up only when a head can follow it.
		adj := j+1 < len(toks) && toks[j+1].head() || j+2 < len(toks) && toks[j+2].head()
		if c, k := matchAdjectiveIf(adj, toks, j); k > j && k < len(toks) && toks[k].head() && !toks[k-1].comma() {
			t.country, j = c, k
		} else if o, k := matchOrgIf(mayOrgAt(toks, j) && headIn(toks, j+1, runEnd(toks, j)), toks, j); k > j && k < len(toks) && toks[k].head() && !toks[k-1].comma() {
			t.org, j = o, k
		}
	}
	if !before && j < len(toks) && !toks[j].head() {
		// Written after the name, a title may open with words no table
		// holds before its head: "Fourth Vice-President", "Managing
		// Director", "Acting Minister".
		for k := j; k < len(toks) && k < j+3 && toks[k].flags&fCap != 0 && !notNames.has(toks[k].w); k++ {
			if toks[k].head() && k > j {
				j = k
				break
			}
			if toks[k].comma() || toks[k].stop() {
				break
			}
		}
	}
	if j >= len(toks) || toks[j].flags&fCap == 0 || !toks[j].head() {
		return t, false
	}
	if before && toks[j].flags&fAfterHead != 0 {
		return t, false
	}
	if before && nounAheadOn && !nounAhead(toks, i, j) {
		// No title noun among the words the title may take: the test
		// after the loop would fail.
		return t, false
	}
	head := toks[j].w
	t.head = j
	// A plural head ends in "s" ("Ministers", "officials"), but
	// "Affairs" is no plural. strings.ToLower(head) ends in "s" only when
	// head ends in "s" or "S": no other rune lower-cases to a string that
	// does (TestLowerEndsInS); so "officials" in any case ends in one.
	hl := head[len(head)-1]
	t.plural = (hl == 's' || hl == 'S') && !lowerIs(head, "affairs")
	last := j // last title token (not a connector)
	for j < len(toks) {
		w, fl := toks[j].w, toks[j].flags
		if j > i && fl&fHon != 0 && oneHonorific(toks, j) > j && !(lowerIs(w, "the") && !before && j+1 < len(toks) && !isHonorificWord(toks[j+1].w)) {
			break
		}
		if w != "" && (w[len(w)-1] == 's' || w[len(w)-1] == '\'') && possessive(w) {
			t.possessive = true
		}
		switch {
		case fl&fConnector != 0 && fl&fCap == 0:
			// "of the People's Republic of China": take the place whole.
			if ofToFor(w) {
				if c, k := matchCountry(toks, j+1); k > j+1 {
					if t.country == "" {
						t.country = c
					}
					j, last = k, k-1
					goto next
				}
				if o, k := matchOrg(toks, j+1); k > j+1 {
					if t.org == "" {
						t.org = o
					}
					j, last = k, k-1
					goto next
				}
			}
			j++
			continue
		case fl&fCap == 0 && !strings.HasPrefix(w, "("):
			goto done
		case before && j > i && fl&(fTitleWord|fHead) == 0:
			goto done
		case !before && toks[j].open() && isAllCaps(w):
			// "(UAE)": an abbreviation of what precedes.
		}
		if !before && j > last && toks[j-1].comma() {
			// After a comma the title goes on with a country ("Minister
			// of Foreign Affairs, Kingdom of Saudi Arabia").
			if c, k := matchCountry(toks, j); k > j && t.country == "" {
				t.country = c
			}
		}
		last = j
		j++
	next:
		lf := toks[last].flags
		if lf&fStop != 0 && !(abbrevInBrackets(toks[last]) && !before && j < len(toks) && toks[j].flags&fCap != 0) {
			// "(CPC) Central Committee": a bracketed abbreviation
			// inside the title does not end it.
			break
		}
		if lf&fPostDot != 0 {
			break
		}
		if lf&fComma != 0 && (before || j >= len(toks) || toks[j].flags&fCap == 0 || oneHonorific(toks, j) > j) {
			break
		}
	}
done:
	t.end = last + 1
	noun := false
	for k := i; k < t.end; k++ {
		if toks[k].flags&fTitleNoun != 0 {
			noun = true
			break
		}
	}
	if !noun {
		return t, false
	}
	if t.country == "" && t.org == "" {
		t.country = titleCountry(toks, i, t.end)
	}
	return t, true
}

// nounAheadOn says that titleAt asks nounAhead; tests turn it off to
// compare with the reading without it.
var nounAheadOn = true

// maxNounAhead bounds the words nounAhead looks at after a title's head.
const maxNounAhead = 24

// nounAhead reports whether a title written before a name, read by titleAt
// from toks[i] with its head at toks[head], may hold a title noun: false
// only when none of its possible words has fTitleNoun, so that titleAt
// would read it (and look up the countries and organisations after its
// connectors) only to reject it.
//
// Before a name, a title ends at the first word from its head on that has
// a comma or a clause end after it, unless that word is a lower-case
// connector (which the loop of titleAt steps over without looking at what
// follows it): the loop takes such a word last and stops, and a country or
// an organisation after a connector is a run (runEnd), which ends there
// too. So the title's words are among toks[i:b+1], b that word. When b is
// more than maxNounAhead words after the head, the answer is true: the scan
// stays short whatever the input.
func nounAhead(toks []tok, i, head int) bool {
	for k := i; k < len(toks); k++ {
		f := toks[k].flags
		if f&fTitleNoun != 0 || k > head+maxNounAhead {
			return true
		}
		if k >= head && f&(fComma|fStop) != 0 && (f&fConnector == 0 || f&fCap != 0) {
			return false
		}
	}
	return false
}

// ofToFor reports whether strings.ToLower(w) is "of", "to" or "for"
// (lowerIs), comparing a word of two or three ASCII bytes in place.
func ofToFor(w string) bool {
	switch {
	case len(w) == 2 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf:
		a, b := w[0]|0x20, w[1]|0x20
		return a == 'o' && b == 'f' || a == 't' && b == 'o'
	case len(w) == 3 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf && w[2] < utf8.RuneSelf:
		return lower3(w, 'f', 'o', 'r') // an ASCII word lower-cases to one of its length
	}
	return lowerIs(w, "of") || lowerIs(w, "to") || lowerIs(w, "for")
}

// abbrevInBrackets reports whether t is an abbreviation in brackets:
// "(CPC)".
func abbrevInBrackets(t tok) bool {
	return t.open() && t.flags&fOnlyClose != 0 && isAllCaps(t.w)
}

// isHonorificWord reports whether w begins an honorific after "the".
func isHonorificWord(w string) bool {
	for _, h := range [...]string{"honorable", "honourable", "hon.", "hon", "rt.", "rt", "right"} {
		if lowerIs(w, h) {
			return true
		}
	}
	return false
}

// titleCountry is the country a bare title implies: "Secretary of State"
// alone is the United States' foreign minister (the United Kingdom's
// Secretaries of State are always "... for ..." something).
func titleCountry(toks []tok, i, j int) string {
	if j-i == 3 && matchWords(toks, i, []string{"secretary", "of", "state"}) {
		return "United States"
	}
	for _, t := range japanOnlyTitles {
		for k := i; k+len(t) <= j; k++ {
			// Each title's first word is a head: an ASCII word without
			// the flag is not it (a word outside ASCII has fHon); nor is
			// one that starts with another ASCII letter (eqFold).
			if w := toks[k].w; toks[k].flags&(fHead|fHon) != 0 && w != "" && (w[0] >= utf8.RuneSelf || w[0]|0x20 == t[0][0]) && matchWords(toks, k, t) {
				return "Japan"
			}
		}
	}
	return ""
}

// japanOnlyTitles are offices only Japan's government has, so that a
// title holding one is Japanese without "of Japan": "Chief Cabinet
// Secretary Abe attending", "Ms. X, Parliamentary Vice-Minister for
// Foreign Affairs".
var japanOnlyTitles = [][]string{
	{"chief", "cabinet", "secretary"}, {"parliamentary", "vice-minister"}, {"senior", "vice-minister"},
}

// matchAdjective reads a country adjective ("U.S.", "Saudi Arabian") at
// toks[i:].
func matchAdjective(toks []tok, i int) (string, int) {
	if i >= len(toks) || !isCap(toks[i].w) {
		return "", i
	}
	if i+1 < len(toks) && !toks[i].comma() {
		return longestCountry(toks, i, i+2, false)
	}
	return longestCountry(toks, i, i+1, false)
}

// maxShapeWords bounds the words of a title read by its shape.
const maxShapeWords = 10

// titleShapeAt reads at toks[i:], after a name and its comma, a title the
// tables do not know but whose shape is a title's: capitalised words and
// the connectors "of", "for", "and", "the", "to", with at least one office
// word (titleWords, titleHeads) among them and at most two words no table
// holds, ending in "of" / "for" / "to" and a country or organisation that
// closes the clause. It keeps a title with a misspelt word as written —
// "Mr. IWAYA Takeshi, Minster for Foreign Affairs of Japan, held" — while
// an appositive of unknown words ("Friend of Japan"), one with a comma
// inside, or one whose country runs on into a longer name ("of Japan
// Airlines") is not taken. It is tried only where titleAt finds nothing.
func titleShapeAt(toks []tok, i int) (titleMatch, bool) {
	var t titleMatch
	if i >= len(toks) || !isCap(toks[i].w) || notNames.has(toks[i].w) || oneHonorific(toks, i) > i ||
		strings.ContainsAny(toks[i].w, "0123456789") {
		return t, false
	}
	if _, k := matchCountry(toks, i); k > i {
		return t, false
	}
	office, unknown := false, 0
	for k := i; k < len(toks) && k < i+maxShapeWords; k++ {
		w := toks[k].w
		if titleConnectors[w] {
			if k == i {
				return t, false
			}
			if w == "of" || w == "for" || w == "to" {
				c, m := matchCountry(toks, k+1)
				o := ""
				if m == k+1 {
					o, m = matchOrg(toks, k+1)
				}
				if m > k+1 {
					closes := toks[m-1].comma() || toks[m-1].stop() || m == len(toks) || !isCap(toks[m].w)
					if !closes || !office || unknown > 2 {
						return t, false
					}
					t.end, t.country, t.org = m, c, o
					return t, true
				}
			}
			continue
		}
		if !isCap(w) || toks[k].comma() || toks[k].stop() || toks[k].open() {
			return t, false
		}
		if toks[k].flags&(fTitleWord|fHead) != 0 {
			office = true
		} else {
			unknown++
		}
	}
	return t, false
}
