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
