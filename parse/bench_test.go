package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplomacy-data/readout/sample"
)

// Benchmarks. BenchmarkText and BenchmarkFloor run on the same inputs, so
// their ratio is the parser's cost over a single pass that merely touches
// each byte. BenchmarkScaling reports ns/byte on growing inputs; linear
// scaling keeps it flat. BENCHMARKS.md has the commands and the results.

// floor is the least work a parser must do: one pass that decodes every
// rune of src and counts the lines.
func floor(src string) int {
	n := 0
	for _, r := range src {
		if r == '\n' {
			n++
		}
	}
	return n
}

var sinkInt int

// benchInputs returns the benchmark inputs: each seed, and the whole corpus
// copy as one input (the corpus files parsed one after another).
func benchInputs(b *testing.B) []struct {
	name  string
	texts []string
} {
	var corpus []string
	for _, pat := range []string{"../testdata/corpus/en/*.txt", "../testdata/corpus/ja/*.txt"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			s, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			corpus = append(corpus, string(s))
		}
	}
	return []struct {
		name  string
		texts []string
	}{
		{"seed-en", []string{sample.English}},
		{"seed-ja", []string{sample.Japanese}},
		{"corpus", corpus},
	}
}

func totalLen(texts []string) int {
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	return n
}

// BenchmarkText parses the seeds and the corpus.
func BenchmarkText(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(totalLen(in.texts)))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range in.texts {
					if _, err := Text(s); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkFloor makes one pass over the same inputs as BenchmarkText.
func BenchmarkFloor(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(totalLen(in.texts)))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range in.texts {
					sinkInt += floor(s)
				}
			}
		})
	}
}

const benchLead = "April 7, 2022\nOn April 7, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with "

// shapes are the inputs of BenchmarkScaling, each grown to about n bytes.
var shapes = []shape{
	// Real readouts, concatenated: the expected load.
	{"readouts", func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(sample.English)
			b.WriteString("\n\n")
			b.WriteString(sample.Japanese)
			b.WriteString("\n\n")
		}
		return b.String()[:n]
	}},
	// Point markers "(1) x", one per line, after a lead.
	{"points", func(n int) string {
		return benchLead + "NATO.\n" + strings.Repeat("(1) x\n", (n-len(benchLead)-6)/6)
	}},
	// One line of words, no line end.
	{"line", func(n int) string { return strings.Repeat("word ", n/5) }},
	// Nested parentheses in the lead sentence.
	{"nested", func(n int) string {
		k := (n - len(benchLead) - 6) / 2
		return benchLead + strings.Repeat("(", k) + "NATO" + strings.Repeat(")", k) + ".\n"
	}},
	// A lead sentence of commas.
	{"commas", func(n int) string {
		return benchLead + strings.Repeat(", ", (n-len(benchLead)-6)/2) + "NATO.\n"
	}},
	// A body item of commas after a "visit to", which the body's place
	// rule reads words after.
	{"visit-commas", func(n int) string {
		const item = "NATO.\n1. The visit to "
		return benchLead + item + strings.Repeat(", ", (n-len(benchLead)-len(item)-1)/2) + "\n"
	}},
}

// BenchmarkScaling parses each shape at 10 KB to 10 MB and reports, per
// input byte: ns/byte; allocB/byte, the bytes allocated by a parse (an upper
// bound of its peak memory); peakB/byte, the high-water mark of the live
// heap during a parse, and peak≤B/byte, an upper bound of it, both from
// measureHeap; and keptB/byte, the live heap of the result.
func BenchmarkScaling(b *testing.B) { benchShapes(b, shapes) }

// A shape is a kind of input grown to about n bytes for the scaling
// benchmarks.
type shape struct {
	name string
	make func(n int) string
}

// benchShapes parses each shape at 10 KB to 10 MB and reports ns/byte and
// the memory per input byte (reportHeap).
func benchShapes(b *testing.B, shapes []shape) {
	for _, sh := range shapes {
		for _, n := range []int{10 << 10, 100 << 10, 1 << 20, 10 << 20} {
			src := sh.make(n)
			b.Run(fmt.Sprintf("%s/%s", sh.name, size(n)), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Text(src); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(src)), "ns/byte")
				reportHeap(b, src)
			})
		}
	}
}

// reportHeap reports the memory of a parse of src per input byte, from
// more parses outside the timed loop: up to three while the watcher
// missed GC cycles.
func reportHeap(b *testing.B, src string) {
	u := measureHeap(peakGCPercent, func() any {
		m, _ := Text(src)
		return m
	})
	for range 2 {
		if u.seen == u.cycles {
			break
		}
		v := measureHeap(peakGCPercent, func() any {
			m, _ := Text(src)
			return m
		})
		peakMax := min(u.peakMax, v.peakMax) // both are bounds
		if v.cycles-v.seen < u.cycles-u.seen {
			u = v
		}
		u.peakMax = peakMax
	}
	n := float64(len(src))
	b.ReportMetric(float64(u.alloc)/n, "allocB/byte")
	b.ReportMetric(float64(u.retained)/n, "keptB/byte")
	b.ReportMetric(float64(u.peak)/n, "peakB/byte")
	b.ReportMetric(float64(u.peakMax)/n, "peak≤B/byte")
	if u.seen < u.cycles {
		b.Logf("peak: %d of %d GC cycles seen", u.seen, u.cycles)
	}
}

// peakGCPercent is the collector's setting while BenchmarkScaling measures
// the peak: a cycle after every 2% of heap growth.
const peakGCPercent = 2

func size(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}
