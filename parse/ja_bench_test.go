package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplomacy-data/readout/sample"
)

// Japanese shapes for the scaling benchmark: real Japanese readouts and
// hostile Japanese input, each grown to about n bytes.

const (
	jaBenchDate = "令和4年4月7日\n"
	// jaBenchLead opens a lead sentence that names the principal, a place
	// and a time; the shapes continue it.
	jaBenchLead = jaBenchDate + "ベルギーを訪問中の林芳正外務大臣は、現地時間4月7日午前9時45分(日本時間7日午後4時45分)から約2時間45分間、"
	jaBenchPred = "NATO外相会合に出席したところ、概要は以下のとおりです。\n"
)

// jaNames returns the k-th of many distinct two-kanji family names.
func jaName(k int) string {
	const base = 0x4E00 // CJK Unified Ideographs
	return string(rune(base+k%2000)) + string(rune(base+2000+k/2000%2000))
}

var jaShapes = []shape{
	// Real Japanese readouts, concatenated: the expected load.
	{"ja-readouts", func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(sample.Japanese)
			b.WriteString("\n\n")
		}
		s := b.String()[:n]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1] // cut on a rune boundary
		}
		return s
	}},
	// Full-width point markers "（１）", one per line, after a lead:
	// 100,000 of them in 1 MB.
	{"ja-points", func(n int) string {
		head := jaBenchLead + jaBenchPred
		return head + strings.Repeat("（１）あ\n", (n-len(head))/10)
	}},
	// A lead sentence of 、 (10,000 of them in 30 KB).
	{"ja-commas", func(n int) string {
		return jaBenchLead + strings.Repeat("、", (n-len(jaBenchLead)-len(jaBenchPred))/3) + jaBenchPred
	}},
	// A lead sentence of 、 whose predicate names no kind of engagement
	// (電話を行いました): every clause is tried.
	{"ja-commas-nokind", func(n int) string {
		lead := jaBenchDate + "本4日、林芳正外務大臣は、"
		pred := "電話を行いました。\n"
		return lead + strings.Repeat("、", (n-len(lead)-len(pred))/3) + pred
	}},
	// A lead whose place is one long katakana word.
	{"ja-katakana", func(n int) string {
		k := (n - len(jaBenchLead) - len(jaBenchPred)) / 3
		return jaBenchDate + strings.Repeat("ア", k) + "を訪問中の林芳正外務大臣は、現地時間4月7日午前9時45分から" + jaBenchPred
	}},
	// A lead whose place phrase repeats a place marker (訪問中) in one run
	// of kanji.
	{"ja-markers", func(n int) string {
		k := (n - len(jaBenchLead) - len(jaBenchPred)) / 9
		return jaBenchDate + "林" + strings.Repeat("訪問中", k) + "の林芳正外務大臣は、現地時間4月7日午前9時45分から" + jaBenchPred
	}},
	// One run of kanji that ends in an office, in the lead.
	{"ja-kanji", func(n int) string {
		k := (n - len(jaBenchLead) - len(jaBenchPred)) / 3
		return jaBenchLead + strings.Repeat("林", k) + "外務大臣と" + jaBenchPred
	}},
	// Many different people named in the body, one per point.
	{"ja-people", func(n int) string {
		var b strings.Builder
		b.WriteString(jaBenchLead + jaBenchPred + "1 会談\n")
		for k := 0; b.Len() < n; k++ {
			b.WriteString("（１）")
			b.WriteString(jaName(k))
			b.WriteString("外務大臣は述べた。\n")
		}
		return b.String()
	}},
}

// BenchmarkScalingJa parses each Japanese shape at 10 KB to 10 MB and
// reports ns/byte and the memory per input byte (as BenchmarkScaling).
func BenchmarkScalingJa(b *testing.B) { benchShapes(b, jaShapes) }

// jaCorpus returns the Japanese readouts of the corpus copy.
func jaCorpus(b *testing.B) []string {
	files, err := filepath.Glob("../testdata/corpus/ja/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no Japanese corpus", err)
	}
	var out []string
	for _, f := range files {
		s, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(s))
	}
	return out
}

// BenchmarkTextJa parses the Japanese corpus (the files one after another)
// and makes the floor's single pass over the same text, so that the two
// give the ratio for Japanese readouts alone.
func BenchmarkTextJa(b *testing.B) {
	texts := jaCorpus(b)
	b.Run("corpus-ja", func(b *testing.B) {
		b.SetBytes(int64(totalLen(texts)))
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range texts {
				if _, err := Text(s); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("corpus-ja-floor", func(b *testing.B) {
		b.SetBytes(int64(totalLen(texts)))
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range texts {
				sinkInt += floor(s)
			}
		}
	})
}
