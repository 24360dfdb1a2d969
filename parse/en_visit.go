package parse

import "strings"

// Visit or meeting. A lead whose principal "visited X and held a meeting
// with Y" reports a meeting on a trip when the page is about the meeting
// ("Japan-Slovakia Foreign Ministers' Meeting"), and the visit itself when
// the page is about the visit. The page says which in three ways:
//
//	Prime Minister Kishida's Visit to Ukraine      the headline's head noun is a visit
//	The overview of the visit is as follows.       the lead gives an overview of the visit
//	From March 19 to 21, ... visited India and ...  the lead spans several days
//
// A page about the meeting says "The overview of the meeting is as
// follows", has a meeting for a headline and one day for a date.

// visitNouns are the head nouns of a headline about a visit, lower case.
var visitNouns = wordSet(`visit visits trip tour`)

// overviewNouns introduce what a readout gives an account of.
var overviewNouns = wordSet(`overview outline summary`)

// visitPage reports whether the readout whose lead is toks, with the verb
// "visited" at toks[verb], is about the visit rather than the engagement
// named after it.
func (p *parser) visitPage(toks []tok, verb int) bool {
	if visitNouns[strings.ToLower(headlineHead(p.m.Title))] {
		return true
	}
	for i := verb + 1; i+2 < len(toks); i++ {
		if !overviewNouns[strings.ToLower(toks[i].w)] || toks[i+1].w != "of" {
			continue
		}
		j := i + 2
		switch toks[j].w {
		case "the", "his", "her", "this":
			j++
		}
		if j < len(toks) && visitNouns[strings.ToLower(toks[j].w)] {
			return true
		}
	}
	return daySpan(toks[:verb])
}

// headlineHead returns the head noun of a headline: the last word before
// its first lower-case connector or bracket ("Prime Minister Kishida's
// Visit to Ukraine" → "Visit", "Visit to India by ..." → "Visit",
// "Japan-Ukraine Summit Meeting" → "Meeting").
func headlineHead(title string) string {
	head := ""
	for _, w := range strings.Fields(title) {
		if strings.HasPrefix(w, "(") || titleConnectors[w] || w == "by" || w == "in" || w == "at" || w == "with" {
			break
		}
		head = strings.Trim(w, ",:;")
	}
	return head
}

// daySpan reports whether toks date a span of days: "From March 19 to
// 21", "from 19 to 21 March", "from March 30 to April 1" — "from", a day
// number (with its month before or after), "to" / "until" / "through" and
// another day or month, with a month named somewhere in the phrase.
func daySpan(toks []tok) bool {
	for i, t := range toks {
		if !strings.EqualFold(t.w, "from") {
			continue
		}
		j, day, mon := i+1, false, false
		for ; j < len(toks) && j < i+3; j++ {
			if _, ok := month(toks[j].w); ok {
				mon = true
			} else if isDayNumber(toks[j].w) {
				day = true
			} else {
				break
			}
		}
		if !day || j+1 >= len(toks) {
			continue
		}
		switch toks[j].w {
		case "to", "until", "through", "till":
		default:
			continue
		}
		for k := j + 1; k < len(toks) && k < j+3; k++ {
			if _, ok := month(toks[k].w); ok {
				mon = true
			} else if !isDayNumber(toks[k].w) {
				break
			}
		}
		if mon {
			return true
		}
	}
	return false
}

// isDayNumber reports whether w is a day of the month: "21", "21st".
func isDayNumber(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "", "st", "nd", "rd", "th":
		return n >= 1 && n <= 2
	}
	return false
}
