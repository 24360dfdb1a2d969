package parse

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// TestNFKCStable checks the fast path of normalize against the Unicode
// tables: every rune it lets through unchanged is NFKC-normal, not folded,
// and starts a segment (never combines with the rune before it).
func TestNFKCStable(t *testing.T) {
	n := 0
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if !nfkcStable(r) {
			continue
		}
		n++
		s := string(r)
		if !norm.NFKC.IsNormalString(s) {
			t.Errorf("%U is stable but not NFKC-normal", r)
		}
		if _, ok := fold(r); ok {
			t.Errorf("%U is stable but folded", r)
		}
		if !norm.NFKC.PropertiesString(s).BoundaryBefore() {
			t.Errorf("%U is stable but may combine with the rune before it", r)
		}
	}
	if n < 20000 {
		t.Errorf("only %d stable runes; the fast path covers the ideographs and kana", n)
	}
}

// normalizeReference is normalize done the slow, obvious way: line ends
// made "\n", NFKC of the whole text, then the folds.
func normalizeReference(src string) string {
	src = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(src)
	return strings.Map(func(r rune) rune {
		if f, ok := fold(r); ok {
			if f == "" {
				return -1
			}
			r, _ = utf8.DecodeRuneInString(f)
		}
		return r
	}, norm.NFKC.String(src))
}

// checkNormalize returns the violations of normalize's contract on src: the
// text is the reference normalisation, and the offset map is monotone, in
// range and maps each unchanged stretch to the same bytes.
func checkNormalize(src string) []string {
	var errs []string
	text, m := normalize(src)
	if want := normalizeReference(src); text != want {
		errs = append(errs, fmt.Sprintf("normalize(%q) = %q, want %q", src, text, want))
	}
	prevStart, prevEnd := 0, 0
	for n := 0; n <= len(text); n++ {
		s, e := m.start(n), m.end(n)
		if s < 0 || e > len(src) || s > e {
			errs = append(errs, fmt.Sprintf("offset %d maps to [%d,%d), outside [0,%d] or reversed", n, s, e, len(src)))
			break
		}
		if s < prevStart || e < prevEnd {
			errs = append(errs, fmt.Sprintf("offset %d maps to [%d,%d), before offset %d's [%d,%d)", n, s, e, n-1, prevStart, prevEnd))
			break
		}
		prevStart, prevEnd = s, e
	}
	// A breakpoint of n stretches maps every offset as n breakpoints of
	// one stretch each would.
	one := offsetMap{bps: splitBreakpoints(m.bps)}
	for n := 0; n <= len(text); n++ {
		if s, e, ws, we := m.start(n), m.end(n), one.start(n), one.end(n); s != ws || e != we {
			errs = append(errs, fmt.Sprintf("offset %d maps to [%d,%d), one breakpoint a stretch to [%d,%d)", n, s, e, ws, we))
			break
		}
	}
	for o := 0; o <= len(src); o++ {
		if got, want := m.from(o), one.from(o); got != want {
			errs = append(errs, fmt.Sprintf("input offset %d maps back to %d, one breakpoint a stretch to %d", o, got, want))
			break
		}
	}
	// Between the changed stretches, the text is the input.
	no, oo := 0, 0
	for _, b := range m.bps {
		bn, bo := int(b.norm), int(b.orig)
		if bn-no != bo-oo || bn > len(text) || bo > len(src) || text[no:bn] != src[oo:bo] {
			errs = append(errs, fmt.Sprintf("unchanged stretch before %+v differs", b))
			return errs
		}
		if b.n < 1 || b.nlen%b.n != 0 || b.olen%b.n != 0 {
			errs = append(errs, fmt.Sprintf("breakpoint %+v: not n stretches of equal lengths", b))
			return errs
		}
		no, oo = bn+int(b.nlen), bo+int(b.olen)
	}
	if no > len(text) || oo > len(src) || text[no:] != src[oo:] {
		errs = append(errs, "unchanged tail differs")
	}
	return errs
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		src, reason string
	}{
		{"", "empty"},
		{"plain ASCII", "identity"},
		{"Russia’s “FOIP”", "curly quotes fold"},
		{"１．（１）　令和４年４月７日", "full-width digits, brackets and space"},
		{"ｶﾀｶﾅ", "half-width katakana become full-width"},
		{"か\u3099", "a voiced mark composes with the kana before it"},
		{"e\u0301 and \u0301 alone", "combining accents"},
		{"\ufeffBOM and zero\u200bwidth", "removed characters"},
		{"外務大臣・林芳正", "stable Japanese"},
		{"x" + strings.Repeat("\u0301", 100), "a long run of combining marks"},
		{"Café • résumé", "Latin-1 letters and a bullet on the fast path"},
		{"a\r\nb\rc\n\r\r\n", "CRLF and CR become LF"},
		{"\r\u200b\n\r", "a CR and an LF apart stay two line ends"},
		{"（１）\r\n１．", "line ends among normalised characters"},
		{"（１）（２）\n（３）あ（４）", "runs of full-width characters, one breakpoint a run"},
		{"\r\r\r\n\r\n\r", "runs of line ends of one and two bytes"},
		{"“‘x’”\u200b\u200b\ufeffｱｲ", "folds, removed characters and half-width kana side by side"},
		{strings.Repeat("（１）あ\n", 2000), "a long text of full-width numbering: the map grows by prediction"},
		{strings.Repeat("（a", 2000) + strings.Repeat("あ", 20000), "a dense start, then a long stable text"},
		{"\u2460\u2461 ㈱ ㍻", "circled digits and squared words decompose"},
	}
	for _, tt := range tests {
		for _, e := range checkNormalize(tt.src) {
			t.Errorf("%s: %s", tt.reason, e)
		}
	}
}

// TestIsHanKana checks the fast path of isHanKana against the Unicode tables.
func TestIsHanKana(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := isHanKana(r), unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana); got != want {
			t.Errorf("isHanKana(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestNormalizeFastPath checks that normalize, which folds in place when
// every character is ASCII, nfkcStable or fastFold, gives the text and the
// breakpoints of the segment-by-segment NFKC pass (normalizeFull) on random
// texts of every such character with line ends, and with characters that
// need the full pass mixed in.
func TestNormalizeFastPath(t *testing.T) {
	var folds []string
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if _, ok := fold(r); ok {
			folds = append(folds, string(r))
		}
	}
	easy := append([]string{"a", "Z", " ", ".", "\n", "\r", "\r\n", "é", "あ", "ア", "漢", "•", "、", "々"}, folds...)
	hard := []string{"\u0301", "\u3099", "ｱ", "Ａ", "…", "—", "\u00ad", "ﬁ", "\xff"}
	rnd := rand.New(rand.NewPCG(4, 5))
	for n := range 4000 {
		var b strings.Builder
		alphabet := easy
		if n%4 == 3 {
			alphabet = append(append([]string(nil), easy...), hard...)
		}
		for range rnd.IntN(12) {
			b.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		src := b.String()
		text, m := normalize(src)
		wantText, wantMap := normalizeFull(src)
		if text != wantText || !slices.Equal(m.bps, wantMap.bps) {
			t.Errorf("normalize(%q) = %q %+v, want %q %+v", src, text, m.bps, wantText, wantMap.bps)
		}
	}
	// Each fold after and before each easy character, alone.
	for _, f := range folds {
		for _, e := range easy {
			for _, src := range []string{e + f, f + e, e + f + e} {
				text, m := normalize(src)
				wantText, wantMap := normalizeFull(src)
				if text != wantText || !slices.Equal(m.bps, wantMap.bps) {
					t.Errorf("normalize(%q) = %q %+v, want %q %+v", src, text, m.bps, wantText, wantMap.bps)
				}
			}
		}
	}
}

// splitBreakpoints returns bps with every breakpoint of n stretches made n
// breakpoints of one.
func splitBreakpoints(bps []breakpoint) []breakpoint {
	var out []breakpoint
	for _, b := range bps {
		pn, po := b.nlen/max(b.n, 1), b.olen/max(b.n, 1)
		for k := range b.n {
			out = append(out, breakpoint{norm: b.norm + k*pn, nlen: pn, orig: b.orig + k*po, olen: po, n: 1})
		}
	}
	return out
}

// TestBreakpointRuns checks that adjacent stretches changed alike share a
// breakpoint, on the full pass and on the fast path.
func TestBreakpointRuns(t *testing.T) {
	tests := []struct {
		src    string
		want   []breakpoint
		reason string
	}{
		{"（１）（２）\n（３）", []breakpoint{{norm: 0, nlen: 6, orig: 0, olen: 18, n: 6}, {norm: 7, nlen: 3, orig: 19, olen: 9, n: 3}}, "a line end parts two runs"},
		{"x“‘y", []breakpoint{{norm: 1, nlen: 2, orig: 1, olen: 6, n: 2}}, "two folds of the fast path"},
		{"a\r\n\r\nb\rc", []breakpoint{{norm: 1, nlen: 2, orig: 1, olen: 4, n: 2}, {norm: 4, nlen: 1, orig: 6, olen: 1, n: 1}}, "line ends of two bytes, then one"},
		{"\u200b\u200b", []breakpoint{{norm: 0, nlen: 0, orig: 0, olen: 3, n: 1}, {norm: 0, nlen: 0, orig: 3, olen: 3, n: 1}}, "removed characters stay apart"},
	}
	for _, tt := range tests {
		_, m := normalize(tt.src)
		if diff := cmp.Diff(tt.want, m.bps, cmp.AllowUnexported(breakpoint{})); diff != "" {
			t.Errorf("%s: normalize(%q) breakpoints (-want +got):\n%s", tt.reason, tt.src, diff)
		}
	}
}

// TestNormalizeMapSize checks that the map of a long input is kept at about
// its size, whatever its growth predicted, and the text too.
func TestNormalizeMapSize(t *testing.T) {
	tests := []struct {
		src, reason string
	}{
		{strings.Repeat("（１）あ\n", 20000), "even full-width numbering"},
		{strings.Repeat("（a", 5000) + strings.Repeat("あ", 100000), "a dense start over-predicts"},
		{strings.Repeat("あ", 100000) + strings.Repeat("（a", 5000), "a stable start under-predicts"},
	}
	for _, tt := range tests {
		text, m := normalizeFull(tt.src)
		if n := len(m.bps); cap(m.bps) > n+n/8+16 {
			t.Errorf("%s: %d breakpoints in a map of %d", tt.reason, n, cap(m.bps))
		}
		if want := normalizeReference(tt.src); text != want {
			t.Errorf("%s: text differs from NFKC", tt.reason)
		}
	}
}
