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
