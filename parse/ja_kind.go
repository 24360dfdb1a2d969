package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
)

// The kind of a Japanese engagement is read from the predicate of the lead
// sentence, its last clause ("…と会談を行ったところ", "…に出席したところ",
// "…を表敬したところ"), so that a purpose clause ("国連総会に出席するため")
// does not count. The first kind word of the predicate wins:
// "ワーキングランチ及び首脳会談" is a working meal.
var jaKinds = []struct {
	word string
	kind readout.Kind
}{
	{"立ち話", readout.KindInformalTalk},
	{"表敬", readout.KindCourtesyCall},
	{"ワーキング・ランチ", readout.KindWorkingMeal},
	{"ワーキングランチ", readout.KindWorkingMeal},
	{"ワーキング・ディナー", readout.KindWorkingMeal},
	{"ワーキングディナー", readout.KindWorkingMeal},
	{"夕食会", readout.KindWorkingMeal},
	{"昼食会", readout.KindWorkingMeal},
	{"朝食会", readout.KindWorkingMeal},
	{"晩餐会", readout.KindWorkingMeal},
	{"首脳会談", readout.KindSummit},
	{"首脳電話会談", readout.KindSummit},
	{"首脳テレビ会談", readout.KindSummit},
	{"会談", readout.KindMeeting},
	{"懇談", readout.KindMeeting},
	{"会議", readout.KindMeeting},
	{"会合", readout.KindMeeting},
	{"訪問", readout.KindVisit},
}

// jaKind sets the kind, mode and event from the lead sentence [start, end).
func (p *parser) jaKind(start, end int) {
	s := p.text
	pe := end
	if i := strings.Index(s[start:end], "ところ"); i >= 0 {
		pe = start + i
	}
	// The predicate starts after the last comma outside brackets.
	ps := start
	depth := 0
	for i := start; i < pe; i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				ps = i + 1
			}
		}
		if depth == 0 && strings.HasPrefix(s[i:pe], "、") {
			ps = i + len("、")
		}
	}
	pred := s[ps:pe]
	best, at := readout.KindUnknown, len(pred)
	for _, k := range jaKinds {
		if i := strings.Index(pred, k.word); i >= 0 && i < at {
			best, at = k.kind, i
		}
	}
	if i := strings.Index(pred, "に出席"); i >= 0 {
		best = readout.KindMultilateral
		b := runStart(s, ps, ps+i)
		if ev := s[b : ps+i]; ev != "" && ev != "会談" && ev != "会合" {
			p.m.Event, p.m.EventSpan = p.orig(b, ps+i), p.span(b, ps+i)
		}
	} else if i := strings.Index(pred, "に参加"); i >= 0 {
		best = readout.KindMultilateral
	}
	p.m.Kind = best
	switch {
	case strings.Contains(pred, "電話"):
		p.m.Mode = readout.ModeTelephone
	case strings.Contains(pred, "テレビ") || strings.Contains(pred, "ビデオ") || strings.Contains(pred, "オンライン"):
		p.m.Mode = readout.ModeVideo
	case best != readout.KindUnknown:
		p.m.Mode = readout.ModeInPerson
	}
}
