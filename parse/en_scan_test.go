package parse

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// The byte-level checks of en_scan.go must never say "nothing here" where
// the tokens say otherwise: a line they skip is one enMentions and
// enDelegations would have found nothing in.

// anyStarter reports what lineHasStarter must: whether a word of the line
// is a starter.
func anyStarter(s string, l line) bool {
	toks := tokenize(s, l.start, l.end)
	for i := range toks {
		if isStarter(toks, i) {
			return true
		}
	}
	return false
}

func TestLineHasStarter(t *testing.T) {
	tests := []struct {
		line   string
		want   bool
		reason string
	}{
		{"Japan vehemently condemns such acts.", false, "no honorific, no title head"},
		{"I recently met Foreign Minister KULEBA.", true, "a capitalised title head"},
		{"the foreign ministers from 30 countries", false, "a head in lower case starts no title"},
		{"He met Mr. Smith.", true, "an honorific"},
		{"he met h.e. smith", true, "an honorific in lower case"},
		{"he met mr. smith", false, `"mr." loses its dot (the short forms are known capitalised): no honorific`},
		{"during his visit to the region", false, `"his" before an ordinary word`},
		{"received his Majesty the King", true, `"his Majesty"`},
		{"received his Royal Highness", true, `"his Royal Highness"`},
		{"with the Honourable member", true, `"Honourable" starts an honorific by itself`},
		{"• (2) It is regrettable.", false, "a bullet outside ASCII is no honorific"},
		{"Russia’s aggression", false, "a curly apostrophe does not make a word an honorific"},
		{"met \u212Aing Abdullah", true, "the Kelvin sign folds to k: may start an honorific"},
		{"met MİNISTER Li", true, "U+0130 lower-cases to i: a title head"},
		{"met Sheikh Tamim", true, "a name that carries its own form of address"},
		{"met Daw Aung San Suu Kyi", true, "the Burmese Daw"},
		{"met U Thein Sein", false, `"U" counts only inside a phrase`},
		{"Member States agreed", true, `conservative: "Member" is a head word, though it heads a title only after a name`},
		{"Vieira,Minister of Foreign Affairs", true, "a comma before a letter splits the word"},
	}
	for _, tt := range tests {
		l := line{0, len(tt.line)}
		got := lineHasStarter(tt.line, l.start, l.end)
		if want := anyStarter(tt.line, l); want && !got {
			t.Errorf("lineHasStarter(%q) = false, but a word is a starter (%s)", tt.line, tt.reason)
		}
		if got != tt.want {
			t.Errorf("lineHasStarter(%q) = %v, want %v (%s)", tt.line, got, tt.want, tt.reason)
		}
	}
}

// TestLineHasStarterCorpus checks every line of the corpus copy: the scan
// says yes wherever the tokens have a starter.
func TestLineHasStarterCorpus(t *testing.T) {
	files, err := filepath.Glob("../testdata/corpus/en/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := normalize(string(b))
		for _, l := range splitLines(s) {
			if want := anyStarter(s, l); want && !lineHasStarter(s, l.start, l.end) {
				t.Errorf("%s: lineHasStarter(%q) = false, but a word is a starter", f, s[l.start:l.end])
			}
		}
	}
}

func TestMayListDelegations(t *testing.T) {
	tests := []struct {
		line   string
		want   bool
		reason string
	}{
		{"invited partner countries (Japan, Australia)", true, "a delegation noun before a bracket"},
		{"(1) I am highly honored", false, "a point marker is no list"},
		{"(1) partner countries (Japan, the EU)", true, "the noun before a later bracket"},
		{"COUNTRİES (Japan, Australia)", true, `"İ" lower-cases to "i"`},
		{"the foreign ministers of the G7", true, `"ministers"`},
		{"the G7 Leaders' statement", true, `"leaders" in any case`},
		{"Japan will not flinch.", false, "nothing"},
	}
	for _, tt := range tests {
		if got := mayListDelegations(tt.line); got != tt.want {
			t.Errorf("mayListDelegations(%q) = %v, want %v (%s)", tt.line, got, tt.want, tt.reason)
		}
	}
}

// lineHasStarterRef is lineHasStarter without its shortcut: every word is
// peeled and asked.
func lineHasStarterRef(s string, start, end int) bool {
	hisHer := false
	for i := start; i < end; {
		i2, j, ascii := nextWord(s, i, end)
		if j > i2 {
			a, b := peel(s, i2, j)
			w := s[a:b]
			if hisHer && (!ascii || lowerIs(w, "highness") || lowerIs(w, "majesty") || lowerIs(w, "royal") || lowerIs(w, "excellency")) {
				return true
			}
			var ok bool
			if ok, hisHer = starterWord(w, ascii); ok {
				return true
			}
		}
		i = j
	}
	return false
}

// TestLineHasStarterRef checks lineHasStarter against lineHasStarterRef on
// random lines of starters, near misses and other words, in all cases.
func TestLineHasStarterRef(t *testing.T) {
	pieces := []string{"his", "Her", "HIS", "majesty", "Highness", "the", "The", "Minister", "minister", "mr.", "Mr.", "h.e.",
		"Sheikh", "sheikh", "Daw", "daw", "of", "in", "Japan", "japan", "(", ")", ",", ".", "'", "\"", "1", "-", "x", "ſ", "K", "\u212a",
		"é", "İ", "Dr", "dr.", "general", "General", "excellency", "royal", "with", "you", "zz", "queen", "Queen"}
	rnd := rand.New(rand.NewPCG(12, 13))
	for range 30000 {
		var b strings.Builder
		for range rnd.IntN(8) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
			if rnd.IntN(3) > 0 {
				b.WriteString(" ")
			}
		}
		s := b.String()
		if got, want := lineHasStarter(s, 0, len(s)), lineHasStarterRef(s, 0, len(s)); got != want {
			t.Errorf("lineHasStarter(%q) = %v, want %v", s, got, want)
		}
	}
}

// mayListDelegationsRef is mayListDelegations by its definition, a search
// for each word.
func mayListDelegationsRef(s string) bool {
	contains := func(s, sub string) bool { // sub in any case of its letters
		for i := 0; i+len(sub) <= len(s); i++ {
			k := 0
			for k < len(sub) && s[i+k]|0x20 == sub[k] {
				k++
			}
			if k == len(sub) {
				return true
			}
		}
		return false
	}
	if strings.Contains(s, "ministers") || contains(s, "leaders") {
		return true
	}
	b := strings.LastIndexByte(s, '(')
	if b < 0 {
		return false
	}
	if strings.Contains(s[:b], "\u0130") {
		return true
	}
	for _, w := range delegationNounList {
		if contains(s[:b], w) {
			return true
		}
	}
	return false
}

// TestMayListDelegationsRef checks mayListDelegations, which reads the line
// once, against the search for each word: on every line of the corpus copy
// and on random lines made of the words, their parts and brackets, in both
// cases.
func TestMayListDelegationsRef(t *testing.T) {
	var lines []string
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	pieces := append([]string{"ministers", "Ministers", "LEADERS", "leader", "s", "S", " ", "(", ")", "İ", "COUNTRİES",
		"x", "ss", "inisters", "Partners", "economie", "nation", "NATIONS", "Members", "participant"}, delegationNounList...)
	rnd := rand.New(rand.NewPCG(10, 11))
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(10) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	for _, l := range lines {
		if got, want := mayListDelegations(l), mayListDelegationsRef(l); got != want {
			t.Errorf("mayListDelegations(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestFoldsToASCII checks the claims of foldsToASCII and lowersToASCII
// against every rune outside ASCII.
func TestFoldsToASCII(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		folds := false
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 {
				folds = true
			}
		}
		if folds && !foldsToASCII(string(r)) {
			t.Errorf("%U folds to ASCII, foldsToASCII says no", r)
		}
		if l := strings.ToLower(string(r)); l != "" && l[0] < 0x80 && !lowersToASCII(string(r)) {
			t.Errorf("%U lower-cases to ASCII, lowersToASCII says no", r)
		}
	}
}

// TestBodyCity checks the windowed reading of "visit to <city>" in the
// body when the lead gives the country (enBodyCity): the word "visit"
// wherever the tokens have it, and nowhere else.
func TestBodyCity(t *testing.T) {
	const lead = "May 20, 2023\n\nOn May 20, Prime Minister Kishida held a summit meeting with President Joko Widodo of the Republic of Indonesia, who is visiting Japan.\n\n1. "
	tests := []struct {
		body   string
		city   string
		reason string
	}{
		{"Prime Minister Kishida welcomed President Joko on his visit to Hiroshima.", "Hiroshima", "the rule's phrase"},
		{"He welcomed him (visit to Hiroshima).", "Hiroshima", "an opening bracket before the word"},
		{"He noted the plan,visit to Hiroshima.", "Hiroshima", "a comma before a letter splits the word"},
		{"He welcomed his visit, to Hiroshima.", "", "a comma after visit"},
		{"He welcomed his visits to Hiroshima.", "", "visits is another word"},
		{"He hoped to revisit to Hiroshima.", "", "revisit is another word"},
		{"He spoke of Japan.\n2. " + strings.Repeat("They talked. ", 200) + "The visit to Hiroshima was welcomed.", "Hiroshima", "far into the body"},
		{"The visit to Hiroshima", "Hiroshima", "at the end of the text"},
		{"The visit to", "", "nothing after to"},
	}
	for _, tt := range tests {
		m, err := Text(lead + tt.body + "\n")
		if err != nil {
			t.Errorf("%s: %v", tt.reason, err)
			continue
		}
		if m.Place.Country != "Japan" || m.Place.City != tt.city {
			t.Errorf("%s: place %q, %q; want Japan, %q", tt.reason, m.Place.Country, m.Place.City, tt.city)
		}
	}
}
