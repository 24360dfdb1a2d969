package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/internal/placeword"
)

// Place. The lead says where the meeting was in a few families of phrases:
//
//	who is visiting Washington D.C. / who was visiting Busan in the Republic of Korea
//	during his visit to Wellington, New Zealand / upon his visit to Beijing, the People's Republic of China
//	who is on a visit to Kenya / who is on a State Visit to Japan / who is currently paying a visit to Berlin
//	visited the Republic of Kenya
//	in Belgium / in Ningbo, China / in Yokoyama, Japan / at the G7 Summit in Biarritz
//	(France time) / (NY time)
//
// Whoever is visiting — the principal abroad or the counterpart "who is
// visiting Japan" — the meeting is where the visit is. The first phrase
// that names a country wins; a later phrase naming a city of that country
// supplies the city. A city is a known city, or any capitalised name
// written with its country ("Yokoyama, Japan").
//
// When the text names no place the Place is left empty rather than
// assumed: telephone talks and meetings at "the Iikura Guest House" say
// nothing about the country, and the corpus labels agree (a place is what
// the text states). The schedule then reads times as Japan time, which is
// where MOFA's readouts are written from.

func (p *parser) enPlace(toks []tok) {
	var pl readout.Place
	found := false
	depth := 0 // of brackets around toks[i]
	for i := 0; i < len(toks); i++ {
		if i > 0 {
			depth = max(0, depth-int(toks[i-1].closes)) // a word ends before any opening bracket
		}
		depth += int(toks[i].opens)
		var j int
		switch {
		case toks[i].w == "visiting" || toks[i].w == "visited":
			j = i + 1
		case i+1 < len(toks) && toks[i+1].w == "to" && foldIn(visitNouns, toks[i].w):
			// "on a visit to Kenya", "on a State Visit to Japan", "on
			// an Official Working Visit to Japan", "on a trip to Europe".
			j = i + 2
		case toks[i].w == "in" && depth > 0 && i+1 < len(toks) && toks[i+1].w == "Japan":
			// "(local time; 7:30 p.m. on the same day in Japan)": the
			// Japan time of a zone note, not the place.
			continue
		case toks[i].w == "in":
			j = i + 1
		case toks[i].open() && i+1 < len(toks) && strings.HasPrefix(toks[i+1].w, "time") && toks[i].w != "Japan":
			// "(France time)", "(NY time)"; "(Japan time)" is the JST
			// note, not the place.
			j = i
		default:
			continue
		}
		country, city, cs, ce, next, ok := placeAt(toks, j, toks[i].w == "in")
		if !ok {
			continue
		}
		if !found {
			pl.Country, found = country, true
			if city != "" {
				pl.City = city
			}
			pl.Span = p.span(int(toks[j].start), int(toks[next-1].end))
			if cs < ce && city != "" {
				pl.City = p.cityName(cs, ce)
			}
			continue
		}
		if pl.City == "" && city != "" && country == pl.Country {
			pl.City = p.cityName(cs, ce)
		}
	}
	if found {
		p.m.Place = pl
	}
	p.enVenue(toks)
}

// cityName returns the city p.text[cs:ce] names as written, or its full
// name when it is written as an abbreviation ("NY" is "New York").
func (p *parser) cityName(cs, ce int) string {
	if name, _, ok := cityCountry(p.text[cs:ce]); ok && isAllCaps(p.text[cs:ce]) {
		return name
	}
	return p.orig(cs, ce)
}

// placeAt reads a place at toks[i:]: a country, or a city with an
// optional country after it (", Country", " in Country", " (Country)").
// strict asks for a place the tables know (after "in", which says many
// other things). It returns the country, the city as found, the city's
// offsets in the text, and whether a place was read.
func placeAt(toks []tok, i int, strict bool) (country, city string, cs, ce, next int, ok bool) {
	if i >= len(toks) {
		return
	}
	if c, k := matchCountry(toks, i); k > i {
		return c, "", 0, 0, k, true
	}
	j := i
	if j < len(toks) && toks[j].w == "the" {
		j++
	}
	cityName, k := matchCity(toks, j)
	known := k > j
	if known && toks[k-1].comma() && k < len(toks) {
		// A city whose name holds a comma: "Washington, D.C.".
		if name, ok := cityWithComma(toks, j, k); ok && name == cityName {
			if !isCountryWord(toks[k].w) {
				k++
			}
		}
	}
	if !known {
		// An unknown city must be a capitalised name followed by its
		// country.
		k = j
		for k < len(toks) && k-j < 3 && isCap(toks[k].w) && !notNames.has(toks[k].w) {
			k++
			if toks[k-1].comma() || toks[k-1].stop() {
				break
			}
		}
		if k == j {
			return
		}
	}
	cs, ce = int(toks[j].start), int(toks[k-1].end)
	// The country after the city.
	n := k
	if n < len(toks) && toks[n].w == "in" && !toks[k-1].comma() {
		n++
	}
	if n < len(toks) && (toks[k-1].comma() || n > k || toks[n].open()) {
		if c, m := matchCountry(toks, n); m > n {
			name := cityName
			if !known {
				name = toks[j].w
			}
			return c, name, cs, ce, m, true
		}
	}
	if known {
		_, c, ok := cityCountry(cityName)
		return c, cityName, cs, ce, k, ok
	}
	return "", "", 0, 0, i, false
}

// matchCity is matchLongest with the names of cities (cityCountry): the
// name of the city that the longest run of words at toks[i:] names, and the
// index after it. The place key of the runs is folded once on the stack
// (placeKeyBytes) and its prefixes looked up; a run outside ASCII, or too
// long for the stack, goes through matchLongest.
func matchCity(toks []tok, i int) (string, int) {
	if i >= len(toks) || !capitalised(toks, i) {
		return "", i
	}
	end := runEnd(toks, i)
	var kb [maxPhraseLen]byte
	var ends [maxPlaceWords]int // length of the key after toks[i+m]
	key := kb[:0]
	space := false
	n := 0 // bytes of the words joined by spaces so far
	for k := i; k < end; k++ {
		w := toks[k].w
		if k > i {
			n++
			space = len(key) > 0
		}
		if n += len(w); n > maxPhraseLen || k-i >= len(ends) {
			return matchLongest(toks, i, cityNameOf)
		}
		var ok bool
		if key, _, ok = appendKeyWord(key, w, space); !ok {
			return matchLongest(toks, i, cityNameOf)
		}
		ends[k-i] = len(key)
	}
	for j := end; j > i; j-- {
		if c, ok := placeword.CityOf(trimThe(key[:ends[j-1-i]])); ok {
			return c.Name, j
		}
	}
	return "", i
}

// cityNameOf is cityCountry's name, for matchLongest.
func cityNameOf(s string) (string, bool) {
	name, _, ok := cityCountry(s)
	return name, ok
}

// cityWithComma returns the name of the city that the words toks[i:j],
// a comma and toks[j] name ("Washington, D.C."), as cityCountry finds it,
// folding the phrase on the stack when it is ASCII and fits.
func cityWithComma(toks []tok, i, j int) (string, bool) {
	var pb, kb [maxPhraseLen]byte
	phrase := pb[:0]
	for k := i; k < j; k++ {
		if k > i {
			phrase = append(phrase, ' ')
		}
		phrase = append(phrase, toks[k].w...)
	}
	phrase = append(append(phrase, ", "...), toks[j].w...)
	if len(phrase) <= len(pb) {
		if key, ascii := placeword.AppendKey(kb[:0], phrase); ascii {
			c, ok := placeword.CityOf(key)
			return c.Name, ok
		}
	}
	name, _, ok := cityCountry(joinWords(toks, i, j) + ", " + toks[j].w)
	return name, ok
}

// joinWords returns the words toks[i:j] joined by spaces.
func joinWords(toks []tok, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].w)
	}
	return b.String()
}

// enVenue reads "at the Iikura Guest House", "at the Ministry of Foreign
// Affairs": a capitalised name after "at" that is not a time.
func (p *parser) enVenue(toks []tok) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].w != "at" {
			continue
		}
		j := i + 1
		if toks[j].w == "the" {
			j++
		}
		k := j
		for k < len(toks) && (isCap(toks[k].w) || (toks[k].w == "of" || toks[k].w == "for") && k+1 < len(toks) && isCap(toks[k+1].w)) {
			k++
			if toks[k-1].comma() || toks[k-1].stop() {
				break
			}
		}
		if k-j >= 2 && !strings.ContainsAny(toks[j].w, "0123456789") && !notNames.has(toks[j].w) {
			p.m.Place.Venue = p.orig(int(toks[j].start), int(toks[k-1].end))
			return
		}
	}
}
