package parse

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The filters that keep personAt from being tried must never skip a word
// where personAt finds a phrase: they save work, they do not decide.

// checkStarters reports, through t, every word of toks where personAt finds
// a phrase but starters.may says none can start.
func checkStarters(t *testing.T, name string, toks []tok) {
	t.Helper()
	st := newStarters(toks)
	for i := range toks {
		if _, ok := personAt(toks, i); ok && !st.may(i) {
			t.Errorf("%s: personAt finds a phrase at word %d (%q) that starters.may rules out", name, i, toks[i].w)
		}
	}
}

func TestStartersMay(t *testing.T) {
	tests := []struct {
		text   string
		i      int // the word personAt finds a phrase at
		reason string
	}{
		{"met the Honourable Malcolm Turnbull", 1, "an article before an honorific"},
		{"received His Majesty King Abdullah II", 1, `"His" before "Majesty"`},
		{"with NATO Secretary-General Stoltenberg", 1, "a one-word organisation before the head"},
		{"with U.S. Secretary of State Rice", 1, "a country adjective before the head"},
		{"with Saudi Arabian Foreign Minister Faisal", 1, "a two-word adjective"},
		{"with the North Atlantic Treaty Organization Secretary-General Stoltenberg", 1, "the article and a four-word organisation"},
		{"the United Nations General Assembly President Smith spoke", 0, "a starter (General) inside the organisation"},
		{"a call from the Prime Minister.", 3, "an article before the head"},
		{"Sheikh Tamim bin Hamad Al Thani", 0, "a name that carries its address"},
		{"talks with Korea. Foreign Minister Park said", 2, "a clause end right before the head does not stop an adjective"},
		{"talks with the World Bank. Director Smith said", 2, "nor an organisation"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		if _, ok := personAt(toks, tt.i); !ok {
			t.Errorf("personAt(%q, %d) finds nothing; the row is wrong (%s)", tt.text, tt.i, tt.reason)
			continue
		}
		st := newStarters(toks)
		for i := 0; i < tt.i; i++ {
			st.may(i)
		}
		if !st.may(tt.i) {
			t.Errorf("starters.may(%d) = false in %q (%s)", tt.i, tt.text, tt.reason)
		}
	}
}

func TestStartersMaySkips(t *testing.T) {
	tests := []struct {
		text   string
		i      int
		reason string
	}{
		{"at the invitation from NATO, for the first time as Ministers", 4, "a comma between the word and the head"},
		{"Japan attended. This was Foreign Minister Hayashi", 0, "a clause end inside what would be an organisation"},
		{"the speech by Minister Hayashi", 0, "an article before a lower-case word"},
		{"outline of the speech by Minister Hayashi", 0, "a lower-case word"},
		{"A commemorative photo which Minister Hayashi", 0, "three words or more before the head, and no organisation starts with A"},
		{"the Meeting of NATO Ministers", 0, "no organisation starts with Meeting"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		st := newStarters(toks)
		for i := 0; i < tt.i; i++ {
			st.may(i)
		}
		if st.may(tt.i) {
			t.Errorf("starters.may(%d) = true in %q, want false (%s)", tt.i, tt.text, tt.reason)
		}
	}
}

// TestStartersMayCorpus checks every line and every lead of the corpus
// copy: wherever personAt finds a phrase, starters.may lets it be tried.
func TestStartersMayCorpus(t *testing.T) {
	for _, f := range readTexts(t, englishReadouts...) {
		for _, l := range splitLines(f.text) {
			checkStarters(t, f.name, tokenize(f.text, int(l.start), int(l.end)))
		}
	}
}

// TestTokenFlagsCorpus checks that the word flags of every token of the
// corpus copy, and of every table word in three cases, say what the
// tables say (foldIn): the grammar asks the flag instead of the table.
func TestTokenFlagsCorpus(t *testing.T) {
	check := func(name string, toks []tok) {
		for _, tk := range toks {
			for _, s := range wordSets {
				if got, want := tk.flags&s.flag != 0, foldIn(s.set, tk.w); got != want {
					t.Errorf("%s: %q has flag %b = %v, the table says %v", name, tk.w, s.flag, got, want)
				}
			}
		}
	}
	for _, s := range wordSets {
		for w := range s.set {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], "(" + w + "),"} {
				check(v, tokenize(v, 0, len(v)))
			}
		}
	}
	for _, f := range readTexts(t, englishReadouts[0]) {
		check(f.name, tokenize(f.text, 0, len(f.text)))
	}
}

// TestPhrasePrechecks checks what the shortcuts before matchWords assume:
// an ASCII word has fHon exactly when it starts an honorific or a rank
// (wordPhrase.at), and each of japanOnlyTitles starts with a head
// (titleCountry).
func TestPhrasePrechecks(t *testing.T) {
	for _, list := range [][][]string{honorifics, ranks} {
		for _, ph := range list {
			for _, w := range ph {
				for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
					toks := tokenize(v+" x", 0, len(v)+2)
					if got, want := toks[0].flags&fHon != 0, honFirstWords[w]; toks[0].w == v && got != want {
						t.Errorf("%q: fHon = %v, starts an honorific or rank: %v", v, got, want)
					}
				}
			}
		}
	}
	for _, ph := range japanOnlyTitles {
		if !titleHeads[ph[0]] {
			t.Errorf("japanOnlyTitles %q: %q is not a title head", ph, ph[0])
		}
		if c := ph[0][0]; c < 'a' || c > 'z' {
			t.Errorf("japanOnlyTitles %q: %q does not start with a small ASCII letter", ph, ph[0])
		}
	}
}

// TestPluralHeadCorpus checks what enMentions assumes when it does not read
// a plural title again from its head ("NATO Ministers of Foreign Affairs"
// then "Ministers of Foreign Affairs"): from the head, personAt finds
// nothing or a plural phrase too, on every line of the corpus copy and on
// a few made-up ones.
func TestPluralHeadCorpus(t *testing.T) {
	check := func(name string, toks []tok) {
		for i := range toks {
			ps, ok := personAt(toks, i)
			if !ok || !ps.plural || !ps.titleFirst || ps.head <= i || toks[ps.head].flags&fHon != 0 {
				continue
			}
			if hs, ok := personAt(toks, ps.head); ok && !hs.plural {
				t.Errorf("%s: %q is a plural title from word %d, but from its head %q a person phrase", name, joinWords(toks, i, ps.next), i, toks[ps.head].w)
			}
		}
	}
	for _, s := range []string{
		"the NATO Ministers of Foreign Affairs met Foreign Minister Hayashi",
		"the Ministers of the G7 and Mr. Smith",
		"G7 Foreign Ministers' Meeting",
		"the United Nations High Commissioner for Refugees Ministers said",
		"U.S. Secretaries of State Rice and Powell",
	} {
		check(s, tokenize(s, 0, len(s)))
	}
	for _, f := range readTexts(t, englishReadouts...) {
		for _, l := range splitLines(f.text) {
			check(f.name, tokenize(f.text, int(l.start), int(l.end)))
		}
	}
}

// TestAttendancePrecheck checks the shortcut before attendanceWords: every
// word of the set, in three cases, passes it.
func TestAttendancePrecheck(t *testing.T) {
	for w := range attendanceWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !mayBeAttendanceWord(v) {
				t.Errorf("mayBeAttendanceWord(%q) = false", v)
			}
		}
		if strings.ContainsAny(w, "k") {
			t.Errorf("%q has a k: a word outside ASCII may lower-case to it", w)
		}
	}
}

// TestParticleBounds checks the bounds isParticle relies on: no particle
// is longer than maxParticleLen, and each, in any case, is one.
func TestParticleBounds(t *testing.T) {
	for w := range nameParticles {
		if len(w) > maxParticleLen {
			t.Errorf("particle %q is longer than maxParticleLen (%d)", w, maxParticleLen)
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !isParticle(v) {
				t.Errorf("isParticle(%q) = false, want true", v)
			}
		}
	}
	for _, w := range []string{"and", "the", "at", "is", "Minister", "DE-", "Dee"} {
		if isParticle(w) {
			t.Errorf("isParticle(%q) = true, want false", w)
		}
	}
}

// TestLower3 checks lower3 against lowerIs over every word of three ASCII
// bytes, for the words isStarter and isArticle ask it about.
func TestLower3(t *testing.T) {
	b := make([]byte, 3)
	for x := range 128 * 128 * 128 {
		b[0], b[1], b[2] = byte(x>>14), byte(x>>7&127), byte(x&127)
		w := string(b)
		for _, lw := range []string{"the", "his", "her"} {
			if got, want := lower3(w, lw[0], lw[1], lw[2]), lowerIs(w, lw); got != want {
				t.Errorf("lower3(%q, %q) = %v, lowerIs says %v", w, lw, got, want)
			}
		}
	}
}

// TestStartersSkipCorpus checks that starters.skip passes over no word of
// the corpus copy where starters.may, asked at every word in turn, says a
// phrase may start.
func TestStartersSkipCorpus(t *testing.T) {
	for _, f := range readTexts(t, englishReadouts...) {
		for _, l := range splitLines(f.text) {
			checkStartersSkip(t, f.name, tokenize(f.text, int(l.start), int(l.end)))
		}
	}
}

// TestStartersSkipRandom is TestStartersSkipCorpus on random lines of
// words that start, lead to or end person phrases.
func TestStartersSkipRandom(t *testing.T) {
	words := strings.Fields(`the The his His her Majesty Excellency Mr. H.E. the Honourable Minister Ministers
		Foreign Secretary-General President Member NATO U.S. Saudi Arabian North Atlantic Treaty Organization
		World Bank Sheikh Daw U of for and to Japan Korea Republic Hayashi Stoltenberg, Smith. met with a
		(Japan, Australia) said: Prime Director General Commander Queen King É Ministry Office`)
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := randomLine(r, words, 20)
		checkStartersSkip(t, fmt.Sprintf("%q", s), tokenize(s, 0, len(s)))
	}
}

// checkStartersSkip checks that starters.skip passes over no word of toks
// where starters.may, asked at every word in turn, says a phrase may start.
func checkStartersSkip(t *testing.T, name string, toks []tok) {
	t.Helper()
	all := newStarters(toks)
	var want []int
	for i := range toks {
		if all.may(i) {
			want = append(want, i)
		}
	}
	var got []int
	st := newStarters(toks)
	for i := 0; i < len(toks); {
		if !st.may(i) {
			i = st.skip(i)
			continue
		}
		got = append(got, i)
		i++
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: skipping, may says yes at %v; at every word, at %v", name, got, want)
	}
}

// honorificAtRef is honorificAt without its first test.
func honorificAtRef(toks []tok, i int, inPhrase bool) int {
	for {
		j := oneHonorific(toks, i)
		if j == i && i < len(toks) && toks[i].flags&fHon != 0 {
			j = longestPhrase(toks, i, rankIndex.candidates(toks[i].w))
		}
		if j == i {
			j = burmeseHonorific(toks, i, inPhrase)
		}
		if j == i {
			return i
		}
		i, inPhrase = j, true
	}
}

// TestHonorificAtFirstTest checks honorificAt against honorificAtRef at
// every word of the corpus copy and of random lines, and past the end.
func TestHonorificAtFirstTest(t *testing.T) {
	check := func(name string, toks []tok) {
		for i := 0; i <= len(toks); i++ {
			for _, in := range []bool{false, true} {
				if got, want := honorificAt(toks, i, in), honorificAtRef(toks, i, in); got != want {
					t.Errorf("%s: honorificAt(%d, %v) = %d, want %d", name, i, in, got, want)
				}
			}
		}
	}
	for _, f := range readTexts(t, englishReadouts...) {
		for _, l := range splitLines(f.text) {
			check(f.name, tokenize(f.text, int(l.start), int(l.end)))
		}
	}
	words := strings.Fields(`Daw U u Daw, U. Aung San Suu Kyi the Honourable Hon. Mr. H. E. His Majesty General
		Lt. Gen. Sir Dame DAW Datuk Dato' Tan Sri Ｄaw É Thein Sein, x`)
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		s := randomLine(r, words, 8)
		check(s, tokenize(s, 0, len(s)))
	}
}

// TestNextStarter checks nextStarter against isStarter asked at every word
// of the corpus copy and of random lines, and isArticle against lowerIs.
func TestNextStarter(t *testing.T) {
	check := func(name string, toks []tok) {
		for i := range toks {
			want := len(toks) + maxStarterReach + 1
			for k := i; k < len(toks); k++ {
				if isStarter(toks, k) {
					want = k
					break
				}
			}
			if got := nextStarter(toks, i); got != want {
				t.Errorf("%s: nextStarter(%d) = %d, want %d", name, i, got, want)
			}
			w := toks[i].w
			if got, want := isArticle(w), lowerIs(w, "the") || lowerIs(w, "his") || lowerIs(w, "her"); got != want {
				t.Errorf("isArticle(%q) = %v, want %v", w, got, want)
			}
		}
	}
	for _, f := range readTexts(t, englishReadouts...) {
		for _, l := range splitLines(f.text) {
			check(f.name, tokenize(f.text, int(l.start), int(l.end)))
		}
	}
	words := strings.Fields(`the The THE tHe the, (the) his His her HER Her Highness Majesty Royal Excellency
		Minister Member Daw Sheikh Sheikha State the Honourable Mr. É thé tĦe x`)
	r := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		s := randomLine(r, words, 8)
		check(s, tokenize(s, 0, len(s)))
	}
}

// oneHonorificRef is oneHonorific without its shortcut for "the".
func oneHonorificRef(toks []tok, i int) int {
	best := i
	if i >= len(toks) || toks[i].flags&fHon == 0 {
		return best
	}
	for _, h := range honorificIndex.candidates(toks[i].w) {
		if len(h.words) > best-i && h.at(toks, i) {
			if k := i + len(h.words) - 1; toks[k].stop() && !strings.HasSuffix(toks[k].w, ".") {
				continue
			}
			best = i + len(h.words)
		}
	}
	return best
}

// TestOneHonorificThe checks oneHonorific against oneHonorificRef at every
// word of the corpus copy and of random lines.
func TestOneHonorificThe(t *testing.T) {
	if !theNeedsHon {
		t.Log(`an honorific starts with "the" and a word without fHon: the shortcut is off`)
	}
	check := func(name string, toks []tok) {
		for i := 0; i <= len(toks); i++ {
			if got, want := oneHonorific(toks, i), oneHonorificRef(toks, i); got != want {
				t.Errorf("%s: oneHonorific(%d) = %d, want %d", name, i, got, want)
			}
		}
	}
	for _, f := range readTexts(t, englishReadouts...) {
		for _, l := range splitLines(f.text) {
			check(f.name, tokenize(f.text, int(l.start), int(l.end)))
		}
	}
	words := strings.Fields(`the the. the, The THE Honourable honourable Hon. hon Rt. Rt rt. Right right
		Honorable Mr. Minister Senator the`)
	r := rand.New(rand.NewPCG(13, 14))
	for range 20000 {
		s := randomLine(r, words, 6)
		check(s, tokenize(s, 0, len(s)))
	}
}
