package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
)

// The clock and duration phrases of an English lead: what the words around
// a clock make of it (start or end, qualifier, next day) and which session
// a duration belongs to. en_when.go reads the lead and calls them.

// startWords are the words that may stand before a start time.
var startWords = []string{"commencing", "beginning", "starting", "started", "began", "from", "at", "around", "about", "approximately", "just", "shortly", "after", "since", "for"}

// clock handles a clock time at [i, j): the start of a session or its end,
// with the qualifier and the bare zone note after it.
func (w *whenScan) clock(i, j int, c clockText) int {
	t := w.p.text[:w.end]
	isEnd := endsWithEndWord(t[max(w.lastEnd, i-40):i])
	q, qs := startQualifier(t, i, w.lastEnd)
	cur := w.cur()
	el := span{qs, j}
	switch {
	case isEnd && cur != nil && cur.hasStart && !cur.hasEnd:
		cur.end, cur.endQ, cur.endEl, cur.hasEnd = c, q, el, true
		cur.els = append(cur.els, el)
		if cur.start.meridiem == 0 && c.meridiem == 'p' && cur.start.clock.Hour < 12 && cur.start.clock.Hour+12 <= c.clock.Hour {
			cur.start.clock.Hour += 12 // "from 3:00 to 3:40 p.m."
		}
	case cur != nil && !cur.hasStart:
		cur.start, cur.startQ, cur.startEl, cur.hasStart = c, q, el, true
		cur.els = append(cur.els, el)
	default:
		cur = w.open()
		cur.start, cur.startQ, cur.startEl, cur.hasStart = c, q, el, true
		cur.els = append(cur.els, el)
	}
	// A bare zone note after the clock: "local time", "JST", "Japan time",
	// "EST".
	if k := skipBlanks(t, j); k > j && k < len(t) {
		if n := bareNote(t[k:]); n > 0 {
			if !isEnd || cur.note == "" {
				cur.note, cur.noteEl = w.p.orig(k, k+n), span{k, k + n}
				cur.els = append(cur.els, cur.noteEl)
			}
			j = k + n
		}
	}
	// The day of an end past midnight: "until 1:00 a.m. the next day",
	// "to 2:00 a.m. on the following day".
	if isEnd && cur.hasEnd && cur.endEl.start == qs {
		if n := nextDayWords(t[j:]); n > 0 {
			cur.endDay = readout.DayNext
			cur.els = append(cur.els, span{j, j + n})
			j += n
		}
	}
	return j - i
}

// nextDayWords returns the length of ", on the following day", " the next
// day", " of the next day" and the like at the start of s, or 0.
func nextDayWords(s string) int {
	i := 0
	if i < len(s) && s[i] == ',' {
		i++
	}
	k := skipBlanks(s, i)
	if k == i {
		return 0
	}
	for _, lead := range []string{"on", "of"} {
		if n := wordAt(s[k:], lead); n > 0 {
			if m := skipBlanks(s, k+n); m > k+n {
				k = m
			}
			break
		}
	}
	for _, ws := range [][]string{{"the", "following", "day"}, {"the", "next", "day"}, {"the", "following", "morning"}, {"the", "next", "morning"}} {
		if n := wordsAt(s[k:], ws...); n > 0 {
			return k + n
		}
	}
	return 0
}

// endsWithEndWord reports whether the text before a clock makes it an end
// time: "until", "until around", "till", "to", "through", a dash; any case.
func endsWithEndWord(before string) bool {
	if !isASCII(before) {
		before = strings.ToLower(before)
	}
	b := strings.TrimRight(before, " ")
	if strings.HasSuffix(b, "-") || strings.HasSuffix(b, "–") {
		return true
	}
	for _, q := range []string{" around", " about", " approximately", " just after"} {
		b = trimLowerSuffix(b, q)
	}
	for _, w := range []string{"until", "till", "to", "through", "ended at", "ending at", "concluded at"} {
		if lowerIs(b, w) || len(b) > len(w) && b[len(b)-len(w)-1] == ' ' && lowerIs(b[len(b)-len(w):], w) {
			return true
		}
	}
	return false
}

// trimLowerSuffix returns s without the lower-case ASCII suffix, matched in
// any ASCII case, when s ends with it.
func trimLowerSuffix(s, suffix string) string {
	if len(s) >= len(suffix) && lowerIs(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// startQualifier reads the words before a clock at i ("commencing at
// around", "from just after", "after") back to the bound lo, returning the
// qualifier and where the words start.
func startQualifier(t string, i, lo int) (readout.StartQualifier, int) {
	q, qs := readout.StartExact, i
	var seen [4]string // the words read, lower case, nearest the clock first
	n := 0
	j := i
	for n < len(seen) {
		k := j
		for k > lo && (t[k-1] == ' ' || t[k-1] == '\t') {
			k--
		}
		ws := k
		for ws > lo && isLetter(t[ws-1]) {
			ws--
		}
		if ws == k {
			break
		}
		word := ""
		for _, sw := range startWords {
			if lowerIs(t[ws:k], sw) {
				word = sw
				break
			}
		}
		if word == "" || word == "for" {
			break
		}
		seen[n] = word
		n++
		qs, j = ws, ws
	}
	for k, word := range seen[:n] {
		switch word {
		case "around", "about", "approximately":
			q = readout.StartAround
		case "after":
			q = readout.StartAfter
			if k+1 < n && (seen[k+1] == "just" || seen[k+1] == "shortly") {
				q = readout.StartJustAfter
			}
		}
		if q != readout.StartExact {
			break
		}
	}
	return q, qs
}

// duration handles "for [qualifier] DURATION" at [i, j).
func (w *whenScan) duration(i, j int, d readout.Duration, q readout.DurationQualifier) {
	cur := w.cur()
	if cur == nil || cur.hasDur {
		prev := cur
		cur = w.open()
		if prev != nil {
			// "(a meeting for approximately 45 minutes and a working lunch
			// for approximately 60 minutes)": the words before "for" name
			// the engagement.
			ev := eventBefore(w.p.text, max(prev.lastEl(), w.lastEnd), i)
			if ev.end > ev.start {
				cur.event, cur.eventEl = w.p.orig(ev.start, ev.end), ev
			}
		}
	}
	cur.dur, cur.durQ, cur.durEl, cur.hasDur = d, q, span{i, j}, true
	cur.els = append(cur.els, cur.durEl)
}

// eventBefore returns the words naming an engagement between lo and i,
// without a leading "and" or comma: "a working lunch".
func eventBefore(t string, lo, i int) span {
	s, e := trimSpace(t, lo, i)
	for s < e && (t[s] == ',' || t[s] == ';' || t[s] == '(') {
		s, e = trimSpace(t, s+1, e)
	}
	if n := wordAt(t[s:e], "and"); n > 0 {
		s, e = trimSpace(t, s+n, e)
	}
	if e-s > 60 || strings.ContainsAny(t[s:e], ".;()") {
		return span{}
	}
	return span{s, e}
}
