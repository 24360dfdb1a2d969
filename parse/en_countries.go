package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/internal/placeword"
)

// Places and organisations by name. Countries and cities are the root
// package's tables ([readout.Country], [readout.City]); organisations are
// here.

// organizations are international organisations and groups a title may
// name ("NATO Secretary-General") or a list of delegations may hold.
var organizations = map[string]string{
	"nato": "NATO", "north atlantic treaty organization": "NATO", "eu": "EU", "european union": "EU",
	"united nations": "United Nations", "un": "United Nations", "asean": "ASEAN", "g7": "G7", "g8": "G8",
	"g20": "G20", "apec": "APEC", "oecd": "OECD", "wto": "WTO", "iaea": "IAEA", "who": "WHO",
	"world health organization": "WHO", "imf": "IMF", "world bank": "World Bank", "african union": "African Union",
	"au": "African Union", "quad": "Quad", "osce": "OSCE", "unesco": "UNESCO", "adb": "ADB", "gcc": "GCC",
	"arab league": "Arab League", "league of arab states": "Arab League", "pacific islands forum": "Pacific Islands Forum",
	"european commission": "European Commission", "unicef": "UNICEF", "unhcr": "UNHCR", "undp": "UNDP",
	"icc": "ICC", "interpol": "INTERPOL", "opec": "OPEC", "sco": "SCO", "brics": "BRICS",
	"european council": "European Council", "council of the european union": "Council of the EU",
	"european parliament": "European Parliament", "world bank group": "World Bank",
	"international atomic energy agency": "IAEA", "world trade organization": "WTO",
	"international monetary fund": "IMF", "asian development bank": "ADB",
	"organisation for economic co-operation and development": "OECD",
	"organization for economic cooperation and development":  "OECD",
	"association of southeast asian nations":                 "ASEAN", "asean secretariat": "ASEAN",
	"united nations development programme": "UNDP", "united nations children's fund": "UNICEF",
	"united nations high commissioner for refugees": "UNHCR", "world food programme": "WFP", "wfp": "WFP",
	"international committee of the red cross": "ICRC", "icrc": "ICRC", "international criminal court": "ICC",
	"international organization for migration": "IOM", "iom": "IOM", "international energy agency": "IEA",
	"iea": "IEA", "international labour organization": "ILO", "ilo": "ILO",
	"food and agriculture organization": "FAO", "fao": "FAO", "world economic forum": "World Economic Forum",
	"wef": "World Economic Forum", "asian infrastructure investment bank": "AIIB", "aiib": "AIIB",
	"inter-american development bank": "IDB", "african development bank": "AfDB", "afdb": "AfDB",
	"organisation of islamic cooperation": "OIC", "organization of islamic cooperation": "OIC", "oic": "OIC",
	"economic research institute for asean and east asia": "ERIA", "eria": "ERIA",
	"united nations environment programme": "UNEP", "unep": "UNEP", "unfpa": "UNFPA", "unido": "UNIDO",
	"unctad": "UNCTAD", "wipo": "WIPO", "icao": "ICAO", "imo": "IMO", "itu": "ITU", "ifad": "IFAD",
	"unrwa": "UNRWA", "ocha": "OCHA", "ctbto": "CTBTO", "opcw": "OPCW", "irena": "IRENA", "gavi": "Gavi",
	"un women": "UN Women", "caricom": "CARICOM", "mercosur": "MERCOSUR", "ecowas": "ECOWAS", "sadc": "SADC",
	"pacific islands forum secretariat": "Pacific Islands Forum", "commonwealth secretariat": "Commonwealth",
	"gulf cooperation council": "GCC", "shanghai cooperation organisation": "SCO",
	"asia-pacific economic cooperation": "APEC", "organization for security and co-operation in europe": "OSCE",
	"north atlantic council": "NATO", "united nations security council": "United Nations",
	"security council": "United Nations", "united nations general assembly": "United Nations",
}

// countryName returns the short name of the country the phrase names
// ("the Federative Republic of Brazil", "U.S.", "ROK", "Chinese"), through
// [readout.Country].
func countryName(phrase string) (string, bool) { return readout.Country(phrase) }

// isCountryWord reports whether the word w names a country by itself
// (countryName). A word of ASCII letters is its own place key lower-cased,
// and a country's key that is one word is a first word of the keys: one
// that starts none (placeword.MayStartCountry) is ruled out without
// building the key.
func isCountryWord(w string) bool {
	if isLetters(w) {
		if !placeword.MayStartCountry(len(w), w[0], w[len(w)-1]) {
			return false
		}
		if len(w) <= maxLoneWord {
			_, ok := loneCountry(w)
			return ok
		}
	}
	_, ok := countryName(w)
	return ok
}

// loneCountry is countryName(w) for a word w of at most maxLoneWord ASCII
// letters, whose place key is w lower-cased: the country the key's first
// word names alone.
func loneCountry(w string) (string, bool) {
	var lb [maxLoneWord]byte
	for m := 0; m < len(w); m++ {
		lb[m] = w[m] | 0x20
	}
	_, c, ok := placeword.CountryFirst(lb[:len(w)])
	return c, ok
}

// cityCountry returns the canonical name and the country of a known city
// ("NY" is New York, United States), through [readout.City].
func cityCountry(city string) (name, country string, ok bool) { return readout.City(city) }

// organization returns the short name of an organisation the phrase names.
func organization(phrase string) (string, bool) {
	if isLowerCase(phrase) {
		return "", false // "who is visiting" is not the WHO
	}
	k := strings.TrimPrefix(strings.TrimSpace(phrase), "the ")
	first := k
	if n := strings.IndexByte(k, ' '); n >= 0 {
		first = k[:n]
	}
	if !foldIn(orgFirstWords, first) {
		return "", false // no organisation starts with this word: nothing to build
	}
	name, ok := foldGet(organizations, k)
	if ok && len(k) <= 6 && !strings.Contains(k, " ") && k != name && !isUpperCase(k) {
		// A short one-word name is an abbreviation: "AU", "SCO", "WHO" are
		// written in capitals; "Au" and "SCo" are not them.
		return "", false
	}
	return name, ok
}

// isUpperCase reports whether s has no lower-case ASCII letter.
func isUpperCase(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// orgFirstWords are the first words of the organisations' names.
var orgFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range organizations {
		first, _, _ := strings.Cut(k, " ")
		m[first] = true
	}
	return m
}()

// maxPlaceWords bounds the words of a country, city or organisation phrase.
const maxPlaceWords = 9

// matchCountry returns the country named by the longest run of words at
// toks[i:] (with an optional leading "the") and the index after it. It is
// matchLongest with countryName (longestCountry).
func matchCountry(toks []tok, i int) (string, int) {
	if i >= len(toks) || !capitalised(toks, i) {
		return "", i
	}
	return longestCountry(toks, i, min(len(toks), i+maxPlaceWords), true)
}

// appendKeyWord appends the place key of the ASCII word w to key, as
// placeKeyBytes folds it: skipped bytes dropped, a separator made one
// space between what comes before and after it, "&" written "and". space
// says a space goes before the word's first key byte (the word follows
// another of the run). It returns the key, the number of spaces it
// appended, and false when w is not ASCII or its key may not fit in the
// capacity of key (the caller folds the run the slow way). The bytes are
// written in place, not appended: without a call in the loop its
// variables stay in registers.
func appendKeyWord(key []byte, w string, space bool) ([]byte, int, bool) {
	spaces := 0
	buf := key[:cap(key)]
	n := len(key)
	for m := 0; m < len(w); m++ {
		c := w[m]
		if c >= utf8.RuneSelf {
			return key, spaces, false
		}
		kc := placeKeyBytes[c]
		switch kc {
		case keySkip:
			continue
		case keySep:
			space = n > 0
			continue
		}
		if n+len(" and") > len(buf) {
			return key, spaces, false
		}
		if space {
			buf[n] = ' '
			n++
			space = false
			spaces++
		}
		if kc == keyAnd {
			buf[n], buf[n+1], buf[n+2] = 'a', 'n', 'd'
			n += 3
			continue
		}
		buf[n] = kc
		n++
	}
	return buf[:n], spaces, true
}

// longestCountry returns the country named by the longest of the runs
// toks[i:j], i < j <= end, and the index after it, as countryName would
// find it in the words joined by spaces — without building a string. With
// run set, the runs end where runEnd ends them too (after a comma or a
// clause end, before an opening bracket). The place key of the run
// (placeword.AppendKey of the joined words) is built word by word on the
// stack, noting where each word's key ends, so that the runs are looked up
// as prefixes of one key; and the run is rejected as soon as its key's
// first word is known to start no country's key (StartsCountry), as every
// run's key starts with it: mostly after the first word. A run outside
// ASCII, or too long for the stack, is looked up through countryName.
func longestCountry(toks []tok, i, end int, run bool) (string, int) {
	if end-i > maxPlaceWords {
		return longestCountryName(toks, i, end, run)
	}
	if w := toks[i].w; isLetters(w) && !(len(w) == 3 && lowerIs(w, "the")) {
		if !placeword.MayStartCountry(len(w), w[0], w[len(w)-1]) {
			// The key of a word of ASCII letters is the word lower-cased:
			// it is the key's first word, which starts no country's key
			// (the test below, without building the key).
			return "", i
		}
		if end > i && len(w) <= maxLoneWord &&
			(end == i+1 || run && (toks[i].comma() || toks[i].stop() || i+1 < len(toks) && toks[i+1].open())) {
			// A word of letters alone in its run ("Japan," in a list):
			// its key is its own first word, and the country is the one
			// of that first word alone.
			if c, ok := loneCountry(w); ok {
				return c, i + 1
			}
			return "", i
		}
	}
	var kb [maxPhraseLen]byte
	var ends [maxPlaceWords]int // length of the key after toks[i+m]
	key := kb[:0]
	space := false    // a separator is pending
	spaces := 0       // in the key
	n := 0            // bytes of the words joined by spaces so far
	most := -1        // the most words of a country's key with the key's first word; -1 until known
	var first []byte  // the key's first word, once known
	var firstC string // the country whose key is first alone, when firstOK
	var firstOK bool
	for k := i; k < end; k++ {
		w := toks[k].w
		if k > i && most > 0 && keyWords(key, spaces) >= most && n+1+len(w) <= maxPhraseLen && addsKeyWord(w) {
			// The key has as many words as the longest country's key
			// with its first word, and this word would add one: the
			// test below would end the runs here once it is folded.
			end = k
			break
		}
		if k > i {
			n++
			space = len(key) > 0 // the space between the words
		}
		if n += len(w); n > maxPhraseLen {
			return longestCountryName(toks, i, end, run)
		}
		var added int
		var ok bool
		if key, added, ok = appendKeyWord(key, w, space); !ok {
			return longestCountryName(toks, i, end, run)
		}
		spaces += added
		ends[k-i] = len(key)
		if most < 0 && len(key) > 0 && string(key) != "the" {
			// The key's first word is complete: the next word starts
			// after a space.
			first = placeword.FirstWord(trimThe(key))
			if most, firstC, firstOK = placeword.CountryFirst(first); most == 0 {
				return "", i
			}
		}
		if most > 0 && len(key) > 0 {
			if keyWords(key, spaces) > most {
				// No country's key with this first word has so many
				// words: nor will the longer runs.
				end = k
				break
			}
		}
		if run && (toks[k].comma() || toks[k].stop() || k+1 < len(toks) && toks[k+1].open()) {
			end = k + 1 // runEnd
		}
	}
	if most < 0 && placeword.CountryWords(placeword.FirstWord(trimThe(key))) == 0 {
		return "", i
	}
	for j := end; j > i; j-- {
		k := trimThe(key[:ends[j-1-i]])
		if len(k) == len(first) && len(k) > 0 && &k[0] == &first[0] {
			// The first word alone (the same bytes of kb): its country
			// came with most.
			if firstOK {
				return firstC, j
			}
			continue
		}
		if c, ok := placeword.Country(k); ok {
			return c, j
		}
	}
	return "", i
}

// maxLoneWord is the longest word longestCountry looks up alone without
// the loop that builds a run's key.
const maxLoneWord = 32

// isLetters reports whether w is a non-empty word of ASCII letters.
func isLetters(w string) bool {
	if w == "" {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !isLetterByte(w[k]) {
			return false
		}
	}
	return true
}

// keyWords returns the words of a place key with spaces spaces, not
// counting a leading "the".
func keyWords(key []byte, spaces int) int {
	if len(key) >= 4 && string(key[:4]) == "the " {
		return spaces
	}
	return spaces + 1
}

// The marks of placeKeyBytes.
const (
	keySkip = 0x80 // left out of the key
	keySep  = 0x81 // separates words
	keyAnd  = 0x82 // "and"
)

// placeKeyBytes maps each ASCII byte to what the place key
// (placeword.AppendKey) makes of it: a byte of the key (a letter lower
// case, "`" as "'"), or one of the marks keySkip, keySep, keyAnd.
var placeKeyBytes = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		b := byte(c)
		switch {
		case b == '.' || b == ',' || b == '(' || b == ')':
			t[c] = keySkip
		case b == '-' || b == '_' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r':
			t[c] = keySep
		case b == '&':
			t[c] = keyAnd
		case b == '`':
			t[c] = '\''
		case 'A' <= b && b <= 'Z':
			t[c] = b + 'a' - 'A'
		default:
			t[c] = b
		}
	}
	return t
}()

// addsKeyWord reports whether the ASCII word w adds a byte to a place
// key: all of it is ASCII (else the key is not built on the stack) and
// one byte at least is neither left out nor a separator.
func addsKeyWord(w string) bool {
	adds := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return false
		}
		if placeKeyBytes[c] < keySkip || placeKeyBytes[c] == keyAnd {
			adds = true
		}
	}
	return adds
}

// trimThe returns the place key k without a leading "the " (AppendKey).
func trimThe(k []byte) []byte {
	if len(k) >= 4 && string(k[:4]) == "the " {
		return k[4:]
	}
	return k
}

// longestCountryName is longestCountry through countryName, for a run
// outside ASCII or too long for the stack.
func longestCountryName(toks []tok, i, end int, run bool) (string, int) {
	if run {
		end = runEnd(toks, i)
	}
	phrase := joinWords(toks, i, end)
	n := len(phrase)
	for j := end; j > i; j-- {
		if c, ok := countryName(phrase[:n]); ok {
			return c, j
		}
		n -= len(toks[j-1].w) + 1
	}
	return "", i
}

// maxPhraseLen is the longest run of words matchCountry folds on the
// stack.
const maxPhraseLen = 160

// matchOrg is matchCountry for organisations. A run whose first word
// (after "the") is a plain ASCII word that starts no organisation's name
// is rejected before the run is built.
func matchOrg(toks []tok, i int) (string, int) {
	if i >= len(toks) || !capitalised(toks, i) {
		return "", i
	}
	if noOrgAt(toks, i) {
		return "", i
	}
	end, first, one := orgRunEnd(toks, i, runEnd(toks, i))
	if one {
		// One plain word: orgOf of it, from the entry orgRunEnd found.
		w := toks[i].w
		if !first.oneOK || !hasUpperASCII(w) || len(w) <= 6 && w != first.one && !isUpperCase(w) {
			return "", i
		}
		return first.one, i + 1
	}
	// The runs are prefixes of the longest: it is built once on the
	// stack and its prefixes looked up without a string (orgOf).
	var pb [maxPhraseLen]byte
	var ends [maxPlaceWords]int
	phrase := pb[:0]
	for k := i; k < end; k++ {
		w := toks[k].w
		if len(phrase)+1+len(w) > len(pb) || k-i >= len(ends) || !isASCII(w) {
			return matchLongestTo(toks, i, end, organization)
		}
		if k > i {
			phrase = append(phrase, ' ')
		}
		phrase = append(phrase, w...)
		ends[k-i] = len(phrase)
	}
	for j := end; j > i; j-- {
		if v, ok := orgOf(phrase[:ends[j-1-i]]); ok {
			return v, j
		}
	}
	return "", i
}

// orgOf is organization for an ASCII phrase held in bytes, without
// allocating.
func orgOf(phrase []byte) (string, bool) {
	if !hasUpperASCII(phrase) {
		return "", false // isLowerCase: "who is visiting" is not the WHO
	}
	k := bytes.TrimPrefix(bytes.TrimSpace(phrase), []byte("the "))
	var lb [maxPhraseLen]byte
	lk := lb[:len(k)]
	for n, c := range k {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lk[n] = c
	}
	// organization first asks whether the first word starts a name; a
	// key whose first word starts none is not in the table either, and
	// matchOrg has ruled most such runs out already (noOrgAt).
	name, ok := organizations[string(lk)]
	if ok && len(k) <= 6 && bytes.IndexByte(k, ' ') < 0 && string(k) != name && hasLowerASCII(k) {
		// A short one-word name is an abbreviation (organization).
		return "", false
	}
	return name, ok
}

// hasUpperASCII reports whether b holds an ASCII capital letter.
func hasUpperASCII[S ~string | ~[]byte](b S) bool {
	for i := 0; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			return true
		}
	}
	return false
}

// hasLowerASCII reports whether b holds an ASCII small letter.
func hasLowerASCII(b []byte) bool {
	for _, c := range b {
		if 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// orgRunEnd returns the end of the longest run of toks[i:end] that may name
// an organisation: one of plain words has no more words than the longest
// name that starts with its first word (after "the"), and no longer run
// is tried. When that run is toks[i] alone, a plain word, it also returns
// the word's entry in orgFirst and true.
//
// Only the words up to that bound are checked: when a word after it is not
// plain, the longer runs matchOrg then tries (through organization) have
// more words than any name that starts with the first word (a plain word
// has no space, and lower-casing adds or takes none), so none of them is
// found and the answer is that of the runs up to the bound.
func orgRunEnd(toks []tok, i, end int) (int, orgFirstWord, bool) {
	first, lead := toks[i].w, 0
	if first == "the" && end > i+1 {
		first, lead = toks[i+1].w, 1
	}
	if !plainWord(first) {
		return end, orgFirstWord{}, false
	}
	fw, _ := foldGet(orgFirst, first)
	bound := min(end, i+max(1, fw.most+lead))
	for k := i; k < bound; k++ {
		if !plainWord(toks[k].w) {
			return end, orgFirstWord{}, false
		}
	}
	return bound, fw, bound == i+1 && lead == 0
}

// An orgFirstWord is what orgFirst holds for a first word of the
// organisations' names.
type orgFirstWord struct {
	most  int    // the most words of a name that starts with it
	one   string // organizations[word], when oneOK
	oneOK bool
}

// orgFirst holds, for each first word of the organisations' names, the
// most words of a name that starts with it and the organisation the word
// names by itself, if any.
var orgFirst = func() map[string]orgFirstWord {
	m := map[string]orgFirstWord{}
	for k, name := range organizations {
		first, _, _ := strings.Cut(k, " ")
		fw := m[first]
		fw.most = max(fw.most, strings.Count(k, " ")+1)
		if k == first {
			fw.one, fw.oneOK = name, true
		}
		m[first] = fw
	}
	return m
}()

// noOrgAt reports whether no run toks[i:j], i < j <= runEnd(toks, i), can
// name an organisation because its first word (after a leading "the ")
// starts none: organization rejects it whatever follows. The first words
// are a token flag (fOrgFirst, foldIn(orgFirstWords, w)).
func noOrgAt(toks []tok, i int) bool {
	t := &toks[i]
	if t.flags&fOrgFirst != 0 || !plainWord(t.w) {
		return false
	}
	if t.w != "the" {
		return true
	}
	if orgFirstThe {
		return false
	}
	// "the" alone (a run of one word: runEnd), or before a plain word
	// that starts none.
	return i+1 == len(toks) || t.comma() || t.stop() || toks[i+1].open() ||
		toks[i+1].flags&fOrgFirst == 0 && plainWord(toks[i+1].w)
}

// orgFirstThe reports whether an organisation's name starts with "the".
var orgFirstThe = orgFirstWords["the"]

// plainWord reports whether w is a non-empty ASCII word of printable
// characters, with no space or control character.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] <= ' ' || w[k] >= 0x7f {
			return false
		}
	}
	return true
}

// runEnd returns the end of the run of words matchLongest tries at
// toks[i:]: up to maxPlaceWords, a comma, a clause end or an opening
// bracket.
func runEnd(toks []tok, i int) int {
	end := i
	for n := min(len(toks), i+maxPlaceWords); end < n; {
		t := &toks[end]
		end++
		if t.flags&(fComma|fStop) != 0 || end < len(toks) && toks[end].opens > 0 {
			break
		}
	}
	return end
}

// capitalised reports whether toks[i] can start a proper name: a word that
// does not start with a lower-case ASCII letter, or "the" before such a
// word.
func capitalised(toks []tok, i int) bool {
	w := toks[i].w
	if w == "the" || w == "The" {
		if i+1 >= len(toks) {
			return false
		}
		w = toks[i+1].w
	}
	return w != "" && (w[0] < 'a' || w[0] > 'z')
}

// matchLongest tries the runs toks[i:j] from the longest, stopping at a
// comma or a clause end, and returns the first that lookup knows. Names of
// places and organisations start with a capital, a digit or "the" before
// one ("the Republic of Korea"): other runs are not tried, which keeps the
// scan of a body's every word from building strings for each.
func matchLongest(toks []tok, i int, lookup func(string) (string, bool)) (string, int) {
	if i >= len(toks) || !capitalised(toks, i) {
		return "", i
	}
	return matchLongestTo(toks, i, runEnd(toks, i), lookup)
}

// matchLongestTo is matchLongest with the runs ending at end at most.
func matchLongestTo(toks []tok, i, end int, lookup func(string) (string, bool)) (string, int) {
	if i >= len(toks) || !capitalised(toks, i) {
		return "", i
	}
	// The runs are prefixes of the longest: build it once.
	n := end - i - 1
	for k := i; k < end; k++ {
		n += len(toks[k].w)
	}
	var b strings.Builder
	b.Grow(n)
	for k := i; k < end; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].w)
	}
	phrase := b.String()
	for j := end; j > i; j-- {
		if v, ok := lookup(phrase[:n]); ok {
			return v, j
		}
		n -= len(toks[j-1].w) + 1
	}
	return "", i
}
