package parse

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Tests of the eight-bytes-at-once checks.

// TestPlainASCII8 checks the eight-byte test of check against the byte
// classes: every byte value at every position, among printable fillers.
func TestPlainASCII8(t *testing.T) {
	for pos := range 8 {
		for b := range 256 {
			for _, fill := range []byte{' ', '~', 'a'} {
				buf := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				buf[pos] = byte(b)
				want := b >= 0x20 && b <= 0x7e
				if got := plainASCII8(string(buf)); got != want {
					t.Errorf("plainASCII8(%q) = %v, want %v", buf, got, want)
				}
			}
		}
	}
}

// TestNotPlainASCII checks that the first byte notPlainASCII marks is the
// first that is not printable ASCII: every byte at every position, among
// printable bytes and among bytes that borrow or carry.
func TestNotPlainASCII(t *testing.T) {
	for pos := range 8 {
		for b := range 256 {
			for _, fill := range []byte{' ', '~', 'a', 0x00, 0x1f, 0x7f, 0xff} {
				buf := []byte{'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'}
				for k := pos + 1; k < 8; k++ {
					buf[k] = fill
				}
				buf[pos] = byte(b)
				want := 8
				for k, c := range buf {
					if c < 0x20 || c > 0x7e {
						want = k
						break
					}
				}
				got := 8
				if m := notPlainASCII(load8(string(buf))); m != 0 {
					got = bits.TrailingZeros64(m) >> 3
				}
				if got != want {
					t.Errorf("notPlainASCII(%q) marks byte %d first, want %d", buf, got, want)
				}
			}
		}
	}
}

// TestASCIILetters8 checks the eight-byte letter count of pickLanguage
// against the byte test it stands for: every ASCII byte at every position,
// among letters and non-letters.
func TestASCIILetters8(t *testing.T) {
	isLetter := func(c byte) bool { return uint8(c|0x20)-'a' < 26 }
	for pos := range 8 {
		for b := range 128 {
			for _, fill := range []byte{' ', 'z', 'A', '@', '[', '`', '{', 0x7f} {
				buf := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				buf[pos] = byte(b)
				want := 0
				for _, c := range buf {
					if isLetter(c) {
						want++
					}
				}
				if got := asciiLetters8(load8(string(buf))); got != want {
					t.Errorf("asciiLetters8(%q) = %d, want %d", buf, got, want)
				}
			}
		}
	}
}

// TestLowerIs checks lowerIs against strings.ToLower: every rune alone,
// before and after ASCII letters, against lower-case words of every length
// near the word's, including the ones the rune lower-cases to.
func TestLowerIs(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r == 0xd800 {
			r = 0xe000 // no surrogates in UTF-8
		}
		rs := string(r)
		for _, w := range []string{rs, "a" + rs, rs + "s", "ab" + rs + "c"} {
			low := strings.ToLower(w)
			lws := []string{"a", "ab", "abc", "abcd", "i", "k", "ai", "ak", "is", "ks", "abic", "abkc", "abcdefgh"}
			if isASCII(low) && low != "" {
				lws = append(lws, low)
			}
			for _, lw := range lws {
				if got, want := lowerIs(w, lw), low == lw; got != want {
					t.Errorf("lowerIs(%q, %q) = %v, want %v", w, lw, got, want)
				}
			}
		}
	}
}

// TestMayEndWord checks the eight-byte test of the tokenizer: the lowest byte it
// marks is the first byte below '!' or a comma, for every byte value at
// every position among fillers that do not end a word.
func TestMayEndWord(t *testing.T) {
	for pos := range 8 {
		for b := range 256 {
			for _, fill := range []byte{'!', 'a', '~', 0x80, 0xff, '-', '+'} {
				buf := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				buf[pos] = byte(b)
				want := 8
				for k, c := range buf {
					if c < '!' || c == ',' {
						want = k
						break
					}
				}
				got := 8
				if m := mayEndWord(load8(string(buf))); m != 0 {
					got = bits.TrailingZeros64(m) >> 3
				}
				if got != want {
					t.Errorf("mayEndWord(%q) marks byte %d first, want %d", buf, got, want)
				}
			}
		}
	}
}

// nextWordRef returns the bounds [i, j) of the next word of s[start:end],
// with the punctuation around it, byte by byte: words are separated by
// white space, and a comma before a letter ends a word. ascii reports
// whether the word is all ASCII.
func nextWordRef(s string, start, end int) (i, j int, ascii bool) {
	i = start
	for i < end && strings.IndexByte(" \t\n\r", s[i]) >= 0 {
		i++
	}
	ascii = true
	for j = i; j < end && strings.IndexByte(" \t\n\r", s[j]) < 0; {
		ascii = ascii && s[j] < 0x80
		j++
		if s[j-1] == ',' && j < end && isLetterByte(s[j]) {
			break
		}
	}
	return i, j, ascii
}

// TestAppendTokens checks the tokenizer, which splits words eight bytes at
// a time and builds the plain ones itself, against the byte-by-byte split
// (nextWordRef) and fillTok on random texts of letters, white space,
// commas, punctuation, control bytes and bytes outside ASCII, from every
// start, with and without a word limit.
func TestAppendTokens(t *testing.T) {
	ref := func(s string, start, end, n int) []tok {
		var toks []tok
		for i := start; i < end && n != 0; {
			a, j, ascii := nextWordRef(s, i, end)
			if j > a {
				toks = append(toks, tok{})
				fillTok(&toks[len(toks)-1], s, a, j, ascii)
				n--
			}
			i = j
		}
		return toks
	}
	alphabet := "aZ.,,  \t\n\r\v\x01(\"'[]);:!?é’"
	rnd := rand.New(rand.NewPCG(8, 9))
	for range 5000 {
		b := make([]byte, rnd.IntN(40))
		for k := range b {
			b[k] = alphabet[rnd.IntN(len(alphabet))]
			if rnd.IntN(2) == 0 {
				b[k] = "xyzMN"[rnd.IntN(5)]
			}
		}
		if rnd.IntN(2) == 0 {
			// Words of one to eighteen letters between spaces, commas
			// and other punctuation: the one- and two-load paths.
			b = b[:0]
			for len(b) < 60 {
				if rnd.IntN(3) == 0 {
					// A word of the flag table, in some case.
					w := []byte(tableWords[rnd.IntN(len(tableWords))])
					for k := range w {
						if rnd.IntN(3) == 0 && isLetterByte(w[k]) {
							w[k] ^= 0x20
						}
					}
					b = append(b, w...)
				} else {
					for range 1 + rnd.IntN(18) {
						b = append(b, "abcXYZé.'-"[rnd.IntN(10)])
					}
				}
				b = append(b, []string{" ", " ", ", ", ",", ".  ", "\t", ") "}[rnd.IntN(7)]...)
			}
		}
		s := string(b)
		end := rnd.IntN(len(s) + 1)
		for start := 0; start <= end; start++ {
			for _, n := range []int{-1, 1, 2} {
				got, want := appendTokensN(nil, s, start, end, n), ref(s, start, end, n)
				if !slices.Equal(got, want) {
					t.Errorf("appendTokensN(%q, %d, %d, %d) = %+v, want %+v", s, start, end, n, got, want)
				}
			}
		}
	}
}

// tableWords are the words of the flag table (wordFlags).
var tableWords = func() []string {
	var ws []string
	for _, sl := range wordFlags.slots {
		if sl.w != "" {
			ws = append(ws, sl.w)
		}
	}
	slices.Sort(ws)
	return ws
}()

// TestPeelFast checks peel's shortcut (nothing to peel when the first byte
// opens nothing and the last may not be peeled) against the full peel on
// random words of letters and punctuation.
func TestPeelFast(t *testing.T) {
	alphabet := "aZs.,;:)(\"'[]!?-1é"
	rnd := rand.New(rand.NewPCG(14, 15))
	for range 50000 {
		b := make([]byte, 1+rnd.IntN(8))
		for k := range b {
			b[k] = alphabet[rnd.IntN(len(alphabet))]
		}
		s := string(b)
		ga, gb := peel(s, 0, len(s))
		wa, wb := peelSlow(s, 0, len(s))
		if ga != wa || gb != wb {
			t.Errorf("peel(%q) = %d, %d, want %d, %d", s, ga, gb, wa, wb)
		}
	}
}

// TestFlagTable checks the lookup of the word tables (hint, hash, probe)
// against their contents: every word in lower, upper and title case has its
// flags, and words near them have theirs or none.
func TestFlagTable(t *testing.T) {
	for name, table := range map[string]*flagTable{"wordFlags": wordFlags, "starterFlags": starterFlags} {
		want := map[string]tokFlag{}
		for _, sl := range table.slots {
			if sl.w != "" {
				want[sl.w] = sl.f
			}
		}
		if len(want) < 50 {
			t.Fatalf("%s: %d words", name, len(want))
		}
		for w, f := range want {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if got := table.get(v); got != f {
					t.Errorf("%s.get(%q) = %b, want %b", name, v, got, f)
				}
			}
			for _, v := range []string{w + "x", "x" + w, w[:len(w)-1] + "#", w + "s", w[1:], w[:len(w)-1]} {
				if got := table.get(v); got != want[strings.ToLower(v)] {
					t.Errorf("%s.get(%q) = %b, want %b", name, v, got, want[strings.ToLower(v)])
				}
			}
		}
	}
}

// TestFlagTableRandom checks the table's eight-byte comparison against the
// byte-by-byte one (asciiFoldEq over every slot) on words near the table's
// own: bytes with their case bit flipped (a dot becomes a control byte),
// bytes replaced, cut and lengthened, in both tables.
func TestFlagTableRandom(t *testing.T) {
	rnd := rand.New(rand.NewPCG(21, 22))
	for name, table := range map[string]*flagTable{"wordFlags": wordFlags, "starterFlags": starterFlags} {
		ref := func(w string) tokFlag {
			for _, sl := range table.slots {
				if sl.w != "" && len(sl.w) == len(w) && asciiFoldEq(w, sl.w) {
					return sl.f
				}
			}
			return 0
		}
		var words []string
		for _, sl := range table.slots {
			if sl.w != "" {
				words = append(words, sl.w)
			}
		}
		for range 20000 {
			b := []byte(words[rnd.IntN(len(words))])
			for range rnd.IntN(3) {
				k := rnd.IntN(len(b))
				switch rnd.IntN(4) {
				case 0:
					b[k] ^= 0x20
				case 1:
					b[k] = "aZ.-'\x0e\x07\x0d"[rnd.IntN(8)]
				case 2:
					b = b[:k+1]
				case 3:
					b = append(b, "seS.'"[rnd.IntN(5)])
				}
			}
			w := string(b)
			if got, want := table.get(w), ref(w); got != want {
				t.Errorf("%s.get(%q) = %b, want %b", name, w, got, want)
			}
		}
	}
}

// TestTokSize keeps a tok at 40 bytes: the lead's tokens are the memory of
// a lead of many short words (the commas shape).
func TestTokSize(t *testing.T) {
	if s := unsafe.Sizeof(tok{}); s > 40 {
		t.Errorf("a tok is %d bytes, want at most 40", s)
	}
}

// isAbbrevRef is isAbbrev without its shortcut for words that start with
// no capital.
func isAbbrevRef(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if core == "" {
		return false
	}
	if strings.Contains(core, ".") {
		return true
	}
	if utf8.RuneCountInString(core) == 1 {
		r, _ := utf8.DecodeRuneInString(core)
		return unicode.IsUpper(r)
	}
	_, ok := abbrevWords[core]
	return ok
}

// TestIsAbbrev checks isAbbrev against isAbbrevRef on the short forms and
// random words of letters, dots and bytes outside ASCII.
func TestIsAbbrev(t *testing.T) {
	words := []string{"", ".", "..", "a.", "A.", "É.", "é.", "U.S.", "p.m.", "meeting.", "Meeting.", "Mr.", "mr.", "Messrs.", "x", "St"}
	for w := range abbrevWords {
		words = append(words, w+".", strings.ToLower(w)+".", w)
	}
	rnd := rand.New(rand.NewPCG(41, 42))
	for range 20000 {
		b := make([]byte, rnd.IntN(6))
		for k := range b {
			b[k] = "aMrs.Éé\xc3"[rnd.IntN(10)]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if got, want := isAbbrev(w), isAbbrevRef(w); got != want {
			t.Errorf("isAbbrev(%q) = %v, want %v", w, got, want)
		}
	}
}
