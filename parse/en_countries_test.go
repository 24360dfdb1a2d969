package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// longestCountry builds place keys on the stack and rejects a run by its
// first word; it must find what countryName finds in the joined words.

// checkLongestCountry reports, through t, every run of toks where
// longestCountry and countryName disagree.
func checkLongestCountry(t *testing.T, name string, toks []tok) {
	t.Helper()
	for i := range toks {
		for _, end := range []int{runEnd(toks, i), min(i+2, len(toks)), i + 1} {
			if end > len(toks) {
				continue
			}
			gc, gj := longestCountry(toks, i, end, false)
			wc, wj := longestCountryName(toks, i, end, false)
			if gc != wc || gj != wj {
				t.Errorf("%s: longestCountry(%q) = %q, %d; countryName finds %q, %d",
					name, joinWords(toks, i, end), gc, gj-i, wc, wj-i)
			}
		}
		// matchCountry's run, ended as runEnd ends it.
		gc, gj := longestCountry(toks, i, min(len(toks), i+maxPlaceWords), true)
		wc, wj := longestCountryName(toks, i, runEnd(toks, i), false)
		if gc != wc || gj != wj {
			t.Errorf("%s: longestCountry(%q, run) = %q, %d; countryName finds %q, %d",
				name, joinWords(toks, i, runEnd(toks, i)), gc, gj-i, wc, wj-i)
		}
	}
}

func TestLongestCountry(t *testing.T) {
	tests := []struct {
		text   string
		want   string
		words  int
		reason string
	}{
		{"the Republic of Korea and Japan", "Republic of Korea", 4, "an article and a long name"},
		{"The Republic of Korea", "Republic of Korea", 4, "a capital article"},
		{"U.S. Secretary", "United States", 1, "the dots of an abbreviation"},
		{"Guinea-Bissau today", "Guinea-Bissau", 1, "a hyphen between the words of a key"},
		{"Bosnia & Herzegovina", "Bosnia and Herzegovina", 3, `"&" as "and"`},
		{"Côte d'Ivoire said", "Côte d'Ivoire", 2, "a name outside ASCII goes through countryName"},
		{"Foreign Affairs of Japan", "", 0, "a first word that starts no country"},
		{"the", "", 0, "the article alone"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		c, j := longestCountry(toks, 0, runEnd(toks, 0), false)
		if c != tt.want || j != tt.words {
			t.Errorf("longestCountry(%q) = %q, %d words; want %q, %d (%s)", tt.text, c, j, tt.want, tt.words, tt.reason)
		}
		checkLongestCountry(t, tt.text, toks)
	}
}

// TestLongestCountryCorpus checks every run of every line of the corpus
// copy against countryName.
func TestLongestCountryCorpus(t *testing.T) {
	for _, f := range readTexts(t, englishReadouts[:3]...) {
		for _, l := range splitLines(f.text) {
			checkLongestCountry(t, f.name, tokenize(f.text, int(l.start), int(l.end)))
		}
	}
}

// TestMatchOrgCorpus checks matchOrg, which builds its runs on the stack,
// against organization on the runs joined as strings, at every word of the
// corpus copy and of a few made-up lines.
func TestMatchOrgCorpus(t *testing.T) {
	check := func(name string, toks []tok) {
		for i := range toks {
			if !capitalised(toks, i) || noOrgAt(toks, i) {
				continue
			}
			end, _, _ := orgRunEnd(toks, i, runEnd(toks, i))
			gv, gj := matchOrg(toks, i)
			wv, wj := matchLongestTo(toks, i, end, organization)
			if gv != wv || gj != wj {
				t.Errorf("%s: matchOrg(%q) = %q, %d; organization finds %q, %d", name, joinWords(toks, i, end), gv, gj-i, wv, wj-i)
			}
		}
	}
	for _, s := range []string{
		"the NATO Secretary-General", "the Au and the SCo", "AU SCO WHO", "who is visiting", "the European Union (EU)",
		"the Organisation for Economic Co-operation and Development Secretary-General", "the United Nations Security Council",
		"World bank President", "the World Health Organization's", "Council of the European Union",
	} {
		check(s, tokenize(s, 0, len(s)))
	}
	for k := range organizations {
		// Each name in three cases, alone, ending a clause and before
		// other words; a one-word name is read from orgFirst.
		for _, v := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:], strings.ToUpper(k[:2]) + k[2:]} {
			for _, s := range []string{v, "the " + v + ", x", v + " Secretary-General", "The " + v + " said"} {
				check(s, tokenize(s, 0, len(s)))
			}
		}
	}
	for _, f := range readTexts(t, englishReadouts[:3]...) {
		for _, l := range splitLines(f.text) {
			check(f.name, tokenize(f.text, int(l.start), int(l.end)))
		}
	}
}

// TestLongestCountryRandom checks longestCountry against countryName on
// random lines of country words, articles and separators.
func TestLongestCountryRandom(t *testing.T) {
	words := strings.Fields(`the the The THE Japan Japan, japan Korea Korea. Republic of of Korea, United
		States States, America U.S. US USA Guinea Guinea-Bissau Bissau Papua New Guinea Gambia Saudi
		Arabia Saudi-Arabia Arabian Bosnia & and Herzegovina Côte d'Ivoire Timor-Leste East Timor
		People's China Chinese Foreign Affairs (Japan) Kingdom Netherlands the, x
		Abcdefghijklmnopqrstuvwxyzabcdefg Abcdefghijklmnopqrstuvwxyzabcdef, Ukraine; Sweden: (Finland, Georgia)`)
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		s := randomLine(r, words, 8)
		checkLongestCountry(t, s, tokenize(s, 0, len(s)))
	}
}

// appendKeyWordRef is appendKeyWord with append.
func appendKeyWordRef(key []byte, w string, space bool) ([]byte, int, bool) {
	spaces := 0
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
			space = len(key) > 0
			continue
		}
		if space {
			key = append(key, ' ')
			space = false
			spaces++
		}
		if kc == keyAnd {
			key = append(key, "and"...)
			continue
		}
		key = append(key, kc)
	}
	return key, spaces, true
}

// TestAppendKeyWord checks appendKeyWord against appendKeyWordRef on
// random words, in buffers of every capacity up to maxPhraseLen: where it
// says ok, it gives the same key.
func TestAppendKeyWord(t *testing.T) {
	const bytes = "aZ.,()-_/ &`'éx"
	r := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		var wb []byte
		for range r.IntN(12) {
			wb = append(wb, bytes[r.IntN(len(bytes))])
		}
		w := string(wb)
		prefix := []byte("japan"[:r.IntN(6)])
		space := r.IntN(2) == 0
		wantKey, wantSpaces, wantOK := appendKeyWordRef(append([]byte(nil), prefix...), w, space)
		c := len(prefix) + r.IntN(maxPhraseLen-len(prefix)+1)
		key := append(make([]byte, 0, c), prefix...)
		gotKey, gotSpaces, gotOK := appendKeyWord(key, w, space)
		if !gotOK && wantOK && len(wantKey) <= c-len(" and")+1 {
			t.Errorf("appendKeyWord(%q, %q, %v) in %d bytes: not ok, the key %q fits", prefix, w, space, c, wantKey)
		}
		if gotOK && (!wantOK || string(gotKey) != string(wantKey) || gotSpaces != wantSpaces) {
			t.Errorf("appendKeyWord(%q, %q, %v) = %q, %d, %v; want %q, %d, %v", prefix, w, space, gotKey, gotSpaces, gotOK, wantKey, wantSpaces, wantOK)
		}
	}
}

// TestIsCountryWord checks isCountryWord against countryName on every word
// of the corpus copy and on country words in several cases.
func TestIsCountryWord(t *testing.T) {
	check := func(w string) {
		if _, want := countryName(w); isCountryWord(w) != want {
			t.Errorf("isCountryWord(%q) = %v, countryName says %v", w, !want, want)
		}
	}
	for _, f := range readTexts(t, englishReadouts...) {
		for _, tk := range tokenize(f.text, 0, len(f.text)) {
			check(tk.w)
		}
	}
	for _, w := range strings.Fields(`Japan JAPAN japan jApAn Korea Chinese China US USA U.S. UK Georgia Niger
		Nigeria Guinea Congo Abcdefghijklmnopqrstuvwxyzabcdef Abcdefghijklmnopqrstuvwxyzabcdefg Türkiye the The`) {
		check(w)
	}
}
