package parse

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/diplomacy-data/readout"
)

// TestMayStartWordPhrase checks that phrase, which reads a word only when
// mayStartWordPhrase says a phrase may start there, skips nothing
// readPhrase would read: at every letter it rules out, in the corpus copy
// and in random text of date, clock and duration words, their pieces and
// mutations, readPhrase reads nothing and changes nothing.
func TestMayStartWordPhrase(t *testing.T) {
	texts := corpusTexts(t)
	words := []string{"for", "For", "FOR", "fore", "noon", "Noon", "midday", "Midnight", "midst", "on", "On", "the", "The",
		"3rd", "3rd,", "of", "March", "Mar.", "may", "May", "Sept.", "Sep", "June", "Jun", "jun", "Monday", "Mon.", "Tues",
		"thu", "Thurs", "Sat", "satisfied", "Wed", "wedding", "approximately", "about", "an", "a", "hour", "hours", "half",
		"2", "45", "minutes", "9:45", "a.m.", "p.m.", "(", ")", ",", ".", " ", "  ", "2022", "2016-09-08", "7", "April",
		"Japan", "Friday", "from", "Fri", "Feb", "Dec", "Oct", "Nov", "Aug", "Jul", "Jan", "Sun", "sunday", "\u212a", "é"}
	texts = append(texts, mutatedTexts(rand.New(rand.NewPCG(41, 42)), words, "abcdefghijklmnopqrstuvwxyz", 3000, 8)...)
	checked := 0
	for _, text := range texts {
		p := &parser{text: text, m: &readout.Meeting{}}
		for i := 0; i < len(text); i++ {
			if !isLetter(text[i]) || mayStartWordPhrase(text[i:]) {
				continue
			}
			w := &whenScan{p: p, end: len(text), lastEnd: i}
			before := *w
			if n := w.readPhrase(i); n != 0 {
				t.Errorf("readPhrase at %q = %d, but mayStartWordPhrase rules it out", text[i:min(len(text), i+30)], n)
			}
			if !reflect.DeepEqual(before, *w) || len(p.m.Unparsed) > 0 {
				t.Errorf("readPhrase at %q changed the scan, but mayStartWordPhrase rules it out", text[i:min(len(text), i+30)])
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no position checked")
	}
}
