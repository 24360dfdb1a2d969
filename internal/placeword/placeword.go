// Package placeword looks place names up by their folded key without
// allocating. The root package owns the tables and registers them here, so
// that the parser can fold a phrase on its stack and look it up, or reject
// it by its first word, without building a string for every run of words
// it tries.
package placeword

import (
	"bytes"
	"math"
	"sync"
	"sync/atomic"
)

// Tables are what the root package registers: the countries and the
// cities by key (the first words of the countries' keys are derived from
// them: CountryWords).
type Tables struct {
	Countries map[string]string // key → canonical name
	Cities    map[string]City   // key → the first city of the table with that key
}

// A City is a city of the tables: its canonical name and its country's.
type City struct{ Name, Country string }

var tables func() *Tables

// built holds the tables and what is derived from them once they are
// built: the lookups load it instead of calling tables each time.
var built atomic.Pointer[index]

// An index is the registered tables and the first words of the
// countries' keys.
type index struct {
	t *Tables
	// countries and cities are the tables' maps as tables.
	countries *table[string]
	cities    *table[City]
	// first maps the first word of each country's key to the most words
	// of a key that starts with it, and to the country whose key is that
	// word alone, if any.
	first *table[firstWord]
	// hint has bit last&31 of hint[len][first&31] set for each first
	// word of len < 32 bytes, whose first and last bytes are first and
	// last: a word whose bit is clear starts no key.
	hint [32][32]uint32
}

// load returns the index, building it at the first call; nil when no
// tables are registered.
func load() *index {
	if x := built.Load(); x != nil {
		return x
	}
	if tables == nil {
		return nil
	}
	return buildIndex()
}

var buildIndex = sync.OnceValue(func() *index {
	x := &index{t: tables()}
	firsts := map[string]firstWord{}
	for k, name := range x.t.Countries {
		first := string(FirstWord([]byte(k)))
		fw := firsts[first]
		fw.most = max(fw.most, bytes.Count([]byte(k), []byte(" "))+1)
		if k == first {
			fw.country, fw.ok = name, true
		}
		firsts[first] = fw
		if n := len(first); n > 0 && n < len(x.hint) {
			x.hint[n][first[0]&31] |= 1 << (first[n-1] & 31)
		}
	}
	x.first = newTable(firsts)
	x.countries = newTable(x.t.Countries)
	x.cities = newTable(x.t.Cities)
	built.Store(x)
	return x
})

// Register sets the function that returns the tables. The root package
// calls it in an init function, before any package that imports it runs.
func Register(f func() *Tables) { tables = f }

// Country returns the canonical name of the country whose key is key.
func Country(key []byte) (string, bool) {
	x := load()
	if x == nil {
		return "", false
	}
	return x.countries.get(key)
}

// CityOf returns the city whose key is key: the first of the table when
// several have it.
func CityOf(key []byte) (City, bool) {
	x := load()
	if x == nil {
		return City{}, false
	}
	return x.cities.get(key)
}

// CountryWords returns the most words of a country's key that starts with
// the key word w, or 0 when none starts with it.
func CountryWords(w []byte) int {
	x := load()
	if x == nil {
		return math.MaxInt
	}
	if n := len(w); n > 0 && n < len(x.hint) && x.hint[n][w[0]&31]&(1<<(w[n-1]&31)) == 0 {
		return 0
	}
	fw, _ := x.first.get(w)
	return fw.most
}

// A firstWord is what the index holds for a first word of the countries'
// keys.
type firstWord struct {
	most    int    // the most words of a key that starts with it
	country string // the country whose key is the word alone, when ok
	ok      bool
}

// CountryFirst returns CountryWords(w) and Country(w) for a key word w (one
// word: no space) with one lookup: the most words of a country's key that
// starts with w (0 when none does), and the country whose key is w alone.
func CountryFirst(w []byte) (most int, country string, ok bool) {
	x := load()
	if x == nil {
		return math.MaxInt, "", false
	}
	if n := len(w); n > 0 && n < len(x.hint) && x.hint[n][w[0]&31]&(1<<(w[n-1]&31)) == 0 {
		return 0, "", false
	}
	fw, _ := x.first.get(w)
	return fw.most, fw.country, fw.ok
}

// MayStartCountry reports whether a key word of n bytes, the first and
// last of which are first and last (or either case of them, for ASCII
// letters), may start the key of a country: when it does not, CountryWords
// of the word is 0.
func MayStartCountry(n int, first, last byte) bool {
	x := load()
	return x == nil || n == 0 || n >= len(x.hint) || x.hint[n][first&31]&(1<<(last&31)) != 0
}

// FirstWord returns the first word of a key.
func FirstWord(key []byte) []byte {
	if i := bytes.IndexByte(key, ' '); i >= 0 {
		return key[:i]
	}
	return key
}

// AppendKey appends the place key of s to dst when s is ASCII and reports
// whether it was. For ASCII the key is what the root package's placeKey
// gives: letters lower-cased, dots, commas and brackets removed, hyphens,
// underscores, slashes and white space as single spaces between words, a
// backquote as an apostrophe, "&" as "and", and a leading "the " dropped.
// When s is not ASCII it returns dst unchanged and false.
func AppendKey[S ~string | ~[]byte](dst []byte, s S) ([]byte, bool) {
	start := len(dst)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '.', ',', '(', ')':
			continue
		case '-', '_', '/', ' ', '\t', '\n', '\v', '\f', '\r':
			space = len(dst) > start
			continue
		}
		if c >= 0x80 {
			return dst[:start], false
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		switch {
		case c == '`':
			c = '\''
		case c == '&':
			dst = append(dst, "and"...)
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	if k := dst[start:]; bytes.HasPrefix(k, []byte("the ")) {
		n := copy(k, k[len("the "):])
		dst = dst[:start+n]
	}
	return dst, true
}
