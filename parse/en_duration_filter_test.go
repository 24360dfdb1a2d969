package parse

import (
	"strings"
	"testing"

	"github.com/diplomacy-data/readout"
)

// TestDurationWordFilters checks scanDurationQualifier and below100, which
// try only the words with the first letter of the text, against the plain
// loops over every word, on every qualifier and number word in three cases,
// followed by a duration or by other words, and on words that are neither.
func TestDurationWordFilters(t *testing.T) {
	plainQualifier := func(s string) (readout.DurationQualifier, int, bool) {
		for _, dq := range durationQualifiers {
			if n := wordsAt(s, dq.words...); n > 0 {
				if j := skipBlanks(s, n); j > n {
					return dq.q, j, true
				}
			}
		}
		return readout.DurationExact, 0, false
	}
	plainBelow100 := func(s string) (int, int, bool) {
		for t := len(tensWords) - 1; t >= 2; t-- {
			if k := wordAt(s, tensWords[t]); k > 0 {
				if k+1 < len(s) && (s[k] == '-' || s[k] == ' ') {
					for u := 9; u >= 1; u-- {
						if w := wordAt(s[k+1:], unitWords[u]); w > 0 {
							return t*10 + u, k + 1 + w, true
						}
					}
				}
				return t * 10, k, true
			}
		}
		for u := len(unitWords) - 1; u >= 0; u-- {
			if k := wordAt(s, unitWords[u]); k > 0 {
				return u, k, true
			}
		}
		return 0, 0, false
	}
	var heads []string
	for _, dq := range durationQualifiers {
		heads = append(heads, strings.Join(dq.words, " "))
	}
	heads = append(heads, unitWords...)
	heads = append(heads, tensWords[2:]...)
	heads = append(heads, "forty-five", "twenty one", "Foreign", "the", "", "5", "-", "approximate", "overall")
	for _, h := range heads {
		for _, c := range []string{h, strings.ToUpper(h), strings.ToUpper(h[:min(1, len(h))]) + h[min(1, len(h)):]} {
			for _, tail := range []string{"", " 45 minutes", " hours", "-five minutes", "x"} {
				s := c + tail
				q, n, ok := scanDurationQualifier(s)
				wq, wn, wok := plainQualifier(s)
				if q != wq || n != wn || ok != wok {
					t.Errorf("scanDurationQualifier(%q) = %v, %d, %v; the plain loop gives %v, %d, %v", s, q, n, ok, wq, wn, wok)
				}
				v, n, ok := below100(s)
				wv, wn, wok := plainBelow100(s)
				if v != wv || n != wn || ok != wok {
					t.Errorf("below100(%q) = %d, %d, %v; the plain loop gives %d, %d, %v", s, v, n, ok, wv, wn, wok)
				}
			}
		}
	}
}
