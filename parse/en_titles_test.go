package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// checkNounAhead reports, through t, every word of toks where titleAt
// before a name reads otherwise with nounAhead than without it.
func checkNounAhead(t *testing.T, name string, toks []tok) {
	t.Helper()
	for i := range toks {
		nounAheadOn = false
		want, wantOK := titleAt(toks, i, true)
		nounAheadOn = true
		got, gotOK := titleAt(toks, i, true)
		if gotOK != wantOK || gotOK && got != want {
			t.Errorf("%s: titleAt at word %d (%q) = %+v, %v; without nounAhead %+v, %v", name, i, toks[i].w, got, gotOK, want, wantOK)
		}
	}
}

// TestNounAheadCorpus checks nounAhead at every word of the corpus copy.
func TestNounAheadCorpus(t *testing.T) {
	defer func() { nounAheadOn = true }()
	for _, f := range readTexts(t, englishReadouts...) {
		for _, l := range splitLines(f.text) {
			checkNounAhead(t, f.name, tokenize(f.text, int(l.start), int(l.end)))
		}
	}
}

// TestNounAheadRandom checks nounAhead on random lines of title words,
// connectors, places and punctuation.
func TestNounAheadRandom(t *testing.T) {
	defer func() { nounAheadOn = true }()
	words := strings.Fields(`Foreign Affairs Minister Ministers Secretary Deputy State Cabinet Chief Vice
		of of, of. for to and the, the Japan Japan, Japan. Republic Korea Korea, United Nations
		High Commissioner for Refugees NATO NATO, European Union Council Council. Office Head
		Member Leaders Prime President, Hayashi Mr. (UAE) (CPC) U.S. Saudi Arabian Defence Trade
		Of For, attended met. said:`)
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		s := randomLine(r, words, 16)
		checkNounAhead(t, s, tokenize(s, 0, len(s)))
	}
}

// TestOfToFor checks ofToFor against lowerIs on every word of two bytes,
// every word of three ASCII bytes, and words outside ASCII.
func TestOfToFor(t *testing.T) {
	check := func(w string) {
		if got, want := ofToFor(w), lowerIs(w, "of") || lowerIs(w, "to") || lowerIs(w, "for"); got != want {
			t.Errorf("ofToFor(%q) = %v, lowerIs says %v", w, got, want)
		}
	}
	for x := range 256 * 256 {
		check(string([]byte{byte(x >> 8), byte(x)}))
	}
	for x := range 128 * 128 * 128 {
		check(string([]byte{byte(x >> 14), byte(x >> 7 & 127), byte(x & 127)}))
	}
	for _, w := range []string{"", "o", "ＯＦ", "fOr", "FOR", "ſor", "for.", "of ", "İf", "tO", "to\u0307"} {
		check(w)
	}
}

// TestLowerEndsInS checks what titleAt assumes of a plural head: only "s"
// and "S" lower-case to a string that ends in "s".
func TestLowerEndsInS(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if strings.HasSuffix(strings.ToLower(string(r)), "s") && r != 's' && r != 'S' {
			t.Errorf("%U lower-cases to %q", r, strings.ToLower(string(r)))
		}
	}
}
