package parse

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/sample"
)

// checkReference is the input check of Text written rune by rune: the first
// control byte or invalid UTF-8 byte is an error at its position; input of
// white space alone is empty.
func checkReference(src string) (error, readout.Pos) {
	blank := true
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return ErrInvalidUTF8, refPos(src, i)
		case r < utf8.RuneSelf && (r < ' ' && !strings.ContainsRune("\t\n\v\f\r", r) || r == 0x7f):
			return ErrBinary, refPos(src, i)
		case !strings.ContainsRune("\t\n\v\f\r \u00a0\u3000\ufeff\u200b", r):
			blank = false
		}
		i += size
	}
	if blank {
		return ErrEmpty, readout.Pos{}
	}
	return nil, readout.Pos{}
}

// TestScanInput checks the one pass of scanInput against what it stands
// for: the input check (checkReference), normalize, and pickLanguage on the
// normalised text. The inputs are the corpus copy and random texts of
// ASCII, Japanese, folded and control characters, long enough to pass the
// letters pickLanguage reads.
func TestScanInput(t *testing.T) {
	inputs := corpusTexts(t)
	if len(inputs) < 50 {
		t.Fatalf("only %d corpus files", len(inputs))
	}
	pieces := []string{"abcdefgh", "Minister ", "林外務大臣", "、", "。", " ", "\n", "\r\n", "\r", "\t",
		"’", "“", "\u00a0", "\u3000", "\u200b", "\ufeff", "•", "é", "Ａ", "ｱ", "\u0301", "\x00", "\x7f", "\xff", "\xe3\x81"}
	rnd := rand.New(rand.NewPCG(6, 7))
	for n := range 3000 {
		var b strings.Builder
		words := rnd.IntN(40)
		if n%10 == 0 {
			words = 1000 + rnd.IntN(2000) // beyond langSample letters
		}
		for range words {
			p := pieces[rnd.IntN(len(pieces))]
			if n%2 == 0 && (p == "Ａ" || p == "ｱ" || p == "\u0301") {
				p = "y" // half the texts need only the folds
			}
			if n%3 != 0 && (p[0] < 0x20 && p != "\n" && p != "\t" && p[0] != '\r' || p[0] == 0x7f || p[0] == 0xff || p[0] == 0xe3 && len(p) == 2) {
				p = "x" // two texts in three are valid
			}
			b.WriteString(p)
		}
		inputs = append(inputs, b.String())
	}
	// The last letters counted, at every alignment of the 8-byte steps.
	for k := range 9 {
		for _, tail := range []string{"’林外", "林", "\n"} {
			inputs = append(inputs, strings.Repeat(" ", k)+strings.Repeat("abcdefg.", 585)+tail+strings.Repeat("abcdefgh", 3)+tail+"xyz xyz")
		}
	}
	// The last letters counted inside a run of kanji and kana.
	for k := range 40 {
		// Runs of letters across the end of the sample at every offset.
		inputs = append(inputs, strings.Repeat("a", k)+"."+strings.Repeat("ab", 2100+k)+"林",
			strings.Repeat(".", 1+k)+strings.Repeat("a", 4200)+"林")
	}
	for k := range 5 {
		inputs = append(inputs, strings.Repeat("ab", 1000+k)+strings.Repeat("林、あ。", 1000)+"x",
			strings.Repeat("林外務大臣", 1000)+"\n", strings.Repeat("a", 4090+k)+"林林林林林林林林林")
	}
	for _, src := range inputs {
		for _, tag := range []string{"", "en", "ja"} {
			o := newOptions([]Option{Language(tag)})
			sc, err := scanInput(src, o)
			wantErr, wantPos := checkReference(src)
			if !errors.Is(err, wantErr) || (err == nil) != (wantErr == nil) {
				t.Errorf("scanInput(%.60q): error %v, want %v", src, err, wantErr)
				continue
			}
			if err != nil {
				var e *Error
				if errors.As(err, &e) && e.Pos != wantPos {
					t.Errorf("scanInput(%.60q): error at %+v, want %+v", src, e.Pos, wantPos)
				}
				continue
			}
			if sc.high == isASCII(src) {
				t.Errorf("scanInput(%.60q): high %v", src, sc.high)
			}
			if err := checkRuns(src, &sc.runs); err != "" {
				t.Errorf("scanInput(%.60q): %s", src, err)
			}
			p := newScannedParser(src, o, &sc)
			text, m := normalizeFull(src)
			if p.text != text || !equalBreakpoints(p.nm.bps, m.bps) {
				t.Errorf("scanInput(%.60q): text %.60q, want %.60q", src, p.text, text)
			}
			if want := pickLanguage(tag, text); p.lang != want {
				t.Errorf("scanInput(%.60q), language %q: %s, want %s", src, tag, p.lang.tag, want.tag)
			}
			if latin, cjk := letterCounts(text); tag == "" && !sc.norm.slow && (sc.latin != latin || sc.cjk != cjk) {
				t.Errorf("scanInput(%.60q): %d latin, %d cjk, want %d, %d", src, sc.latin, sc.cjk, latin, cjk)
			}
		}
	}
}

// letterCounts counts the ASCII letters and the Han and kana characters of
// text, rune by rune, until they reach langSample together.
func letterCounts(text string) (latin, cjk int) {
	for _, r := range text {
		if latin+cjk == langSample {
			break
		}
		switch {
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			latin++
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			cjk++
		}
	}
	return latin, cjk
}

func equalBreakpoints(a, b []breakpoint) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestDateLineText checks dateLineText, which compares ASCII lines
// without lower-casing a copy, against the copy's comparison.
func TestDateLineText(t *testing.T) {
	ref := func(s string) string {
		s = strings.TrimSpace(s)
		low := strings.ToLower(s)
		for _, label := range []string{"last update", "last updated", "updated", "date", "posted", "published"} {
			if rest, ok := strings.CutPrefix(low, label); ok {
				if r := strings.TrimLeft(rest, " "); strings.HasPrefix(r, ":") {
					return strings.TrimSpace(s[len(s)-len(r)+1:])
				}
			}
		}
		if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
			if i := strings.LastIndexByte(s, '['); i >= 0 {
				return strings.TrimSpace(s[i+1 : len(s)-1])
			}
		}
		return s
	}
	for _, s := range []string{"April 7, 2022", "Last Update : Monday, Dec 7, 2015", "LAST UPDATED: May 1, 2020",
		"Date:1 May 2020", "date :", "Posted", "PUBLISHED  :  x", "Updated 1 May", " [MOFA] [Tuesday, Dec 1, 2015] ",
		"Last Updatİ: x", "Daté: x", "DATE\u212a: x", "İDate: x", "Date: İstanbul", "published: \u00a0x\u00a0", "",
		"uPDATED: y", "Xate: x", "\tPosted : z", "Wednesday: x", "[a] [b]", "1 May 2020", "ﬁ: x", "Ｄate: x"} {
		if got, want := dateLineText(s), ref(s); got != want {
			t.Errorf("dateLineText(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCommonJa checks the shortcut of scanInput for the common Japanese
// characters against what the general path asks of every rune.
func TestCommonJa(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		hanKana, ok := commonJa(r)
		if !ok {
			continue
		}
		n++
		if !nfkcStable(r) || isHanKana(r) != hanKana || unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b' || utf8.RuneLen(r) != 3 {
			t.Errorf("commonJa(%U) = %v: nfkcStable %v, isHanKana %v, size %d", r, hanKana, nfkcStable(r), isHanKana(r), utf8.RuneLen(r))
		}
		if b := string(r); b[0] < 0xe3 || b[0] > 0xe9 {
			t.Errorf("commonJa(%U): lead byte %#x outside E3..E9", r, b[0])
		}
	}
	if n < 20000 {
		t.Errorf("only %d runes", n)
	}
}

// TestCommonJaRun checks the run reader against commonJa rune by rune: every
// three-byte rune alone, before ASCII, and three of them in a row.
func TestCommonJaRun(t *testing.T) {
	for r := rune(0x800); r <= 0xffff; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		hanKana, ok := commonJa(r)
		wantN, wantCJK := 0, 0
		if ok {
			wantN = 3
			if hanKana {
				wantCJK = 1
			}
		}
		s := string(r)
		for k, src := range []string{s, s + "x", s + s + s} {
			n, cjk := commonJaRun(src)
			wn, wc := wantN, wantCJK
			if k == 2 {
				wn, wc = 3*wantN, 3*wantCJK
			}
			if n != wn || cjk != wc {
				t.Errorf("commonJaRun(%q) = %d, %d, want %d, %d", src, n, cjk, wn, wc)
			}
		}
	}
}

// TestSkipSpace checks skipSpace, which reads ASCII without decoding,
// against unicode.IsSpace rune by rune: every ASCII byte and the spaces and
// non-spaces outside ASCII, from every offset of random strings.
func TestSkipSpace(t *testing.T) {
	ref := skipSpaceRef
	var pieces []string
	for c := range utf8.RuneSelf {
		pieces = append(pieces, string(rune(c)))
	}
	pieces = append(pieces, "\u0085", "\u00a0", "\u3000", "\u2028", "é", "\xff", "\xe3\x80")
	rnd := rand.New(rand.NewPCG(51, 52))
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(8) {
			if rnd.IntN(2) == 0 {
				b.WriteString(" \t\n\v\f\r"[rnd.IntN(6):][:1])
			} else {
				b.WriteString(pieces[rnd.IntN(len(pieces))])
			}
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			if got, want := skipSpace(s, i), ref(s, i); got != want {
				t.Errorf("skipSpace(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// checkRuns returns what is wrong with the runs of bytes outside ASCII that
// scanInput listed for src, if it listed them all: they must hold every
// byte outside ASCII and no other, each of at most maxRunLen bytes from
// the start of a rune, in order, each with the count of continuation
// bytes up to its end.
func checkRuns(src string, h *highRuns) string {
	if h.over {
		if n := len(refRuns(src)); n <= maxHighRuns/2 {
			return fmt.Sprintf("runs not listed, but %d are", n)
		}
		return ""
	}
	in := make([]bool, len(src))
	prev := 0
	for _, r := range h.runs[:h.n] {
		a, b := int(r.start), int(r.end)
		if a < prev || b <= a || b > len(src) || b-a > maxRunLen || !utf8.RuneStart(src[a]) {
			return fmt.Sprintf("run %+v after %d in %d bytes", r, prev, len(src))
		}
		if want := continuationBytes(src[:b]); int(r.after) != want {
			return fmt.Sprintf("run %+v: %d continuation bytes up to its end, want %d", r, r.after, want)
		}
		for i := a; i < b; i++ {
			in[i] = true
		}
		prev = b
	}
	for i := range src {
		if in[i] != (src[i] >= utf8.RuneSelf) {
			return fmt.Sprintf("byte %d (%#02x): in a run %v", i, src[i], in[i])
		}
	}
	return ""
}

// TestScanInputRuns checks that the readouts of the corpus and the English
// seed, whose bytes outside ASCII are a few quotes and bullets, have them
// listed as runs (posIndex then needs no continuation table), and that the
// lists are right.
func TestScanInputRuns(t *testing.T) {
	inputs := map[string]string{"sample.English": sample.English, "sample.Japanese": sample.Japanese}
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[f] = string(b)
	}
	listed := 0
	for name, src := range inputs {
		sc, err := scanInput(src, newOptions(nil))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if e := checkRuns(src, &sc.runs); e != "" {
			t.Errorf("%s: %s", name, e)
		}
		if !sc.runs.over {
			listed++
		}
		if name == "sample.English" && sc.runs.over {
			t.Errorf("%s: runs not listed", name)
		}
	}
	if listed < len(files)/2 {
		t.Errorf("runs listed for %d of %d inputs", listed, len(inputs))
	}
}
