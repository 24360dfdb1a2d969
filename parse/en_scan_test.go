package parse

import (
	"math/bits"
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
	toks := tokenize(s, int(l.start), int(l.end))
	for i := range toks {
		if isStarter(toks, i) {
			return true
		}
	}
	return false
}

// anyListTrigger reports what scanLine must say of a line without a
// starter: whether a word of it is one enDelegations acts on.
func anyListTrigger(s string, l line) bool {
	toks := tokenize(s, int(l.start), int(l.end))
	for i, t := range toks {
		if i > 0 && t.open() && foldIn(delegationNouns, toks[i-1].w) ||
			t.w == "ministers" || t.w == "leaders" || hasLowerPrefix(t.w, "leaders") {
			return true
		}
	}
	return false
}

func TestScanLinePeople(t *testing.T) {
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
		{"received (his) Royal Highness", true, `"his" in brackets`},
		{"with the Honourable member", true, `"Honourable" starts an honorific by itself`},
		{"• (2) It is regrettable.", false, "a bullet outside ASCII is no honorific"},
		{"Russia’s aggression", false, "a curly apostrophe does not make a word an honorific"},
		{"met \u212Aing Abdullah", true, "the Kelvin sign folds to k: may start an honorific"},
		{"met MİNISTER Li", true, "U+0130 lower-cases to i: a title head"},
		{"met Sheikh Tamim", true, "a name that carries its own form of address"},
		{"met (Sheikh) Tamim", true, "a name start in brackets"},
		{"met Daw Aung San Suu Kyi", true, "the Burmese Daw"},
		{"met U Thein Sein", false, `"U" counts only inside a phrase`},
		{"Member States agreed", true, `conservative: "Member" is a head word, though it heads a title only after a name`},
		{"Vieira,Minister of Foreign Affairs", true, "a comma before a letter splits the word"},
		{"the \"Minister\" said", true, "quotes around a head"},
		{"a word of forty letters Abcdefghijklmnopqrstuvwxyzabcdefghijklmn then Minister", true, "a long word before the head"},
	}
	for _, tt := range tests {
		l := line{0, int32(len(tt.line))}
		got, _ := scanLine(tt.line, 0, len(tt.line))
		if want := anyStarter(tt.line, l); want && !got {
			t.Errorf("scanLine(%q) people = false, but a word is a starter (%s)", tt.line, tt.reason)
		}
		if got != tt.want {
			t.Errorf("scanLine(%q) people = %v, want %v (%s)", tt.line, got, tt.want, tt.reason)
		}
	}
}

// TestScanLineCorpus checks every line of the corpus copy: the scan says
// yes wherever the tokens have a starter, and, in a line without one,
// wherever they have a word enDelegations acts on.
func TestScanLineCorpus(t *testing.T) {
	for _, f := range readTexts(t, englishReadouts[0]) {
		s := f.text
		for _, l := range splitLines(s) {
			people, lists := scanLine(s, int(l.start), int(l.end))
			if want := anyStarter(s, l); want && !people {
				t.Errorf("%s: scanLine(%q) people = false, but a word is a starter", f.name, s[l.start:l.end])
			}
			if want := anyListTrigger(s, l); want && !people && !lists {
				t.Errorf("%s: scanLine(%q) lists = false, but a word may list delegations", f.name, s[l.start:l.end])
			}
		}
	}
}

func TestScanLineLists(t *testing.T) {
	tests := []struct {
		line   string
		want   bool
		reason string
	}{
		{"invited partner countries (Japan, Australia)", true, "a delegation noun before a bracket"},
		{"(1) I am highly honored", false, "a point marker is no list"},
		{"(1) partner countries (Japan, the EU)", true, "the noun before a later bracket"},
		{"partner countries [(Japan, the EU)]", true, "a bracket after a square one"},
		{"COUNTRİES (Japan, Australia)", true, `"İ" lower-cases to "i"`},
		{"the foreign ministers of the G7", true, `"ministers"`},
		{"the G7 leaders' statement", true, `"leaders"`},
		{"the G7 lEADERS' statement", true, `"leaders" in any case`},
		{"Japan will not flinch.", false, "nothing"},
		{"(countries) are many", false, "a bracket before the noun"},
		{"• (1) The countries", false, "a bracket after a word too short to be a delegation noun"},
		{"PARTİCİPANTS (Japan, Australia)", true, `a noun outside ASCII`},
	}
	for _, tt := range tests {
		l := line{0, int32(len(tt.line))}
		people, got := scanLine(tt.line, int(l.start), int(l.end))
		if people {
			t.Errorf("scanLine(%q) people = true; the row is wrong (%s)", tt.line, tt.reason)
			continue
		}
		if want := anyListTrigger(tt.line, l); want && !got {
			t.Errorf("scanLine(%q) lists = false, but a word may list delegations (%s)", tt.line, tt.reason)
		}
		if got != tt.want {
			t.Errorf("scanLine(%q) lists = %v, want %v (%s)", tt.line, got, tt.want, tt.reason)
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
	// Curly quotes in a title are one byte in the normalised text and
	// three in the input: the body must be read from the lead's end in
	// the text, not in the input (20 bytes further here).
	const quoted = "‘Japan’ ‘Indonesia’ ‘Summit’ ‘Meeting’ ‘2023’\n"
	tests = append(tests, struct {
		body   string
		city   string
		reason string
	}{"The visit to Hiroshima was welcomed.", "Hiroshima", "curly quotes before the lead"})
	for i, tt := range tests {
		head := lead
		if i == len(tests)-1 {
			head = quoted + lead
		}
		m, err := Text(head + tt.body + "\n")
		if err != nil {
			t.Errorf("%s: %v", tt.reason, err)
			continue
		}
		if m.Place.Country != "Japan" || m.Place.City != tt.city {
			t.Errorf("%s: place %q, %q; want Japan, %q", tt.reason, m.Place.Country, m.Place.City, tt.city)
		}
	}
}

// TestWordStop8 checks wordStop8 against a byte-by-byte search: every
// byte value at every position, after bytes of every kind.
func TestWordStop8(t *testing.T) {
	stop := func(c byte) bool { return c < 0x21 || c == ',' || c >= 0x80 }
	fill := []byte{'a', 'Z', '.', 0x7f, '-', '+', '-' + 1, ',' - 1}
	for _, f := range fill {
		for pos := 0; pos < 8; pos++ {
			for c := 0; c < 256; c++ {
				for _, after := range []byte{'a', 0, ',', 0xff} {
					var b [8]byte
					for k := range b {
						b[k] = f
					}
					b[pos] = byte(c)
					if pos+1 < 8 {
						b[pos+1] = after
					}
					want := -1
					for k := range b {
						if stop(b[k]) {
							want = k
							break
						}
					}
					m := wordStop8(load8(string(b[:])))
					got := -1
					if m != 0 {
						got = bits.TrailingZeros64(m) / 8
					}
					if got != want {
						t.Errorf("wordStop8(%q) finds byte %d, want %d", b, got, want)
					}
				}
			}
		}
	}
}

// TestScanHint checks that every ASCII word starterWord calls a starter, or
// "his" / "her", has its bit in scanHint: the table words in three cases,
// and every word of the corpus copy.
func TestScanHint(t *testing.T) {
	check := func(w string) {
		if w == "" || !isASCII(w) || len(w) >= len(scanHint) {
			return
		}
		ok, hisHer := starterWord(w, true)
		if (ok || hisHer) && !hasScanHint(w) {
			t.Errorf("starterWord(%q) = %v, %v, but scanHint rules it out", w, ok, hisHer)
		}
		if (w == "ministers" || hasLowerPrefix(w, "leaders")) && !hasScanHint(w) {
			t.Errorf("%q may set scanLine's lists, but scanHint rules it out", w)
		}
	}
	for _, w := range []string{"ministers", "leaders", "Leaders", "LEADERS", "leadership", "Leaders'", "leaders-level", "LEADERSHIP"} {
		check(w)
	}
	var words []string
	for _, s := range wordSets {
		for w := range s.set {
			words = append(words, w)
		}
	}
	for w := range honFirstWords {
		words = append(words, w)
	}
	for w := range nameStarts {
		words = append(words, w)
	}
	for _, w := range append(words, "Daw", "his", "her") {
		check(w)
		check(strings.ToUpper(w))
		check(strings.ToUpper(w[:1]) + w[1:])
	}
	files, err := filepath.Glob("../testdata/corpus/en/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(b)) {
			check(w)
		}
	}
}

// TestScanLineRandom checks scanLine on random lines of words it keys on
// (starters, "his" before "Majesty", "ministers", "leaders'", a delegation
// noun before a bracket) among plain words of every length, with commas,
// brackets, quotes, dots and bytes outside ASCII around them and runs of
// white space: it says yes wherever the tokens have a starter or, without
// one, a word enDelegations acts on. nextStarter, which rules words out by
// their flags, finds the starter isStarter finds word by word.
func TestScanLineRandom(t *testing.T) {
	words := []string{"the", "of", "a", "visited", "international", "cooperation", "Japan", "Minister",
		"ministers", "Ministers", "his", "Majesty", "her", "highness", "Mr.", "H.E.", "Sheikh", "Daw",
		"leaders", "Leaders'", "leadership", "countries", "partners", "General", "general", "Secretary-General",
		"abcdefghijklmnop", "Abcdefghijklmno", "x", "MINISTER", "Member", "é", "Russia’s", "Senator",
		"Minister.", "Mr.", "mr.", "U.S.", "a.m.", "his.", "Majesty.", "countries.", "ministers.", "leaders.",
		"Sheikh.", "Daw.", "acts.", "abcdefghijklmn.", "x.", "General.", "Gen.", "gen.", "Ministers'.", "(1).",
		"The", "THE", "tHe", "thee", "she", "The.", "has", "Has", "HAS", "hAs", "has.", "his,"}
	seps := []string{" ", " ", " ", "  ", ", ", ",", ". ", " (", "(", ") ", "\" ", "\t", " \"", "; "}
	rnd := rand.New(rand.NewPCG(31, 32))
	for range 20000 {
		var b strings.Builder
		for range 1 + rnd.IntN(12) {
			b.WriteString(words[rnd.IntN(len(words))])
			b.WriteString(seps[rnd.IntN(len(seps))])
		}
		s := b.String()
		l := line{0, int32(len(s))}
		people, lists := scanLine(s, 0, len(s))
		if anyStarter(s, l) && !people {
			t.Errorf("scanLine(%q) people = false, but a word is a starter", s)
		}
		if anyListTrigger(s, l) && !people && !lists {
			t.Errorf("scanLine(%q) lists = false, but a word may list delegations", s)
		}
		toks := tokenize(s, 0, len(s))
		for i := range toks {
			want := i
			for want < len(toks) && !isStarter(toks, want) {
				want++
			}
			if want == len(toks) {
				want = len(toks) + maxStarterReach + 1
			}
			if got := nextStarter(toks, i); got != want {
				t.Errorf("nextStarter(tokenize(%q), %d) = %d, want %d (isStarter word by word)", s, i, got, want)
			}
		}
	}
}

// TestScanLineMutated checks scanLine against the tokens on every line of
// every English readout the tests have, as it is, from and to random
// offsets inside the text (scanLine must not read past end, nor count on
// a word boundary at start), and mutated: bytes replaced by white space,
// punctuation, capitals or bytes outside ASCII, the case of letters
// flipped, and words it keys on inserted.
func TestScanLineMutated(t *testing.T) {
	check := func(name, s string, start, end int) {
		t.Helper()
		l := line{int32(start), int32(end)}
		people, lists := scanLine(s, start, end)
		if anyStarter(s, l) && !people {
			t.Errorf("%s: scanLine(%q) people = false, but a word is a starter", name, s[start:end])
		}
		if anyListTrigger(s, l) && !people && !lists {
			t.Errorf("%s: scanLine(%q) lists = false, but a word may list delegations", name, s[start:end])
		}
	}
	bytesIn := []string{" ", "  ", ",", ", ", ".", ". ", "(", " (", "\"", "'", "[", "]", ")", ";", ":", "-", "\t",
		"’", "é", "İ", "\u212A", "A", "M", "S", "D", "H", "x", ",a", ".e."}
	inserts := []string{" his Majesty ", " her ", " Mr. ", " H.E. ", " the ", " The ", " ministers ", " leaders' ",
		" countries (", " partners [(", " Minister ", " Sheikh ", " Daw ", " general ", " tan ", " his’ ", "(his) ",
		" Secretary-General ", " honourable ", " Excellency.", " mr.", " minister,", ",Minister ", " has ", " HAS Majesty "}
	rnd := rand.New(rand.NewPCG(7, 8))
	for _, f := range readTexts(t, englishReadouts...) {
		s := f.text
		for _, l := range splitLines(s) {
			start, end := int(l.start), int(l.end)
			if start == end {
				continue
			}
			check(f.name, s, start, end)
			for range 3 {
				a := start + rnd.IntN(end-start)
				b := a + rnd.IntN(end-a+1)
				check(f.name, s, a, b)
			}
			for range 6 {
				m := []byte(s[start:end])
				for range 1 + rnd.IntN(4) {
					k := rnd.IntN(len(m))
					switch rnd.IntN(3) {
					case 0:
						r := bytesIn[rnd.IntN(len(bytesIn))]
						m = append(m[:k], append([]byte(r), m[k+1:]...)...)
					case 1:
						if isLetterByte(m[k]) {
							m[k] ^= 0x20
						}
					case 2:
						r := inserts[rnd.IntN(len(inserts))]
						m = append(m[:k], append([]byte(r), m[k:]...)...)
					}
				}
				// The mutated line between two others, so that bytes
				// are there before start and after end.
				ms := "Mr. Minister\n" + string(m) + "\nH.E. his Majesty"
				check(f.name, ms, len("Mr. Minister\n"), len(ms)-len("\nH.E. his Majesty"))
			}
		}
	}
}

// TestScanLineEnds checks scanLine on every line of the corpus copy cut
// at every byte: the last word of a line is read from the line's last
// eight bytes (scanPlain), which must not reach past end.
func TestScanLineEnds(t *testing.T) {
	for _, f := range readTexts(t, englishReadouts[0]) {
		s := f.text
		for _, l := range splitLines(s) {
			for end := int(l.start) + 1; end <= int(l.end); end++ {
				ll := line{l.start, int32(end)}
				people, lists := scanLine(s, int(l.start), end)
				if anyStarter(s, ll) && !people {
					t.Errorf("%s: scanLine(%q) people = false, but a word is a starter", f.name, s[l.start:end])
				}
				if anyListTrigger(s, ll) && !people && !lists {
					t.Errorf("%s: scanLine(%q) lists = false, but a word may list delegations", f.name, s[l.start:end])
				}
			}
		}
	}
	// Short texts: fewer than eight bytes before end, and up to sixteen.
	for _, w := range []string{"Mr.", "his", "has", "Sheikh", "leaders", "leadership", "ministers", "Minister.", "Secretary", "Ambassador.", "abcdefghijklmno", "Abcdefghijklmnop"} {
		for _, s := range []string{w, "a " + w, w + " x", "(" + w + ")", "the " + w + ".", w + ", a", "x\n" + w} {
			for end := 1; end <= len(s); end++ {
				for start := 0; start < end; start++ {
					l := line{int32(start), int32(end)}
					people, lists := scanLine(s, start, end)
					if anyStarter(s, l) && !people {
						t.Errorf("scanLine(%q) people = false, but a word is a starter", s[start:end])
					}
					if anyListTrigger(s, l) && !people && !lists {
						t.Errorf("scanLine(%q) lists = false, but a word may list delegations", s[start:end])
					}
				}
			}
		}
	}
}
