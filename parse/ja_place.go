package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// Places in a Japanese lead, after normalisation:
//
//	ベルギーを訪問中の林芳正外務大臣は          the principal's place
//	米国(ニューヨーク)を訪問中の  ニューヨーク出張中の  訪問先のパリで
//	フィジー共和国首都スバにおいて  迎賓館赤坂離宮で
//	訪日中の… / 仙台に滞在中の…                  the counterpart's place: in Japan
//	大阪市内で  東京都内で                          within a city
//	ドイツ・リューベックを訪問中の                  a country and a city
//
// The country is the canonical English name; the city the canonical name of
// the table when it is known, else as written ("リューベック": a katakana
// word after a known country and "・" or 首都 is a city even when the table
// does not know it, and no English name can be made up for it).

// jaPlaceMarkers follow a place name; before says which side of the name
// the place is on.
var jaPlaceMarkers = []string{"を訪問中", "を訪問している", "を訪問した", "を訪問し", "に出張中", "出張中", "訪問中", "において", "にて", "に滞在中", "滞在中", "で"}

// jaPlaceMarkerSet indexes jaPlaceMarkers by their first rune.
var jaPlaceMarkerSet = newJaWordSet(jaPlaceMarkers...)

// jaVenueWords mark a venue in Japan.
var jaVenueWords = []string{"迎賓館", "官邸", "公邸", "公館", "外務省", "皇居"}

// jaPlace reads the place of the engagement from the lead sentence
// [start, end).
func (p *parser) jaPlace(start, end int) {
	s := p.text
	found := false
	for i := start; i < end && !found; {
		if strings.HasPrefix(s[i:end], "訪問先の") {
			j := i + len("訪問先の")
			k := j
			for k < end {
				r, size := decodeRune(s[k:end])
				if !isNameRune(r) {
					break
				}
				k += size
			}
			found = p.jaSetPlace(j, k, start, end)
			i = k
			continue
		}
		if k := jaPlaceMarkerSet.match(s[:end], i); k >= 0 {
			m := jaPlaceMarkers[k]
			b := placeStart(s, start, i)
			if (m != "で" || placeFollows(s, i+len(m), end)) && b < i && p.jaSetPlace(b, i, start, end) {
				found = true
			}
		}
		_, size := decodeRune(s[i:end])
		i += size
	}
	if !found && (strings.Contains(s[start:end], "訪日中") || strings.Contains(s[start:end], "来日中")) {
		p.m.Place.Country = "Japan"
	}
}

// placeFollows reports whether "で" at s[i-len("で"):i] ends a place phrase:
// a comma or a mention follows, not more of a verb ("電話で話した" aside,
// readouts write "迎賓館赤坂離宮で,…" or "…離宮でトランプ大統領と").
func placeFollows(s string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := decodeRune(s[i:end])
	return r == '、' || r == ',' || isKatakana(r) || isHan(r)
}

// placeStart returns the start of the place name that ends at end: name
// runes, brackets, and ". " and ", " inside a Latin name ("ワシントンD. C, ").
// A run longer than jaMaxPlaceRunes names no place: placeStart returns end.
func placeStart(s string, from, end int) int {
	i := end
	for n := 0; i > from; n++ {
		if n == jaMaxPlaceRunes {
			return end
		}
		r, size := decodeLastRune(s[from:i])
		switch {
		case isNameRune(r) || r == '(' || r == ')' || r == '.' || r == ' ':
		case r == ',' && i-size > from && s[i-size-1] >= 'A' && s[i-size-1] <= 'Z':
		default:
			// 我が国 (our country) has a kana in its middle.
			for _, w := range []string{"我が", "わが"} {
				if strings.HasSuffix(s[from:i], w) && strings.HasPrefix(s[i:end], "国") {
					return i - len(w)
				}
			}
			return skipSpace(s[:end], i)
		}
		i -= size
	}
	return i
}

// jaSetPlace sets the place from the name s[a:b] of the lead sentence
// [start, end) when it names a known country, city or venue.
func (p *parser) jaSetPlace(a, b, start, end int) bool {
	s := p.text
	name := strings.TrimRight(s[a:b], " ,")
	b = a + len(name)
	var country, city string
	if o := strings.IndexByte(name, '('); o > 0 && strings.HasSuffix(name, ")") {
		country, _ = jaCountry(name[:o])
		if c, cc, ok := readout.City(name[o+1 : len(name)-1]); ok {
			city = c
			if country == "" {
				country = cc
			}
		}
	} else if c, ok := jaCountry(name); ok {
		country = c
	} else if c, cc, ok := jaCity(name); ok {
		city, country = c, cc
	} else {
		// A country and then a city: "フィジー共和国首都スバ",
		// "米国ワシントンD. C".
		n := 0
		for i, k := 0, 0; i < len(name) && k < jaMaxCountryRunes; k++ {
			_, size := decodeRune(name[i:])
			i += size
			// The country ends before "・" ("ドイツ・リューベック").
			if _, ok := jaCountry(name[:i]); ok && !strings.HasSuffix(name[:i], "・") {
				n = i
			}
		}
		if n > 0 {
			country, _ = jaCountry(name[:n])
			rest := strings.TrimPrefix(name[n:], "首都")
			if c, _, ok := cityPrefix(rest); ok {
				city = c
			} else if w, ok := unknownCity(name[n:]); ok {
				city = p.orig(b-len(w), b)
			}
		}
	}
	if country == "" && city == "" {
		for _, w := range jaVenueWords {
			if strings.Contains(name, w) {
				p.m.Place.Country, p.m.Place.Venue, p.m.Place.Span = "Japan", p.orig(a, b), p.span(a, b)
				return true
			}
		}
		return false
	}
	if city == "" {
		city = eventCity(s, start, end, country)
	}
	p.m.Place.Country = country
	p.m.Place.City = city
	p.m.Place.Span = p.span(a, b)
	return true
}

// unknownCity returns the city the table does not know that follows a
// country as "・City" or "首都City" ("ドイツ・リューベック"): a katakana
// word. It is given as written, since a canonical English name cannot be
// made up; the place's time zone is then the country's.
func unknownCity(rest string) (string, bool) {
	w, ok := strings.CutPrefix(rest, "・")
	if !ok {
		w, ok = strings.CutPrefix(rest, "首都")
	}
	return w, ok && isKatakanaWord(w)
}

// isKatakanaWord reports whether w is a katakana word, with "・" only
// between its parts ("シャルム・エル・シェイク").
func isKatakanaWord(w string) bool {
	if w == "" || strings.HasPrefix(w, "・") || strings.HasSuffix(w, "・") {
		return false
	}
	for _, r := range w {
		if !isKatakana(r) {
			return false
		}
	}
	return true
}

// cityPrefix returns the city named at the start of s ("ワシントンD. C" is
// Washington): the whole of s, else its leading katakana run.
func cityPrefix(s string) (city, country string, ok bool) {
	if c, cc, ok := readout.City(s); ok {
		return c, cc, true
	}
	k := 0
	for k < len(s) {
		r, size := decodeRune(s[k:])
		if !isKatakana(r) && !isHan(r) {
			break
		}
		k += size
	}
	if k > 0 && k < len(s) {
		return readout.City(s[:k])
	}
	return "", "", false
}

// eventCity returns a city of country named at the start of a katakana word
// of the sentence [start, end), such as バリ in "G20バリサミット".
func eventCity(s string, start, end int, country string) string {
	for i := start; i < end; {
		r, size := decodeRune(s[i:end])
		if !isKatakana(r) {
			i += size
			continue
		}
		k := i
		for k < end {
			r, size := decodeRune(s[k:end])
			if !isKatakana(r) {
				break
			}
			k += size
		}
		// A city's name is short: try the prefixes of at most
		// jaMaxCityRunes runes, so that a long word stays linear.
		for e := len(runePrefix(s[i:k], jaMaxCityRunes)) + i; e > i; {
			if c, cc, ok := readout.City(s[i:e]); ok && cc == country {
				return c
			}
			_, size := decodeLastRune(s[i:e])
			e -= size
		}
		i = k
	}
	return ""
}

// jaMaxCountryRunes and jaMaxCityRunes bound the prefixes of a long word
// that are looked up as a country or a city name, which keeps hostile runs
// linear. The longest Japanese names of the tables are far shorter:
// "セントビンセント及びグレナディーン諸島" (19 runes) with a state form of up to
// 7 ("連邦民主共和国"), and "シャルム・エル・シェイク" (12).
// jaMaxPlaceRunes bounds the name before a place marker ("…を訪問中"): a
// country, 首都 and a city, or a country and a city in brackets, are far
// shorter, and a place marker repeated in a long run stays linear.
const (
	jaMaxCountryRunes = 32
	jaMaxCityRunes    = 24
	jaMaxPlaceRunes   = 64
)

// runePrefix returns s cut after its first n runes.
func runePrefix(s string, n int) string {
	if len(s) <= n {
		return s // no more runes than bytes
	}
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// jaAdminSuffixes end the name of a Japanese municipality: 広島市, 軽井沢町.
var jaAdminSuffixes = []string{"市", "町", "村", "区"}

// jaVenueSuffixes end the name of a venue called after its city:
// ボゴール宮殿.
var jaVenueSuffixes = []string{"宮殿", "迎賓館", "大統領府", "首相府", "大統領官邸", "首相官邸"}

// jaCity returns the city a place name names: a known city or venue, or one
// written with a prefecture before it or a municipal ending after it
// (長野県軽井沢町, 広島市), a district after it (東京・銀座), or a venue
// named after it (ボゴール宮殿).
func jaCity(name string) (city, country string, ok bool) {
	if c, cc, ok := readout.City(name); ok {
		return c, cc, true
	}
	// "大阪市内", "東京都内": the area within the city.
	n := name
	for _, suf := range []string{"市内", "都内", "区内", "町内", "村内"} {
		if b, ok := strings.CutSuffix(n, suf); ok && b != "" {
			n = b + suf[:len(suf)-len("内")]
			break
		}
	}
	// 東京都 is the city of Tokyo.
	if b, ok := strings.CutSuffix(n, "都"); ok && b != "" {
		if c, cc, ok := readout.City(b); ok {
			return c, cc, true
		}
	}
	if a, _, ok := strings.Cut(n, "・"); ok && a != "" && isCJK(a) {
		if c, cc, ok := readout.City(a); ok {
			return c, cc, true
		}
	}
	for _, pref := range []string{"県", "府", "都", "道"} {
		// A prefecture has two to four kanji: 長野県, 京都府, 北海道.
		if i := strings.Index(n, pref); i > 0 && utf8.RuneCountInString(n[:i]) >= 2 && utf8.RuneCountInString(n[:i]) <= 4 && i+len(pref) < len(n) {
			n = n[i+len(pref):]
			break
		}
	}
	for _, suf := range jaAdminSuffixes {
		if b, ok := strings.CutSuffix(n, suf); ok && b != "" {
			n = b
			break
		}
	}
	for _, suf := range jaVenueSuffixes {
		if b, ok := strings.CutSuffix(n, suf); ok && b != "" {
			n = b
			break
		}
	}
	if n != name {
		return readout.City(n)
	}
	return "", "", false
}
