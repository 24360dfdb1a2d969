package parse

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestDecodeRune compares decodeRune and decodeLastRune with the utf8
// functions on every three-byte sequence with a lead byte 0xE0 … 0xEF
// (overlong forms and surrogates included), with a byte before and after,
// and on random byte strings.
func TestDecodeRune(t *testing.T) {
	check := func(s string) {
		if r, n := decodeRune(s); true {
			wr, wn := utf8.DecodeRuneInString(s)
			if r != wr || n != wn {
				t.Errorf("decodeRune(%q) = %U, %d; utf8 says %U, %d", s, r, n, wr, wn)
			}
		}
		if r, n := decodeLastRune(s); true {
			wr, wn := utf8.DecodeLastRuneInString(s)
			if r != wr || n != wn {
				t.Errorf("decodeLastRune(%q) = %U, %d; utf8 says %U, %d", s, r, n, wr, wn)
			}
		}
	}
	for a := 0xe0; a <= 0xef; a++ {
		for b := 0; b < 256; b++ {
			for c := 0x70; c < 0xd0; c++ {
				s := string([]byte{byte(a), byte(b), byte(c)})
				check(s)
				check(s + "x")
				check("\x80" + s)
				check(s[:2])
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		b := make([]byte, rng.IntN(6))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		check(string(b))
	}
}
