package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestJaWordSet compares jaWordSet.match, at every offset of random texts
// made of the words, their halves and other runes, with the first word of
// the list that the text at the offset starts with.
func TestJaWordSet(t *testing.T) {
	sets := []struct {
		name  string
		words []string
		set   *jaWordSet
	}{
		{"title starts", jaTitleStarts, jaTitleStartSet},
		{"place markers", jaPlaceMarkers, jaPlaceMarkerSet},
		{"engagements", jaEngageWords.words, jaEngageWords},
		{"organisations", jaOrgSet.words, jaOrgSet},
	}
	rng := rand.New(rand.NewPCG(8, 9))
	for _, c := range sets {
		pieces := []string{"林", "は", "、", "A", "\xe4", "\xe4\xbc", "ー", "😀"}
		for _, w := range c.words {
			pieces = append(pieces, w, w[:len(w)/2])
		}
		for n := 0; n < 500; n++ {
			var b strings.Builder
			for k := rng.IntN(10); k >= 0; k-- {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			s := b.String()
			for i := 0; i <= len(s); i++ {
				want := -1
				for k, w := range c.words {
					if strings.HasPrefix(s[i:], w) {
						want = k
						break
					}
				}
				if got := c.set.match(s, i); got != want {
					t.Errorf("%s: match(%q, %d) = %d, want %d", c.name, s, i, got, want)
				}
			}
		}
	}
}

// TestJaStateFormsEnd checks what jaCountry relies on to skip the state
// forms: each ends in 国 or 邦.
func TestJaStateFormsEnd(t *testing.T) {
	for _, f := range jaStateForms {
		if !strings.HasSuffix(f, "国") && !strings.HasSuffix(f, "邦") {
			t.Errorf("state form %q ends in neither 国 nor 邦: jaCountry would not try it", f)
		}
	}
}
