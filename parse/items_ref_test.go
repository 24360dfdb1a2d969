package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// The item markers take shortcuts on the first byte of a line; these are
// the readings as first written, to check the shortcuts against.

func bulletMarkerRef(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '・', '-', '*', '▪', '●', '◦', '■', '□', '◆', '◇', '○', '‣', '∙', '·':
		if r == '-' || r == '*' {
			if size >= len(s) || s[size] != ' ' {
				return 0
			}
		}
		return skipSpace(s, size)
	}
	return 0
}

func pointMarkerRef(s string) (n, rest int) {
	i := bulletMarkerRef(s)
	if m, r := itemMarker(s[i:]); m > 0 && strings.HasPrefix(s[i+r:], "(") {
		i += r
	}
	if i >= len(s) || s[i] != '(' {
		return 0, 0
	}
	n, w := number(s[i+1:])
	if n == 0 || i+1+w >= len(s) || s[i+1+w] != ')' {
		return 0, 0
	}
	return n, skipSpace(s, i+2+w)
}

func isImagePlaceholderRef(s string) bool {
	for _, w := range imageWords {
		if rest, ok := strings.CutPrefix(s, w); ok {
			rest = strings.TrimLeft(rest, " ")
			n, w := number(rest)
			return n > 0 && w == len(rest)
		}
	}
	return false
}

func isCaptionRef(s string) bool {
	return strings.Contains(s, "Photo") || strings.Contains(s, "photo") || strings.Contains(s, "写真")
}

// refTestLines returns every line of the corpus copy and 30,000 random
// lines of up to most-1 of the given pieces.
func refTestLines(t *testing.T, seed uint64, pieces []string, most int) []string {
	t.Helper()
	var lines []string
	for _, text := range corpusTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	rnd := rand.New(rand.NewPCG(seed, seed+1))
	for range 30000 {
		var b strings.Builder
		for range rnd.IntN(most) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	return lines
}

// TestItemMarkersRef checks bulletMarker, pointMarker, isImagePlaceholder
// and isCaption against the readings as first written, on every line of
// the corpus copy and on random lines of markers, digits and words.
func TestItemMarkersRef(t *testing.T) {
	pieces := []string{"", " ", "  ", "\t", "\u3000", "-", "*", "•", "・", "▪", "●", "◦", "■", "□", "◆", "◇", "○", "‣", "∙", "·",
		"(", ")", "1", "2", "12", "123", "0", ".", "1.", "1)", "(1)", "(12)", "画像", "写真", "Photo", "photo", "Image", "image",
		"Pho", "画", "\xe7", "\xff", "x", "The", "日", "１",
		"hoto", "P", "p", "h", "oto", "写", "真", "写真", "PHOTO", "Photos", "shoto", "\xc2", "\xe2", "\xe3", "\xe2\x80"}
	for _, l := range refTestLines(t, 21, pieces, 6) {
		if got, want := bulletMarker(l), bulletMarkerRef(l); got != want {
			t.Errorf("bulletMarker(%q) = %d, want %d", l, got, want)
		}
		gn, gr := pointMarker(l)
		wn, wr := pointMarkerRef(l)
		if gn != wn || gr != wr {
			t.Errorf("pointMarker(%q) = %d, %d, want %d, %d", l, gn, gr, wn, wr)
		}
		if got, want := isImagePlaceholder(l), isImagePlaceholderRef(l); got != want {
			t.Errorf("isImagePlaceholder(%q) = %v, want %v", l, got, want)
		}
		if got, want := isCaption(l), isCaptionRef(l); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", l, got, want)
		}
	}
}
