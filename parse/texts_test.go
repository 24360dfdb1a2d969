package parse

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// englishReadouts are the English readouts the tests read: the corpus
// copy, the held-out and blind sets, and the golden tests' inputs.
var englishReadouts = []string{
	"../testdata/corpus/en/*.txt", "../testdata/heldout/en/*.txt",
	"../testdata/blind2/en/*.txt", "../testdata/en/*.txt",
}

// A testText is a readout file's text, normalised as Text does.
type testText struct {
	name, text string
}

// readTexts returns the normalised text of every file the glob patterns
// match, in order. It fails the test when they match none.
func readTexts(t testing.TB, patterns ...string) []testText {
	t.Helper()
	var texts []testText
	for _, pat := range patterns {
		files, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s, _ := normalize(string(b))
			texts = append(texts, testText{f, s})
		}
	}
	if len(texts) == 0 {
		t.Fatalf("no files match %q", patterns)
	}
	return texts
}

// randomLine returns 1 to most words picked by r from words, each followed
// by a space: a line for the tests that compare a shortcut with the
// reading it stands for.
func randomLine(r *rand.Rand, words []string, most int) string {
	var b strings.Builder
	for range 1 + r.IntN(most) {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}

// tokenize splits s[start:end] into words, in a slice of its own.
func tokenize(s string, start, end int) []tok {
	return appendTokens(make([]tok, 0, tokensCap(s, start, end)), s, start, end)
}

// splitLines returns the trimmed lines of s (appendLines).
func splitLines(s string) []line {
	return appendLines(nil, s)
}

// corpusTexts returns the texts of the corpus copy (English and Japanese),
// as written. It fails the test when there are none.
func corpusTexts(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/corpus/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	texts := make([]string, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// mutatedTexts returns n random texts of 1 to most of words, each word
// mutated one time in four (a byte replaced by one of subst, dropped or
// doubled) and followed by a space two times in three.
func mutatedTexts(r *rand.Rand, words []string, subst string, n, most int) []string {
	texts := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range 1 + r.IntN(most) {
			w := words[r.IntN(len(words))]
			if r.IntN(4) == 0 && len(w) > 1 {
				k := r.IntN(len(w))
				switch r.IntN(3) {
				case 0:
					w = w[:k] + string(subst[r.IntN(len(subst))]) + w[k+1:]
				case 1:
					w = w[:k] + w[k+1:]
				default:
					w = w[:k] + w[k:k+1] + w[k:]
				}
			}
			b.WriteString(w)
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}
