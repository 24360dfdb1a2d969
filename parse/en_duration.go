package parse

import (
	"time"

	"github.com/diplomacy-data/readout"
)

// scanDuration reads a length of time at the start of s and returns it with
// the number of bytes it takes: "45 minutes", "100 minutes", "2 hours and 45
// minutes", "1 hour 10 minutes", "an hour", "two hours", "seventy minutes",
// "one hour and forty-five minutes", "half an hour", "an hour and a half",
// "1.5 hours". The qualifier ("approximately") and the "for" before it are
// read by the caller.
func scanDuration(s string) (readout.Duration, int, bool) {
	if n := wordsAt(s, "half", "an", "hour"); n > 0 {
		return readout.Duration(30 * time.Minute), n, true
	}
	if n := wordsAt(s, "half", "hour"); n > 0 {
		return readout.Duration(30 * time.Minute), n, true
	}
	total, unit, n := durationGroup(s)
	if n == 0 {
		return 0, 0, false
	}
	if unit == time.Hour {
		// "an hour and a half", "2 hours and 45 minutes", "1 hour 10 minutes",
		// "1 hour, 10 minutes".
		if k := wordsAt(s[n:], " and", "a", "half"); k > 0 {
			return readout.Duration(total + 30*time.Minute), n + k, true
		}
		for _, sep := range []string{" and ", ", ", " "} {
			if len(s)-n > len(sep) && s[n:n+len(sep)] == sep {
				if more, u, k := durationGroup(s[n+len(sep):]); k > 0 && u == time.Minute {
					return readout.Duration(total + more), n + len(sep) + k, true
				}
			}
		}
	}
	return readout.Duration(total), n, true
}

// durationGroup reads one amount and its unit ("2 hours", "forty-five
// minutes", "an hour", "one and a half hours", "1.5 hours") and returns the
// time, the unit and the bytes taken.
func durationGroup(s string) (time.Duration, time.Duration, int) {
	var amount time.Duration // in minutes, to allow halves of hours
	var half bool
	i := 0
	switch {
	case wordAt(s, "an") > 0:
		amount, i = 1, 2
	case wordAt(s, "a") > 0:
		amount, i = 1, 1
	case len(s) > 0 && isDigit(s[0]):
		n, j := digits(s, 0, 4)
		if j < len(s) && s[j] == '.' && j+1 < len(s) && s[j+1] == '5' && (j+2 == len(s) || !isDigit(s[j+2])) {
			half, j = true, j+2
		}
		amount, i = time.Duration(n), j
	default:
		n, j, ok := scanNumberWords(s)
		if !ok {
			return 0, 0, 0
		}
		amount, i = time.Duration(n), j
	}
	if k := wordsAt(s[i:], " and", "a", "half"); k > 0 {
		half, i = true, i+k
	}
	j := skipBlanks(s, i)
	if j == i && i > 0 && !isDigit(s[i-1]) {
		return 0, 0, 0 // a word amount needs a space before its unit
	}
	for _, u := range []struct {
		word string
		unit time.Duration
	}{
		{"hours", time.Hour}, {"hour", time.Hour}, {"hrs", time.Hour}, {"hr", time.Hour},
		{"minutes", time.Minute}, {"minute", time.Minute}, {"mins", time.Minute}, {"min", time.Minute},
	} {
		if k := wordAt(s[j:], u.word); k > 0 {
			d := amount * u.unit
			if half {
				if u.unit != time.Hour {
					return 0, 0, 0
				}
				d += 30 * time.Minute
			}
			if k < len(s[j:]) && s[j+k] == '.' && u.word == "min" {
				k++
			}
			return d, u.unit, j + k
		}
	}
	return 0, 0, 0
}

var (
	unitWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tensWords = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// scanNumberWords reads a number from zero to 999 written in words at the
// start of s: "seventy", "forty-five", "forty five", "one hundred and
// twenty". It returns the number and the bytes taken.
func scanNumberWords(s string) (int, int, bool) {
	n, i, ok := below100(s)
	if !ok {
		if k := wordAt(s, "hundred"); k > 0 {
			n, i, ok = 1, 0, true // "a hundred" reaches here as "hundred"
		} else {
			return 0, 0, false
		}
	}
	if n >= 1 && n <= 9 {
		j := skipBlanks(s, i)
		if k := wordAt(s[j:], "hundred"); k > 0 && (j > i || i == 0) {
			total, end := n*100, j+k
			for _, sep := range []string{" and ", " "} {
				if len(s)-end > len(sep) && s[end:end+len(sep)] == sep {
					if m, w, ok := below100(s[end+len(sep):]); ok && m > 0 {
						return total + m, end + len(sep) + w, true
					}
				}
			}
			return total, end, true
		}
	}
	return n, i, true
}

// below100 reads a number from zero to 99 in words.
func below100(s string) (int, int, bool) {
	if s == "" {
		return 0, 0, false
	}
	c := s[0] | 0x20 // a number word's first letter, in lower case
	for t := len(tensWords) - 1; t >= 2; t-- {
		if tensWords[t][0] != c {
			continue
		}
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
		if unitWords[u][0] != c {
			continue
		}
		if k := wordAt(s, unitWords[u]); k > 0 {
			return u, k, true
		}
	}
	return 0, 0, false
}

// wordsAt matches a sequence of words at the start of s, separated by one
// or more blanks, and returns the bytes taken, or 0. A word given with a
// leading space requires at least one blank before it.
func wordsAt(s string, words ...string) int {
	i := 0
	for k, w := range words {
		if k > 0 || (len(w) > 0 && w[0] == ' ') {
			j := skipBlanks(s, i)
			if j == i {
				return 0
			}
			i = j
		}
		if len(w) > 0 && w[0] == ' ' {
			w = w[1:]
		}
		n := wordAt(s[i:], w)
		if n == 0 {
			return 0
		}
		i += n
	}
	return i
}

// A durationQualifier is a hedge before a duration, as written.
var durationQualifiers = []struct {
	words []string
	q     readout.DurationQualifier
}{
	{[]string{"approximately"}, readout.DurationApproximately},
	{[]string{"approx."}, readout.DurationApproximately},
	{[]string{"approx"}, readout.DurationApproximately},
	{[]string{"about"}, readout.DurationAbout},
	{[]string{"around"}, readout.DurationAbout},
	{[]string{"roughly"}, readout.DurationAbout},
	{[]string{"some"}, readout.DurationAbout},
	{[]string{"just", "under"}, readout.DurationJustUnder},
	{[]string{"a", "little", "under"}, readout.DurationJustUnder},
	{[]string{"a", "little", "less", "than"}, readout.DurationJustUnder},
	{[]string{"slightly", "less", "than"}, readout.DurationJustUnder},
	{[]string{"nearly"}, readout.DurationJustUnder},
	{[]string{"almost"}, readout.DurationJustUnder},
	{[]string{"just", "over"}, readout.DurationOver},
	{[]string{"a", "little", "over"}, readout.DurationOver},
	{[]string{"a", "little", "more", "than"}, readout.DurationOver},
	{[]string{"slightly", "more", "than"}, readout.DurationOver},
	{[]string{"more", "than"}, readout.DurationOver},
	{[]string{"over"}, readout.DurationOver},
}

// scanDurationQualifier reads a hedge such as "approximately", "for just
// under" or "roughly" at the start of s, with the blanks after it.
func scanDurationQualifier(s string) (readout.DurationQualifier, int, bool) {
	if s == "" {
		return readout.DurationExact, 0, false
	}
	c := s[0] | 0x20
	for _, dq := range durationQualifiers {
		if dq.words[0][0] != c {
			continue // the first letters differ (every qualifier starts with a lower-case letter)
		}
		if n := wordsAt(s, dq.words...); n > 0 {
			if j := skipBlanks(s, n); j > n {
				return dq.q, j, true
			}
		}
	}
	return readout.DurationExact, 0, false
}

// scanForDuration reads "for [qualifier] DURATION" at the start of s.
func scanForDuration(s string) (readout.Duration, readout.DurationQualifier, int, bool) {
	n := wordAt(s, "for")
	if n == 0 {
		return 0, 0, 0, false
	}
	i := skipBlanks(s, n)
	if i == n {
		return 0, 0, 0, false
	}
	q, k, _ := scanDurationQualifier(s[i:])
	d, w, ok := scanDuration(s[i+k:])
	if !ok || d <= 0 {
		return 0, 0, 0, false
	}
	return d, q, i + k + w, true
}
