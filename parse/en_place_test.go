package parse

import "testing"

// TestMatchCityAsMatchLongest checks that matchCity, which folds the runs'
// place key on the stack, finds what matchLongest with cityCountry finds.
func TestMatchCityAsMatchLongest(t *testing.T) {
	for _, tc := range []struct{ text, why string }{
		{"Tokyo on April 7", "a one-word city"},
		{"New York on April 7", "a city of two words"},
		{"New York City, United States", "the longest run that names a city"},
		{"the Hague, the Netherlands", "a leading article"},
		{"The Hague", "a capitalised article"},
		{"Washington, D.C.", "a comma ends the run"},
		{"Washington D.C. and", "dots left out of the key"},
		{"São Paulo, Brazil", "outside ASCII: matchLongest itself"},
		{"Sao Paulo, Brazil", "the same city in ASCII"},
		{"Port-au-Prince", "hyphens as spaces"},
		{"Foreign Minister Hayashi", "no city"},
		{"tokyo", "a lower-case word starts no place"},
		{"Bosnia & Herzegovina", "an ampersand as \"and\""},
	} {
		toks := tokenize(tc.text, 0, len(tc.text))
		wantName, wantNext := matchLongest(toks, 0, cityNameOf)
		name, next := matchCity(toks, 0)
		if name != wantName || next != wantNext {
			t.Errorf("matchCity(%q) = %q, %d; want %q, %d (%s)", tc.text, name, next, wantName, wantNext, tc.why)
		}
	}
}

// TestCityWithComma checks cityWithComma against cityCountry on the joined
// words.
func TestCityWithComma(t *testing.T) {
	for _, tc := range []struct{ text, why string }{
		{"Washington, D.C.", "a city whose name holds a comma"},
		{"Washington, Japan", "a city and a country"},
		{"São Paulo, Brazil", "outside ASCII: through cityCountry"},
	} {
		toks := tokenize(tc.text, 0, len(tc.text))
		j := 1
		for !toks[j-1].comma() {
			j++
		}
		want, _, wantOK := cityCountry(joinWords(toks, 0, j) + ", " + toks[j].w)
		got, ok := cityWithComma(toks, 0, j)
		if got != want || ok != wantOK {
			t.Errorf("cityWithComma(%q) = %q, %v; want %q, %v (%s)", tc.text, got, ok, want, wantOK, tc.why)
		}
	}
}

// TestVisitWindow checks that placeAt after "visit to" reads nothing
// beyond the window enBodyCity tokenizes (visitWindow): on the window it
// finds what it finds on every word after it.
func TestVisitWindow(t *testing.T) {
	long := "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn Oo Pp Qq Rr Ss Tt Uu Vv Ww Xx Yy Zz"
	for _, tc := range []struct{ text, why string }{
		{"visit to Warsaw, I had a face-to-face meeting with Foreign Minister KULEBA", "a city and a clause"},
		{"visit to the Republic of Korea in " + long, "a country, then capitalised words"},
		{"visit to Aa Bb Cc Dd Ee Ff Gg Hh Ii in the Republic of Korea (ROK) " + long, "an unknown city of nine words in a country"},
		{"visit to New York City in the United States of America " + long, "a city in a country"},
		{"visit to Busan in " + long + " (" + long + ")", "a city, then a run up to a bracket"},
		{"visit to " + long + ", " + long, "no place"},
		{"visit to the New York City in the United Kingdom of Great Britain and Northern Ireland (UK)", "the longest reach: an article, a city of three words, \"in\" and a country of nine"},
	} {
		all := tokenize(tc.text, 0, len(tc.text))
		win := all[:min(len(all), 3+visitWindow)]
		c1, city1, cs1, ce1, n1, ok1 := placeAt(all, 2, true)
		c2, city2, cs2, ce2, n2, ok2 := placeAt(win, 2, true)
		if c1 != c2 || city1 != city2 || cs1 != cs2 || ce1 != ce2 || n1 != n2 || ok1 != ok2 {
			t.Errorf("%s: placeAt on the window = %q %q %d %d %d %v, on all words %q %q %d %d %d %v",
				tc.why, c2, city2, cs2, ce2, n2, ok2, c1, city1, cs1, ce1, n1, ok1)
		}
	}
}
