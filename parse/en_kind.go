package parse

import (
	"bytes"
	"strings"

	"github.com/diplomacy-data/readout"
)

// Kind, mode and event. The lead's main verb and the noun phrase after it
// — the engagement — say what kind of engagement it was:
//
//	held a meeting / talks / a Foreign Ministers' Meeting   meeting
//	held a summit meeting / a Summit Telephone Talk        summit
//	paid / received a courtesy call                        courtesy_call
//	held a dinner meeting / a working lunch                working_meal
//	attended / chaired / took part in the ... Meeting      multilateral
//	held a Japan-Australia-India-U.S. ... Meeting          multilateral (three or more parties)
//	visited X from ... to ...                              visit
//	visited X and held a meeting with Y                    meeting (the visit is where)
//	... unless the page is about the visit                 visit   (see visitPage)
//	held informal talks / had a brief talk / stand-up      informal_talk
//
// The first engagement named decides, and its head noun the kind: "a
// Foreign Ministers' Meeting and working dinner" is a meeting (the dinner
// is a further session), "a summit working lunch" a working meal. The
// mode is telephone or video when the engagement or the first sentence
// says "telephone", "teleconference", "phone", "video conference",
// "online" or "virtual", whatever the page's title says; in person
// otherwise.

// leadVerbWords are the main verbs of a lead, lower case.
var leadVerbWords = wordSet(`held hold had attended chaired co-chaired paid received met visited gave
hosted joined participated took made conducted`)

// leadVerbSet is leadVerbWords with hints: most words of a lead are told
// apart from the verbs by their length and first and last bytes, without a
// lookup.
var leadVerbSet = newHintedSet(leadVerbWords)

// isLeadVerb reports leadVerbWords[w].
func isLeadVerb(w string) bool { return leadVerbSet.has(w) }

// multilateralVerbs attend or chair a meeting of many parties.
var multilateralVerbs = wordSet(`attended chaired co-chaired joined participated took`)

// engagementNouns are the head nouns of an engagement.
var engagementNouns = wordSet(`meeting meetings talks talk conference dialogue summit session call conversation
teleconference videoconference lunch dinner breakfast luncheon meal consultation consultations reception
exchange discussion`)

// meals are the engagement nouns of a working meal.
var meals = wordSet(`lunch dinner breakfast luncheon meal`)

// mealSet is meals with hints, for the words of an engagement.
var mealSet = newHintedSet(meals)

// engagementEnd are the words that end the engagement phrase.
var engagementEnd = newHintedSet(wordSet(`with from on to between at in for during by upon who which while following`))

// enKind reads the kind, the mode and the event from the lead's words,
// whose first sentence is toks[:first].
func (p *parser) enKind(toks []tok, first int, memo *personMemo) {
	verb := -1
	for i := range toks {
		t := &toks[i]
		if isLeadVerb(t.w) && (t.w != "took" || i+1 < len(toks) && toks[i+1].w == "part") {
			verb = i
			break
		}
	}
	if verb >= 0 && toks[verb].w == "visited" && !p.visitPage(toks, verb) {
		// "visited Bratislava, the Slovak Republic, and held a meeting
		// with ...": the visit is where; the engagement is the second verb.
		for k := verb + 1; k+1 < first; k++ {
			if toks[k].w == "and" && isLeadVerb(toks[k+1].w) && toks[k+1].w != "visited" {
				verb = k + 1
				break
			}
		}
	}
	var phrase []tok
	if verb >= 0 {
		j := verb + 1
		if toks[verb].w == "took" && j < len(toks) && toks[j].w == "part" {
			j++
		}
		st := newStarters(toks)
		for k := j; k < len(toks); k++ {
			if engagementEnd.has(toks[k].w) || (k > j && toks[k].open()) {
				break
			}
			if st.may(k) {
				if ps, ok := memo.personAt(toks, k); ok && ps.named() {
					break
				}
			}
			phrase = toks[j : k+1]
			if toks[k].comma() || toks[k].stop() {
				break
			}
		}
	}
	kind, event := classify(toks, verb, phrase)
	if verb < 0 || len(phrase) == 0 && kind == readout.KindMeeting {
		// "Talks between ... by telephone took place": the sentence.
		if k, _ := classify(toks, -1, toks[:first]); k != readout.KindMeeting {
			kind = k
		}
	}
	p.m.Kind = kind
	p.m.Mode = readout.ModeInPerson
	if m := modeOf(phrase); m != readout.ModeUnknown {
		p.m.Mode = m
	} else if m := modeOf(toks[:first]); m != readout.ModeUnknown {
		p.m.Mode = m
	}
	if event[1] > event[0] {
		p.m.Event, p.m.EventSpan = p.orig(event[0], event[1]), p.span(event[0], event[1])
	}
}

// classify returns the kind of the engagement phrase after the verb
// toks[verb] (-1 when there is none) and the span of the event it names.
func classify(toks []tok, verb int, phrase []tok) (readout.Kind, [2]int) {
	var event [2]int
	v := ""
	if verb >= 0 {
		v = toks[verb].w
	}
	// The event: the phrase without its article, up to "and" before a
	// second engagement, when it is a name (has a capital).
	if len(phrase) > 0 {
		a := 0
		switch strings.ToLower(phrase[0].w) {
		case "the", "a", "an", "his", "her", "their":
			a = 1
		}
		b := len(phrase)
		for k := a + 1; k < len(phrase); k++ {
			if phrase[k].w == "and" && k+1 < len(phrase) && !isCap(phrase[k+1].w) {
				b = k
				break
			}
		}
		capital := false
		for k := a; k < b; k++ {
			t := &phrase[k]
			if isCap(t.w) || t.w != "" && t.w[0] >= '0' && t.w[0] <= '9' {
				capital = true
			}
		}
		if capital && b > a {
			event = [2]int{int(phrase[a].start), int(phrase[b-1].end)}
		}
	}
	// The phrase in lower case, its words between single spaces and
	// with a space at each end; on the stack when it fits.
	var buf [256]byte
	joined := appendLowerJoined(buf[:0], phrase)
	has := func(w string) bool { return bytes.Contains(joined, []byte(w)) }
	switch {
	case has(" courtesy "):
		return readout.KindCourtesyCall, event
	case has(" informal ") || has(" brief talk") || has("stand-up") || has("pull-aside") || has(" standing "):
		return readout.KindInformalTalk, event
	case v == "visited":
		return readout.KindVisit, [2]int{} // the object is the place visited
	}
	// The first engagement is the compound up to "and" or "followed by":
	// a meal anywhere in it makes a working meal ("a dinner meeting", "a
	// summit working lunch", "a meeting over lunch"); a meal after it is a
	// further session ("a summit meeting and a working dinner").
	for k := range phrase {
		t := &phrase[k]
		if lowerIs(t.w, "and") || lowerIs(t.w, "followed") || t.w == "&" || lowerIs(t.w, "plus") {
			break
		}
		var wb [32]byte
		w := appendLower(wb[:0], t.w)
		if mealSet.hasBytes(bytes.TrimSuffix(bytes.TrimSuffix(w, []byte("'s")), []byte("'"))) {
			return readout.KindWorkingMeal, event
		}
	}
	switch {
	case multilateralVerbs[v]:
		return readout.KindMultilateral, event
	case has("trilateral") || has("multilateral") || parties(phrase) >= 3:
		return readout.KindMultilateral, event
	case has("summit"):
		return readout.KindSummit, event
	}
	return readout.KindMeeting, event
}

// appendLowerJoined appends " " + strings.Join(lower-cased words, " ") +
// " " of the tokens to dst.
func appendLowerJoined(dst []byte, toks []tok) []byte {
	dst = append(dst, ' ')
	for k := range toks {
		t := &toks[k]
		if k > 0 {
			dst = append(dst, ' ')
		}
		dst = appendLower(dst, t.w)
	}
	return append(dst, ' ')
}

// appendLower appends strings.ToLower(w) to dst, folding ASCII in place.
func appendLower(dst []byte, w string) []byte {
	if !isASCII(w) {
		return append(dst, strings.ToLower(w)...)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// parties counts the parties of a name such as "Japan-Australia-India-U.S.".
func parties(phrase []tok) int {
	n := 0
	for k := range phrase {
		t := &phrase[k]
		if isCap(t.w) && strings.Count(t.w, "-") >= 1 {
			parts := strings.Split(t.w, "-")
			caps := 0
			for _, s := range parts {
				if isCap(s) {
					caps++
				}
			}
			n = max(n, caps)
		}
	}
	return n
}

// modeOf returns the mode the words say, or ModeUnknown.
func modeOf(toks []tok) readout.Mode {
	for k := range toks {
		w := toks[k].w
		if w == "" {
			continue
		}
		// Only the first letter of each word below (no other byte, nor a
		// non-ASCII letter, lower-cases to it) leads to its tests.
		switch w[0] | 0x20 {
		case 't':
			if hasLowerPrefix(w, "telephone") || lowerIs(w, "teleconference") || lowerIs(w, "telephonic") {
				return readout.ModeTelephone
			}
		case 'p':
			if lowerIs(w, "phone") {
				return readout.ModeTelephone
			}
		case 'v':
			if lowerIs(w, "videoconference") || hasLowerPrefix(w, "video") || lowerIs(w, "virtual") {
				return readout.ModeVideo
			}
		case 'o':
			if lowerIs(w, "online") {
				return readout.ModeVideo
			}
		case 'w':
			if lowerIs(w, "web") && k+1 < len(toks) && hasLowerPrefix(toks[k+1].w, "conference") {
				return readout.ModeVideo
			}
		}
	}
	return readout.ModeUnknown
}
