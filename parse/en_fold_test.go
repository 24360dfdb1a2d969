package parse

import (
	"strings"
	"testing"
)

// TestEqFold checks eqFold against strings.EqualFold on pairs of words
// built from ASCII letters in both cases and the runes that fold to ASCII
// or change length when folded.
func TestEqFold(t *testing.T) {
	parts := []string{"a", "A", "k", "K", "s", "S", "\u212a", "\u017f", "é", "É", "\u0130", "i", "I", ".", "ß", "ss", "@", "`", "[", "{"}
	var words []string
	var build func(prefix string, n int)
	build = func(prefix string, n int) {
		words = append(words, prefix)
		if n == 0 {
			return
		}
		for _, p := range parts {
			build(prefix+p, n-1)
		}
	}
	build("", 3)
	for _, a := range words {
		for _, b := range []string{"", "a", "k", "ks", "sk", "is", "ss", "as.", "kki", "é", "ak", "honorable", "hon.", "@a", "`a", "[", "{k"} {
			if got, want := eqFold(a, b), strings.EqualFold(a, b); got != want {
				t.Errorf("eqFold(%q, %q) = %v, strings.EqualFold says %v", a, b, got, want)
			}
		}
	}
}
