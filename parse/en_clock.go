package parse

import "github.com/diplomacy-data/readout"

// A clockText is a clock time as an English readout writes it: the wall
// clock, and how it was written, which decides how a following or preceding
// clock is read ("from 3:00 to 3:40 p.m.").
type clockText struct {
	clock    readout.Clock
	meridiem byte // 'a' for a.m., 'p' for p.m., 0 when none was written
	minutes  bool // the minutes were written ("9:45", not "9 a.m.")
}

// scanClock reads a clock time at the start of s and returns it with the
// number of bytes it takes. It reads the forms MOFA's English readouts use:
// "9:45 a.m.", "5:50 pm", "8:15pm", "3:30PM", "9:50 P.M.", "6.15p.m.",
// "0:35 p.m." (12:35), "12 p.m." (noon), "5 p.m.", "15:00", "12:10hrs",
// "19:10 p.m." (a 24-hour clock with a stray p.m.), "00:30am", "noon",
// "12 noon", "midnight", "12 midnight". A number with neither minutes nor a.m./p.m. is not a clock;
// "6.15" needs a.m. or p.m. (it could be a section number).
func scanClock(s string) (clockText, int, bool) {
	if n := wordAt(s, "noon"); n > 0 {
		return clockText{clock: readout.ClockOf(12, 0), meridiem: 'p'}, n, true
	}
	if n := wordAt(s, "midday"); n > 0 {
		return clockText{clock: readout.ClockOf(12, 0), meridiem: 'p'}, n, true
	}
	if n := wordAt(s, "midnight"); n > 0 {
		return clockText{clock: readout.ClockOf(0, 0), meridiem: 'a'}, n, true
	}
	h, i := digits(s, 0, 2)
	if i == 0 {
		return clockText{}, 0, false
	}
	// "12 noon", "12:00 noon", "12 midnight", "12:00 midnight": the word
	// says which twelve.
	if h == 12 {
		j := i
		if j+2 < len(s) && s[j] == ':' && s[j+1] == '0' && s[j+2] == '0' {
			j += 3
		}
		if k := skipBlanks(s, j); k > j {
			if n := wordAt(s[k:], "noon"); n > 0 {
				return clockText{clock: readout.ClockOf(12, 0), meridiem: 'p', minutes: j > i}, k + n, true
			}
			if n := wordAt(s[k:], "midnight"); n > 0 {
				return clockText{clock: readout.ClockOf(0, 0), meridiem: 'a', minutes: j > i}, k + n, true
			}
		}
	}
	m, withMinutes, sep := 0, false, byte(0)
	if i < len(s) && (s[i] == ':' || s[i] == '.') {
		if mm, j := digits(s, i+1, 2); j == i+3 {
			m, withMinutes, sep, i = mm, true, s[i], j
		}
	}
	if i < len(s) && isDigit(s[i]) {
		return clockText{}, 0, false // "123", "9:456"
	}
	end := i
	mer, n := scanMeridiem(s[skipBlanks(s, i):])
	if n > 0 {
		end = skipBlanks(s, i) + n
	} else if k := wordAt(s[i:], "hrs"); k > 0 && withMinutes {
		end = i + k
	} else if k := wordAt(s[i:], "hours"); k > 0 && withMinutes && sep == ':' && i < len(s) && s[i] != ' ' {
		end = i + k
	}
	switch {
	case !withMinutes && mer == 0:
		return clockText{}, 0, false // a bare number
	case sep == '.' && mer == 0:
		return clockText{}, 0, false // "6.15" without a.m./p.m.
	case m > 59:
		return clockText{}, 0, false
	}
	switch {
	case mer == 'p' && h >= 1 && h <= 11:
		h += 12
	case mer == 'p' && h == 0:
		h = 12 // "0:35 p.m." is 12:35
	case mer == 'a' && h == 12:
		h = 0
	case mer != 0 && h > 12 && h <= 23:
		// "19:10 p.m.": a 24-hour clock with a stray meridiem; the
		// 24-hour reading stands.
	}
	if h > 23 && !(h == 24 && m == 0 && mer == 0) {
		return clockText{}, 0, false
	}
	if h == 24 {
		h = 0
	}
	return clockText{clock: readout.ClockOf(h, m), meridiem: mer, minutes: withMinutes}, end, true
}

// scanMeridiem reads "a.m.", "am", "A.M.", "a.m", "p. m." and the like at
// the start of s, returning 'a' or 'p' and the bytes taken.
func scanMeridiem(s string) (byte, int) {
	if s == "" {
		return 0, 0
	}
	var mer byte
	switch s[0] {
	case 'a', 'A':
		mer = 'a'
	case 'p', 'P':
		mer = 'p'
	default:
		return 0, 0
	}
	i := 1
	if i < len(s) && s[i] == '.' {
		i++
		if i < len(s) && s[i] == ' ' {
			i++
		}
	}
	if i >= len(s) || (s[i] != 'm' && s[i] != 'M') {
		return 0, 0
	}
	i++
	if i < len(s) && s[i] == '.' {
		i++
	} else if i < len(s) && isWordByte(s[i]) {
		return 0, 0 // "amid", "pmx"
	}
	return mer, i
}

// digits reads from 1 to max ASCII digits at s[i:], returning their value
// and the index after them (i when there are none).
func digits(s string, i, max int) (int, int) {
	n, j := 0, i
	for j < len(s) && j-i < max && isDigit(s[j]) {
		n = n*10 + int(s[j]-'0')
		j++
	}
	return n, j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// isWordByte reports whether c continues a word: a letter, a digit or a
// byte of a multi-byte character.
func isWordByte(c byte) bool { return timeWordBytes[c] }

// timeWordBytes holds isWordByte for every byte: the time scans ask it at
// every byte of a lead.
var timeWordBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isLetter(byte(c)) || isDigit(byte(c)) || c >= 0x80
	}
	return t
}()

// wordAt returns the length of word at the start of s, matched without
// regard to ASCII case and ending at a word boundary, or 0.
func wordAt(s, word string) int {
	if len(s) < len(word) {
		return 0
	}
	for i := 0; i < len(word); i++ {
		a, b := s[i], word[i]
		if a != b && !(isLetter(a) && a|0x20 == b|0x20) {
			return 0
		}
	}
	if len(word) < len(s) && isWordByte(s[len(word)]) && isWordByte(word[len(word)-1]) {
		return 0
	}
	return len(word)
}

// skipBlanks returns the index of the first byte at or after i that is not a
// space or a tab.
func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}
