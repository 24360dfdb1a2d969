package parse

import (
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
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

// TestMayEndWord checks the eight-byte test of nextWord: the lowest byte it
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

// TestNextWord checks nextWord against a byte-by-byte split on random
// texts of letters, white space, commas, control bytes and bytes outside
// ASCII.
func TestNextWord(t *testing.T) {
	ref := func(s string, start, end int) (i, j int, ascii bool) {
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
	alphabet := "aZ.,,  \t\n\r\v\x01(\"é’"
	rnd := rand.New(rand.NewPCG(8, 9))
	for range 20000 {
		b := make([]byte, rnd.IntN(40))
		for k := range b {
			b[k] = alphabet[rnd.IntN(len(alphabet))]
			if rnd.IntN(2) == 0 {
				b[k] = 'x'
			}
		}
		s := string(b)
		end := rnd.IntN(len(s) + 1)
		for start := 0; start <= end; start++ {
			gi, gj, ga := nextWord(s, start, end)
			wi, wj, wa := ref(s, start, end)
			if gi != wi || gj != wj || ga != wa {
				t.Errorf("nextWord(%q, %d, %d) = %d, %d, %v, want %d, %d, %v", s, start, end, gi, gj, ga, wi, wj, wa)
			}
		}
	}
}

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
