package bench

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"

	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

// floor is the least work a parser must do: one pass that decodes every
// rune of src and counts the lines (the same function as in
// parse/bench_test.go).
func floor(src string) int {
	n := 0
	for _, r := range src {
		if r == '\n' {
			n++
		}
	}
	return n
}

var (
	sinkInt int
	sinkAny any
	// base is the reference time for the relative-date parsers: the
	// seed's publication date.
	base = time.Date(2022, 4, 7, 12, 0, 0, 0, time.UTC)
)

func newWhen() *when.Parser {
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	return w
}

// corpus returns the texts of the corpus copy, English then Japanese.
func corpus(b *testing.B, lang string) []string {
	files, err := filepath.Glob("../testdata/corpus/" + lang + "/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus: %v", err)
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

// BenchmarkSeed runs every parser on the English seed; the sub-benchmark
// names are the parsers, so benchstat puts them side by side.
func BenchmarkSeed(b *testing.B) {
	src := sample.English
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				f()
			}
		})
	}
	run("floor", func() { sinkInt += floor(src) })
	run("readout", func() {
		m, err := parse.Text(src)
		if err != nil {
			b.Fatal(err)
		}
		sinkAny = m
	})
	w := newWhen()
	run("when", func() {
		r, err := w.Parse(src, base)
		if err != nil {
			b.Fatal(err)
		}
		sinkAny = r
	})
	// The language is given: detecting it among all of go-dateparser's
	// languages costs about 25 times more.
	cfg := &dateparser.Configuration{CurrentTime: base, Languages: []string{"en"}}
	run("dateparser", func() {
		_, r, err := dateparser.Search(cfg, src)
		if err != nil {
			b.Fatal(err)
		}
		sinkAny = r
	})
}

// BenchmarkSeedJa runs readout and the floor on the Japanese seed (neither
// peer has Japanese rules that find its dates).
func BenchmarkSeedJa(b *testing.B) {
	src := sample.Japanese
	b.Run("floor", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			sinkInt += floor(src)
		}
	})
	b.Run("readout", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := parse.Text(src); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCorpusEn runs readout, the floor and when on every English
// readout of the corpus copy, one after another.
func BenchmarkCorpusEn(b *testing.B) {
	texts := corpus(b, "en")
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	run := func(name string, f func(string)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range texts {
					f(s)
				}
			}
		})
	}
	run("floor", func(s string) { sinkInt += floor(s) })
	run("readout", func(s string) {
		if _, err := parse.Text(s); err != nil {
			b.Fatal(err)
		}
	})
	w := newWhen()
	run("when", func(s string) {
		r, err := w.Parse(s, base)
		if err != nil {
			b.Fatal(err)
		}
		sinkAny = r
	})
}
