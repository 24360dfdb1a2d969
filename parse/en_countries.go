package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
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
	k := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(phrase), "the "))
	o, ok := organizations[k]
	return o, ok
}

// maxPlaceWords bounds the words of a country, city or organisation phrase.
const maxPlaceWords = 9

// matchCountry returns the country named by the longest run of words at
// toks[i:] (with an optional leading "the") and the index after it.
func matchCountry(toks []tok, i int) (string, int) {
	return matchLongest(toks, i, countryName)
}

// matchOrg is matchCountry for organisations.
func matchOrg(toks []tok, i int) (string, int) {
	return matchLongest(toks, i, organization)
}

// matchLongest tries the runs toks[i:j] from the longest, stopping at a
// comma or a clause end, and returns the first that lookup knows.
func matchLongest(toks []tok, i int, lookup func(string) (string, bool)) (string, int) {
	if i >= len(toks) {
		return "", i
	}
	end := i
	for end < len(toks) && end-i < maxPlaceWords {
		end++
		if toks[end-1].comma() || toks[end-1].stop() || (end < len(toks) && toks[end].open()) {
			break
		}
	}
	var b strings.Builder
	for j := end; j > i; j-- {
		b.Reset()
		for k := i; k < j; k++ {
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(toks[k].w)
		}
		if v, ok := lookup(b.String()); ok {
			return v, j
		}
	}
	return "", i
}
