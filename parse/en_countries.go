package parse

import (
	"strings"

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
// matchLongest with countryName, done on the stack for an ASCII run: the
// run is folded once, rejected when its first word starts no country's
// name, and its shorter runs are looked up by key without a string built
// for each.
func matchCountry(toks []tok, i int) (string, int) {
	if i >= len(toks) || !capitalised(toks, i) {
		return "", i
	}
	end := runEnd(toks, i)
	var pb [maxPhraseLen]byte
	phrase, fits := appendWords(pb[:0], toks[i:end])
	var kb [maxPhraseLen]byte
	key, ascii := placeword.AppendKey(kb[:0], phrase)
	if !fits || !ascii {
		return matchLongest(toks, i, countryName)
	}
	if !placeword.StartsCountry(placeword.FirstWord(key)) {
		return "", i // no prefix of the run can name a country either
	}
	n := len(phrase)
	for j := end; j > i; j-- {
		key, _ = placeword.AppendKey(kb[:0], phrase[:n])
		if c, ok := placeword.Country(key); ok {
			return c, j
		}
		n -= len(toks[j-1].w) + 1
	}
	return "", i
}

// countryOf is countryName for a phrase held in bytes: an ASCII phrase is
// looked up by its key on the stack.
func countryOf(phrase []byte) (string, bool) {
	var kb [maxPhraseLen]byte
	if key, ascii := placeword.AppendKey(kb[:0], phrase); ascii {
		return placeword.Country(key)
	}
	return countryName(string(phrase))
}

// maxPhraseLen is the longest run of words matchCountry folds on the
// stack.
const maxPhraseLen = 160

// appendWords appends the words of toks to dst, separated by spaces, and
// reports whether they fitted in its capacity.
func appendWords(dst []byte, toks []tok) ([]byte, bool) {
	for k, t := range toks {
		if len(dst)+len(t.w)+1 > cap(dst) {
			return dst, false
		}
		if k > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, t.w...)
	}
	return dst, true
}

// matchOrg is matchCountry for organisations. A run whose first word
// (after "the") is a plain ASCII word that starts no organisation's name
// is rejected before the run is built.
func matchOrg(toks []tok, i int) (string, int) {
	if i >= len(toks) || !capitalised(toks, i) {
		return "", i
	}
	end := runEnd(toks, i)
	if noOrgAt(toks, i, end) {
		return "", i
	}
	return matchLongestTo(toks, i, orgRunEnd(toks, i, end), organization)
}

// orgRunEnd returns the end of the longest run of toks[i:end] that may name
// an organisation: one of plain words has no more words than the longest
// name that starts with its first word (after "the"), and no longer run
// is tried.
func orgRunEnd(toks []tok, i, end int) int {
	for k := i; k < end; k++ {
		if !plainWord(toks[k].w) {
			return end
		}
	}
	first, lead := toks[i].w, 0
	if first == "the" && end > i+1 {
		first, lead = toks[i+1].w, 1
	}
	n, _ := foldGet(orgMaxWords, first)
	return min(end, i+max(1, n+lead))
}

// orgMaxWords holds, for each first word of the organisations' names, the
// most words of a name that starts with it.
var orgMaxWords = func() map[string]int {
	m := map[string]int{}
	for k := range organizations {
		first, _, _ := strings.Cut(k, " ")
		m[first] = max(m[first], strings.Count(k, " ")+1)
	}
	return m
}()

// noOrgAt reports whether no run toks[i:j], i < j <= end, can name an
// organisation because its first word (after a leading "the ") starts
// none: organization rejects it whatever follows.
func noOrgAt(toks []tok, i, end int) bool {
	w := toks[i].w
	if !plainWord(w) {
		return false
	}
	if w != "the" {
		return !foldIn(orgFirstWords, w)
	}
	if foldIn(orgFirstWords, "the") {
		return false
	}
	return end == i+1 || plainWord(toks[i+1].w) && !foldIn(orgFirstWords, toks[i+1].w)
}

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
	for end < len(toks) && end-i < maxPlaceWords {
		end++
		if toks[end-1].comma() || toks[end-1].stop() || (end < len(toks) && toks[end].open()) {
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
