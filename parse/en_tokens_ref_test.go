package parse

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The tokenizer (appendTokensN) splits words eight bytes at a time, peels
// them and looks their flags up in a hashed table with a hint in front.
// tokensRef is the same reading written the plain way, byte by byte and
// from the word tables themselves: every field of every tok must match.

// tokensRef returns the first n words of s[start:end] (all of them when
// n < 0), as appendTokensN does.
func tokensRef(s string, start, end, n int) []tok {
	var toks []tok
	const space = " \t\n\r"
	i := start
	for n != 0 {
		for i < end && strings.IndexByte(space, s[i]) >= 0 {
			i++
		}
		if i == end {
			break
		}
		// The word runs to white space, or past a comma before a letter.
		j := i
		for j < end && strings.IndexByte(space, s[j]) < 0 {
			j++
			if s[j-1] == ',' && j < end && isLetterByte(s[j]) {
				break
			}
		}
		toks = append(toks, tokRef(s, i, j))
		n--
		i = j
	}
	return toks
}

// tokRef returns the tok of the word s[i:j] with its punctuation.
func tokRef(s string, i, j int) tok {
	a, b := i, j
	for a < b && strings.IndexByte("(\"'[", s[a]) >= 0 {
		a++
	}
	for b > a {
		c := s[b-1]
		switch {
		case strings.IndexByte(",;:)\"]!?", c) >= 0:
		case c == '\'' && b-1 > a && s[b-2] != 's': // "Ministers'" keeps it
		case c == '.' && !isAbbrevRef(s[a:b]):
		default:
			goto peeled
		}
		b--
	}
peeled:
	w := s[a:b]
	t := tok{w: w, start: int32(a), end: int32(b), postLen: int32(j - b)}
	t.opens = int32(strings.Count(s[i:a], "("))
	post := s[b:j]
	t.closes = int32(strings.Count(post, ")"))
	if strings.HasPrefix(post, ",") {
		t.flags |= fComma
	}
	if strings.ContainsAny(post, ".;:)!?") {
		t.flags |= fStop
	}
	if strings.Contains(post, ".") {
		t.flags |= fPostDot
	}
	if strings.HasPrefix(post, ")") {
		t.flags |= fCloseFirst
	}
	if post == ")" {
		t.flags |= fOnlyClose
	}
	low := strings.ToLower(w)
	for _, ws := range wordSets {
		if ws.set[low] {
			t.flags |= ws.flag
		}
	}
	if !isASCII(s[i:j]) {
		// Outside ASCII every word may start an honorific (EqualFold
		// matches in more ways than ToLower).
		t.flags |= fHon
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			t.flags |= fCap
		}
		return t
	}
	if honFirstWords[low] {
		t.flags |= fHon
	}
	if w != "" && 'A' <= w[0] && w[0] <= 'Z' {
		t.flags |= fCap
		if w[0] == 'D' || w[0] == 'S' {
			t.flags |= fDS
		}
	}
	return t
}

// checkTokens compares appendTokensN with tokensRef on s[start:end] with a
// word limit of n, appending to a slice whose spare room holds stale toks
// (every field must be written) and to one that must grow.
func checkTokens(t *testing.T, name, s string, start, end, n int) bool {
	t.Helper()
	want := tokensRef(s, start, end, n)
	stale := make([]tok, 3, 3+len(want)+4)
	for k := range stale[:cap(stale)] {
		stale[:cap(stale)][k] = tok{w: "stale", start: -1, end: -2, opens: 3, closes: 4, postLen: 5, flags: 0xffff}
	}
	for _, toks := range [][]tok{nil, stale, make([]tok, 1, 2)} {
		head := slices.Clone(toks)
		got := appendTokensN(toks, s, start, end, n)
		if !slices.Equal(got[:len(head)], head) {
			t.Errorf("%s: appendTokensN(%d, %d, %d) changed the toks it appends to", name, start, end, n)
			return false
		}
		if slices.Equal(got[len(head):], want) {
			continue
		}
		if diff := cmp.Diff(want, got[len(head):], cmp.AllowUnexported(tok{}), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: appendTokensN(%q, %d, %d, %d) differs from tokensRef (-want +got):\n%s", name, clipText(s[start:end]), start, end, n, diff)
			return false
		}
	}
	return true
}

// clipText returns s, cut after 200 bytes.
func clipText(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

// TestTokensRefReadouts compares the tokenizer with tokensRef over every
// readout of testdata, English and Japanese: the whole text, every line,
// and from many starts with word limits.
func TestTokensRefReadouts(t *testing.T) {
	patterns := append(slices.Clone(englishReadouts),
		"../testdata/corpus/ja/*.txt", "../testdata/heldout/ja/*.txt", "../testdata/blind2/ja/*.txt", "../testdata/ja/*.txt",
		"../testdata/invalid/*")
	var texts []testText
	for _, pat := range patterns {
		if m, _ := filepath.Glob(pat); len(m) > 0 {
			texts = append(texts, readTexts(t, pat)...)
		}
	}
	rnd := rand.New(rand.NewPCG(61, 62))
	for _, f := range texts {
		s := f.text
		if !checkTokens(t, f.name, s, 0, len(s), -1) {
			continue
		}
		for _, l := range splitLines(s) {
			checkTokens(t, f.name, s, int(l.start), int(l.end), -1)
		}
		for range 50 {
			start := rnd.IntN(len(s) + 1)
			end := start + rnd.IntN(len(s)-start+1)
			checkTokens(t, f.name, s, start, end, rnd.IntN(20)-1)
		}
	}
}

// TestTokensRefMutated compares the tokenizer with tokensRef on readouts
// mutated at random (punctuation, brackets, quotes, white space, bytes
// outside ASCII, case, table words and long words put in, bytes taken
// out) and on random texts of the bytes that matter to it.
func TestTokensRefMutated(t *testing.T) {
	texts := readTexts(t, englishReadouts...)
	rnd := rand.New(rand.NewPCG(63, 64))
	inserts := []string{
		",", ", ", ".", ". ", "(", ")", "\"", "'", "[", "]", ";", ":", "!", "?", "  ", "\t", "\n", "\r", "\v", "\x00", "\x7f",
		"é", "É", "’", "\u0130", "\u212a", "\xff", "U.S.", "Mr.", "s'", "'s", ",A", "-", ").", "),", "((", "Foreign Minister ",
		"abcdefghijklmnop", "ABCDEFGHIJKLMNOPQRS", "Secretary-General", "Excellency", "of", "the", "D", "S",
	}
	for _, w := range tableWords {
		inserts = append(inserts, w, strings.ToUpper(w), " "+strings.ToUpper(w[:1])+w[1:]+" ")
	}
	for range 3000 {
		f := texts[rnd.IntN(len(texts))]
		a := rnd.IntN(len(f.text))
		b := []byte(f.text[a:min(len(f.text), a+rnd.IntN(600))])
		for range 1 + rnd.IntN(12) {
			k := rnd.IntN(len(b) + 1)
			switch rnd.IntN(4) {
			case 0, 1:
				b = slices.Insert(b, k, []byte(inserts[rnd.IntN(len(inserts))])...)
			case 2:
				if k < len(b) {
					b = slices.Delete(b, k, min(len(b), k+1+rnd.IntN(3)))
				}
			case 3:
				if k < len(b) && isLetterByte(b[k]) {
					b[k] ^= 0x20
				}
			}
		}
		s := string(b)
		if !checkTokens(t, f.name+" (mutated)", s, 0, len(s), -1) {
			continue
		}
		for range 5 {
			start := rnd.IntN(len(s) + 1)
			end := start + rnd.IntN(len(s)-start+1)
			checkTokens(t, f.name+" (mutated)", s, start, end, rnd.IntN(8)-1)
		}
	}
	alphabet := []string{"a", "Z", "x", "M", "D", "S", "s", ".", ",", " ", " ", " ", "\t", "\n", "(", ")", "\"", "'", "[", "]",
		";", ":", "!", "?", "é", "’", "\x01", "-", "1"}
	for range 20000 {
		var sb strings.Builder
		for range rnd.IntN(48) {
			sb.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		s := sb.String()
		for _, n := range []int{-1, 1, 3} {
			start := rnd.IntN(len(s) + 1)
			checkTokens(t, "random", s, start, len(s), n)
		}
	}
}

// FuzzTokens compares the tokenizer with tokensRef on any text, from any
// start, with any word limit.
func FuzzTokens(f *testing.F) {
	f.Add("On August 24, Mr. Shinzo Abe (Japan) met H.E. Ms. Ngozi Okonjo-Iweala, Director-General.", 0, -1)
	f.Add("Vieira,Minister of Foreign Affairs; the U.S. and \"Japan\"'s partners'  (1)\t•", 3, 2)
	f.Fuzz(func(t *testing.T, s string, start, n int) {
		if start < 0 || start > len(s) {
			return
		}
		checkTokens(t, "fuzz", s, start, len(s), n)
	})
}
