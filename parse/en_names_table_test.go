package parse

import (
	"strings"
	"testing"
)

// TestMonthWeekdayMatchTables checks that month and weekday, which match
// words with a switch, agree with the monthNames and weekdayNames tables
// they replace on the hot path: every name in every case, with a full
// stop, and words that are close but not names.
func TestMonthWeekdayMatchTables(t *testing.T) {
	words := []string{"", "m", "ma", "mayy", "sundays", "septembe", "septembers", "monday,", "Ｍａｙ", "MAY.", "may..", "ſun", "Sept.", "septem"}
	for k := range monthNames {
		words = append(words, k)
	}
	for k := range weekdayNames {
		words = append(words, k)
	}
	for _, w := range words[:len(words):len(words)] {
		words = append(words, strings.ToUpper(w), strings.ToUpper(w[:min(1, len(w))])+w[min(1, len(w)):], w+".")
	}
	for _, w := range words {
		wantM, wantOK := monthNames[strings.ToLower(strings.TrimSuffix(w, "."))]
		if m, ok := month(w); m != wantM || ok != wantOK {
			t.Errorf("month(%q) = %v, %v; the table says %v, %v", w, m, ok, wantM, wantOK)
		}
		wantD, wantOK := weekdayNames[strings.ToLower(strings.TrimSuffix(w, "."))]
		if d, ok := weekday(w); d != wantD || ok != wantOK {
			t.Errorf("weekday(%q) = %v, %v; the table says %v, %v", w, d, ok, wantD, wantOK)
		}
	}
}

// TestIsWordByteTable checks the table behind isWordByte against its
// definition for every byte.
func TestIsWordByteTable(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		if got, want := isWordByte(b), isLetter(b) || isDigit(b) || b >= 0x80; got != want {
			t.Errorf("isWordByte(%#02x) = %v, want %v", b, got, want)
		}
	}
}

// TestNamePairs checks that every month and day name starts with a pair of
// letters that monthPair or weekdayPair accepts, in any case, so that the
// scanners look none of them over.
func TestNamePairs(t *testing.T) {
	for k := range monthNames {
		for _, w := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
			if !monthPair(w[0], w[1]) {
				t.Errorf("monthPair refuses %q", w)
			}
		}
	}
	for k := range weekdayNames {
		for _, w := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
			if !weekdayPair(w[0], w[1]) {
				t.Errorf("weekdayPair refuses %q", w)
			}
		}
	}
}
