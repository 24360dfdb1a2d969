package parse

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMayBeTo checks that visitsTo's prefilter rules out only what the
// tokens rule out: at every "visit" of the corpus copy and of random text
// of the words around it, their pieces and mutations, where mayBeTo says
// the next word cannot be "to", the words from "visit" on are not "visit"
// and "to".
func TestMayBeTo(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	words := []string{"visit", "visit", "visit", "to", "to", "To", "TO", "too", "tour", "today", "t", "o", "toJapan",
		"to,", "to.", "to'", "to's", "(to", "\"to", "'to", "[to", "to)", "to\"", "to:", "to;", "t.o", "into", "of", "Japan",
		"the", "by", "visits", ",", ".", "(", ")", "\"", "'", " ", "  ", "\t", "\n", "\r\n", "’", "é", "2", "tö", "to-day"}
	rnd := rand.New(rand.NewPCG(51, 52))
	for range 5000 {
		var b strings.Builder
		for range 1 + rnd.IntN(6) {
			w := words[rnd.IntN(len(words))]
			if rnd.IntN(4) == 0 && len(w) > 1 {
				// A mutation: a byte changed, dropped or doubled.
				k := rnd.IntN(len(w))
				switch rnd.IntN(3) {
				case 0:
					w = w[:k] + string(" ,.'\"()tToa"[rnd.IntN(11)]) + w[k+1:]
				case 1:
					w = w[:k] + w[k+1:]
				default:
					w = w[:k] + w[k:k+1] + w[k:]
				}
			}
			b.WriteString(w)
			if rnd.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
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
