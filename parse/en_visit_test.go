package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayBeTo checks that visitsTo's prefilter rules out only what the
// tokens rule out: at every "visit" of the corpus copy and of random text
// of the words around it, their pieces and mutations, where mayBeTo says
// the next word cannot be "to", the words from "visit" on are not "visit"
// and "to".
func TestMayBeTo(t *testing.T) {
	texts := corpusTexts(t)
	words := []string{"visit", "visit", "visit", "to", "to", "To", "TO", "too", "tour", "today", "t", "o", "toJapan",
		"to,", "to.", "to'", "to's", "(to", "\"to", "'to", "[to", "to)", "to\"", "to:", "to;", "t.o", "into", "of", "Japan",
		"the", "by", "visits", ",", ".", "(", ")", "\"", "'", " ", "  ", "\t", "\n", "\r\n", "’", "é", "2", "tö", "to-day"}
	texts = append(texts, mutatedTexts(rand.New(rand.NewPCG(51, 52)), words, " ,.'\"()tToa", 5000, 6)...)
	ruledOut := 0
	for _, text := range texts {
		for off := 0; ; {
			v := strings.Index(text[off:], "visit")
			if v < 0 {
				break
			}
			pos := off + v
			off = pos + len("visit")
			if mayBeTo(text, off) {
				continue
			}
			ruledOut++
			// The words from every start visitsTo may tokenize from.
			for ws := pos; ws >= 0 && ws >= pos-3; ws-- {
				toks := appendTokensN(nil, text, ws, len(text), 2)
				if len(toks) >= 2 && int(toks[0].start) == pos && toks[0].w == "visit" && toks[1].w == "to" {
					t.Errorf("mayBeTo(%q) = false, but the words are %q, %q", text[pos:min(len(text), pos+20)], toks[0].w, toks[1].w)
				}
			}
		}
	}
	if ruledOut == 0 {
		t.Error("nothing ruled out")
	}
}
