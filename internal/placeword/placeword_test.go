package placeword

import (
	"bytes"
	"testing"
)

// TestCountryFirst checks CountryFirst against CountryWords and Country on
// the words of the keys of a registered table, and words that start none.
func TestCountryFirst(t *testing.T) {
	countries := map[string]string{
		"japan": "Japan", "korea": "Republic of Korea", "republic of korea": "Republic of Korea",
		"united states": "United States", "united states of america": "United States", "us": "United States",
		"guinea": "Guinea", "guinea bissau": "Guinea-Bissau", "papua new guinea": "Papua New Guinea",
		"the": "The", "gambia": "Gambia",
	}
	Register(func() *Tables { return &Tables{Countries: countries, Cities: map[string]City{}} })
	words := [][]byte{[]byte("united"), []byte("states"), []byte("x"), []byte(""), []byte("japa"), []byte("japan ")}
	for k := range countries {
		for n := 0; n <= len(k); n++ {
			if n == len(k) || k[n] == ' ' {
				words = append(words, []byte(k[:n]), FirstWord([]byte(k[:n])))
			}
		}
	}
	for _, w := range words {
		if bytes.IndexByte(w, ' ') >= 0 {
			continue // not a key word
		}
		most, c, ok := CountryFirst(w)
		wc, wok := Country(w)
		if most != CountryWords(w) || c != wc || ok != wok {
			t.Errorf("CountryFirst(%q) = %d, %q, %v; CountryWords %d, Country %q, %v", w, most, c, ok, CountryWords(w), wc, wok)
		}
		if ok && most == 0 {
			t.Errorf("CountryFirst(%q): a country's key of one word starts no key", w)
		}
	}
}
