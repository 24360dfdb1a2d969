package parse

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// english is the grammar of MOFA's and the Prime Minister's Office's English
// readouts.
var english = &language{
	tag:      "en",
	dateLine: enDateLine,
	isLead:   enIsLead,
	lead:     (*parser).enLead,
	body:     (*parser).enBody,
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
}

// month returns the month a word names ("April", "Apr", "Apr."), any case.
// It is monthNames[strings.ToLower(word)] without the map: the date
// scanners ask it at many words of a lead.
func month(word string) (time.Month, bool) {
	var b [9]byte
	n, ok := foldShort(&b, strings.TrimSuffix(word, "."))
	if !ok {
		m, ok := foldGet(monthNames, strings.TrimSuffix(word, "."))
		return m, ok
	}
	switch string(b[:n]) {
	case "january", "jan":
		return time.January, true
	case "february", "feb":
		return time.February, true
	case "march", "mar":
		return time.March, true
	case "april", "apr":
		return time.April, true
	case "may":
		return time.May, true
	case "june", "jun":
		return time.June, true
	case "july", "jul":
		return time.July, true
	case "august", "aug":
		return time.August, true
	case "september", "sep", "sept":
		return time.September, true
	case "october", "oct":
		return time.October, true
	case "november", "nov":
		return time.November, true
	case "december", "dec":
		return time.December, true
	}
	return 0, false
}

// weekday returns the day a word names ("Wednesday", "Wed", "Wed."), any
// case: weekdayNames[strings.ToLower(word)] without the map.
func weekday(word string) (time.Weekday, bool) {
	var b [9]byte
	n, ok := foldShort(&b, strings.TrimSuffix(word, "."))
	if !ok {
		d, ok := foldGet(weekdayNames, strings.TrimSuffix(word, "."))
		return d, ok
	}
	switch string(b[:n]) {
	case "sunday", "sun":
		return time.Sunday, true
	case "monday", "mon":
		return time.Monday, true
	case "tuesday", "tue", "tues":
		return time.Tuesday, true
	case "wednesday", "wed":
		return time.Wednesday, true
	case "thursday", "thu", "thur", "thurs":
		return time.Thursday, true
	case "friday", "fri":
		return time.Friday, true
	case "saturday", "sat":
		return time.Saturday, true
	}
	return 0, false
}

// foldShort lower-cases the ASCII word w into buf and returns its length;
// it reports false when w is not ASCII, which the caller then looks up the
// slow way. A word longer than buf names no month or day: it returns 0.
func foldShort(buf *[9]byte, w string) (int, bool) {
	if len(w) > len(buf) {
		return 0, isASCII(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return len(w), true
}

// appendWordsUpTo appends the words of s — split at spaces, tabs and
// commas, other punctuation kept — to dst while it has room, and reports
// whether all of them fitted.
func appendWordsUpTo(dst []string, s string) ([]string, bool) {
	for i := 0; ; {
		for i < len(s) && isDateLineSep(s[i]) {
			i++
		}
		if i == len(s) {
			return dst, true
		}
		j := i
		for j < len(s) && !isDateLineSep(s[j]) {
			j++
		}
		if len(dst) == cap(dst) {
			return dst, false
		}
		dst = append(dst, s[i:j])
		i = j
	}
}

func isDateLineSep(c byte) bool { return c == ' ' || c == ',' || c == '\t' }

// enDateLine reads a date line: "April 7, 2022", "November, 11, 2009",
// "Monday, Dec 7, 2015", "7 April 2022", also with a label or in brackets
// ("Last Update : Monday, Dec 7, 2015", "[Ministry of Foreign Affairs of
// Japan] [Tuesday, Dec 1, 2015]"). Apart from those, the whole line must be
// the date.
func enDateLine(s string) (readout.Date, bool) {
	if !hasDigit(s) {
		return readout.Date{}, false // a date line has its day and year in digits
	}
	// A date is at most four words (with its weekday): a longer line is
	// not split further.
	var wb [4]string
	w, ok := appendWordsUpTo(wb[:0], dateLineText(s))
	if !ok {
		return readout.Date{}, false
	}
	if len(w) > 0 {
		if _, ok := weekday(w[0]); ok {
			w = w[1:]
		}
	}
	if len(w) != 3 {
		return readout.Date{}, false
	}
	m, ok := month(w[0])
	dayWord := w[1]
	if !ok {
		if m, ok = month(w[1]); !ok {
			return readout.Date{}, false
		}
		dayWord = w[0]
	}
	day, dw := number(strings.TrimRight(dayWord, "stndrh"))
	year, yw := yearNumber(w[2])
	if day == 0 || dw != len(strings.TrimRight(dayWord, "stndrh")) || year == 0 || yw != len(w[2]) {
		return readout.Date{}, false
	}
	d := readout.Date{Year: year, Month: m, Day: day}
	return d, d.IsValid()
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// dateLineText returns the date part of a date line: the text after a
// "Last Update :" style label, or inside the last pair of brackets of a line
// made of bracketed groups.
func dateLineText(s string) string {
	s = strings.TrimSpace(s)
	if s != "" && s[0] < utf8.RuneSelf && !dateLabelFirst[s[0]|0x20] {
		// An ASCII first byte is the lower-cased line's first byte in
		// either case: no label starts with it, none is compared.
		return bracketedDate(s)
	}
	ascii := isASCII(s)
	low := ""
	for _, label := range dateLabels {
		var rest string
		var ok bool
		if ascii {
			// strings.ToLower(s) has the bytes of s but its letters:
			// compare without the copy.
			if ok = lowerHasPrefix(s, label); ok {
				rest = s[len(label):]
			}
		} else {
			if low == "" {
				low = strings.ToLower(s)
			}
			rest, ok = strings.CutPrefix(low, label)
		}
		if ok {
			if r := strings.TrimLeft(rest, " "); strings.HasPrefix(r, ":") {
				return strings.TrimSpace(s[len(s)-len(r)+1:])
			}
		}
	}
	return bracketedDate(s)
}

// dateLabels are the labels before the date of a date line, lower case.
var dateLabels = []string{"last update", "last updated", "updated", "date", "posted", "published"}

// dateLabelFirst marks the first letters of dateLabels.
var dateLabelFirst = firstBytes(dateLabels)

// bracketedDate returns the text inside the last pair of brackets of a
// line made of bracketed groups, or s.
func bracketedDate(s string) string {
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		if i := strings.LastIndexByte(s, '['); i >= 0 {
			return strings.TrimSpace(s[i+1 : len(s)-1])
		}
	}
	return s
}

// yearNumber reads a four-digit year from 1900 to 2199 at the start of s.
func yearNumber(s string) (int, int) {
	if len(s) < 4 {
		return 0, 0
	}
	y := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, 0
		}
		y = y*10 + int(s[i]-'0')
	}
	if y < 1900 || y > 2199 || (len(s) > 4 && s[4] >= '0' && s[4] <= '9') {
		return 0, 0
	}
	return y, 4
}

// leadVerbs are words that show a line reports an engagement.
var leadVerbs = []string{
	" held ", " hold ", " attended ", " visited ", " paid ", " received ", " met ",
	" had ", " took part", " participated", " talks ", " talk ", " meeting with",
	" call ", " conversation", " teleconference", " telephone",
}

// enIsLead reports whether s starts the lead paragraph: a sentence that
// reports an engagement, not a caption or a date line.
func enIsLead(s string) bool {
	if _, rest := itemMarker(s); rest > 0 {
		s = s[rest:]
	}
	if strings.Count(s, " ") < 8 || isCaption(s) {
		return false
	}
	if !strings.Contains(s, ". ") && !endsSentence(s) && !strings.HasPrefix(s, "On ") {
		return false
	}
	if strings.HasPrefix(s, "On ") || strings.HasPrefix(s, "Upon ") {
		return true
	}
	for _, v := range leadVerbs {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}
