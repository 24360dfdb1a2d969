package parse

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// jaKindByClauses is jaKind as it was written first: it tries jaKindIn on
// each clause from the last to the first. jaKind must give the same meeting
// in one pass.
func (p *parser) jaKindByClauses(start, end int) {
	s := p.text
	pe := end
	if i := strings.Index(s[start:end], "ところ"); i >= 0 {
		pe = start + i
	}
	clauses := []int{start}
	depth := 0
	for i := start; i < pe; i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				clauses = append(clauses, i+1)
			}
		}
		if depth == 0 && strings.HasPrefix(s[i:pe], "、") {
			clauses = append(clauses, i+len("、"))
		}
	}
	for k := len(clauses) - 1; k >= 0; k-- {
		if p.jaKindIn(clauses[k], pe) || k == 0 {
			return
		}
	}
}

// TestJaKindOnePass compares jaKind with jaKindByClauses on sentences made
// of random clauses: kind words, purpose phrases (ため), 訪問中, に出席する,
// modes, brackets and both commas.
func TestJaKindOnePass(t *testing.T) {
	words := []string{
		"会談", "立ち話", "表敬", "ワーキング・ランチ", "首脳会談", "懇談", "協議", "会議", "会合",
		"訪問", "訪問中の", "訪問先の", "に出席", "に出席する", "に参加", "ため", "のため", "電話",
		"テレビ", "オンライン", "林外務大臣", "日米韓", "首脳", "と", "を行った", "し", "(", ")",
		",", "、", "ところ", "議長を務めました", "G7", "国連総会",
	}
	rng := rand.New(rand.NewPCG(6, 7))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(words[rng.IntN(len(words))])
		}
		text := b.String()
		want := newParser(text, newOptions(nil))
		want.jaKindByClauses(0, len(text))
		got := newParser(text, newOptions(nil))
		got.jaKind(0, len(text))
		if diff := cmp.Diff(want.m, got.m); diff != "" {
			t.Errorf("jaKind(%q) differs from the clause by clause reading (-want +got):\n%s", text, diff)
		}
	}
}

// TestLastIndexTame checks lastIndexTame against strings.LastIndex on
// texts with the word at either end, twice, cut through, and next to
// runes that share its bytes.
func TestLastIndexTame(t *testing.T) {
	for _, s := range []string{
		"", "ため", "会議出席のため訪日中の", "のためのため", "ため会談", "た", "め", "ため"[:4], "x" + "ため"[1:],
		"ためた", "あためためx", "見ため", "\x9f\x9f", "た\x9fめ", "会談を行った",
	} {
		if got, want := lastIndexTame(s), strings.LastIndex(s, "ため"); got != want {
			t.Errorf("lastIndexTame(%q) = %d, strings.LastIndex gives %d", s, got, want)
		}
	}
}
