package parse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// The invariants every Meeting that Text returns must satisfy, whatever the
// input. They are checked on the samples, on the corpus copy, on hostile
// input and by the fuzz targets.

// checkInvariants returns every violation of the invariants by m, parsed
// from src; nil when there is none.
func checkInvariants(src string, m *readout.Meeting) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if m == nil {
		return []string{"nil meeting"}
	}
	lines := lineStartsOf(src)

	// Every span lies inside the input, Start <= End, both on rune
	// boundaries, and line and column agree with the offset.
	walkSpans(reflect.ValueOf(m).Elem(), "Meeting", func(path string, s readout.Span) {
		if s == (readout.Span{}) {
			return
		}
		if !s.Start.IsValid() || !s.End.IsValid() {
			fail("%s: span %+v has an unset end", path, s)
			return
		}
		a, b := int(s.Start.Offset), int(s.End.Offset)
		if a < 0 || b > len(src) || a > b {
			fail("%s: span [%d,%d) outside the input [0,%d) or reversed", path, a, b, len(src))
			return
		}
		for _, p := range []readout.Pos{s.Start, s.End} {
			if int(p.Offset) < len(src) && !utf8.RuneStart(src[p.Offset]) {
				fail("%s: offset %d is inside a UTF-8 sequence", path, p.Offset)
			}
			if want := posOf(src, lines, int(p.Offset)); p != want {
				fail("%s: position %+v, recomputed %+v", path, p, want)
			}
		}
	})

	// Values read from the text are the text their span covers.
	equal := func(path, value string, s readout.Span) {
		if s.IsValid() && value != s.Text(src) {
			fail("%s = %q, but its span %v covers %q", path, value, s, s.Text(src))
		}
	}
	within := func(path, value string, s readout.Span) {
		if s.IsValid() && value != "" && !strings.Contains(s.Text(src), value) {
			fail("%s = %q is not inside its span %v %q", path, value, s, s.Text(src))
		}
	}
	equal("Category", m.Category, m.CategorySpan)
	equal("Title", m.Title, m.TitleSpan)
	within("Event", m.Event, m.EventSpan)
	within("Schedule.ZoneNote", m.Schedule.ZoneNote, m.Schedule.ZoneNoteSpan)
	// Place.City is the English name of the city even when the text writes
	// it otherwise (スバ, NY), and Place.Span covers one mention of the
	// place, not always the venue: the venue must only be in the input.
	if v := m.Place.Venue; v != "" && !strings.Contains(src, v) {
		fail("Place.Venue = %q is not in the input", v)
	}
	for i, p := range m.Participants {
		within(fmt.Sprintf("Participants[%d].Name", i), p.Name, p.Span)
	}
	// A delegation's name is the country's or organisation's short name
	// ("ROK" is listed as "Republic of Korea"): its span must name it.
	for i, d := range m.Delegations {
		text := d.Span.Text(src)
		if c, ok := readout.Country(text); ok && c == d.Name {
			continue
		}
		if o, ok := organization(text); ok && o == d.Name {
			continue
		}
		within(fmt.Sprintf("Delegations[%d].Name", i), d.Name, d.Span)
	}
	for i, p := range m.Photos {
		equal(fmt.Sprintf("Photos[%d].Caption", i), p.Caption, p.Span)
	}
	for i, s := range m.Sections {
		within(fmt.Sprintf("Sections[%d].Heading", i), s.Heading, s.Span)
		within(fmt.Sprintf("Sections[%d].Text", i), s.Text, s.Span)
		for j, pt := range s.Points {
			equal(fmt.Sprintf("Sections[%d].Points[%d].Text", i, j), pt.Text, pt.Span)
			if s.Span.IsValid() && pt.Span.IsValid() && !inside(pt.Span, s.Span) {
				fail("Sections[%d].Points[%d] span %v is outside its section %v", i, j, pt.Span, s.Span)
			}
		}
	}
	for i, st := range m.Statements {
		for j, pt := range st.Points {
			equal(fmt.Sprintf("Statements[%d].Points[%d].Text", i, j), pt.Text, pt.Span)
		}
	}
	for i, f := range m.Unparsed {
		equal(fmt.Sprintf("Unparsed[%d].Text", i), f.Text, f.Span)
	}

	// JSON round trip: Marshal → Unmarshal → Marshal gives the same bytes.
	j1, err := json.Marshal(m)
	if err != nil {
		fail("json.Marshal: %v", err)
	} else {
		var back readout.Meeting
		if err := json.Unmarshal(j1, &back); err != nil {
			fail("json.Unmarshal: %v", err)
		} else if j2, err := json.Marshal(&back); err != nil {
			fail("json.Marshal after Unmarshal: %v", err)
		} else if !bytes.Equal(j1, j2) {
			fail("JSON round trip differs:\n%s\n%s", j1, j2)
		}
	}

	errs = append(errs, uncovered(src, m)...)
	return errs
}

// uncovered reports the non-space input that no span of m covers and that is
// neither page navigation ("Back to ...") nor list markup at the start of a
// line (a caption's bullet, the "1." around a lead): text the parser
// dropped.
func uncovered(src string, m *readout.Meeting) []string {
	covered := make([]bool, len(src)+1)
	walkSpans(reflect.ValueOf(m).Elem(), "Meeting", func(_ string, s readout.Span) {
		a, b := int(s.Start.Offset), int(s.End.Offset)
		if !s.IsValid() || a < 0 || b > len(src) || a > b {
			return
		}
		for i := a; i < b; i++ {
			covered[i] = true
		}
	})
	var errs []string
	for _, l := range splitLines(src) {
		start, end := int(l.start), int(l.end)
		if start == end || isNavigation(src[start:end]) {
			continue
		}
		for i := start + listMarker(src[start:end], covered[start:end]); i < end; {
			r, size := utf8.DecodeRuneInString(src[i:])
			if covered[i] || unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
				i += size
				continue
			}
			j := i
			for j < end && !covered[j] {
				j++
			}
			frag := src[i:j]
			if len(frag) > 60 {
				frag = frag[:60] + "…"
			}
			errs = append(errs, fmt.Sprintf("dropped: byte %d %q (line %q)", i, frag, clip(src[start:end])))
			i = j
		}
	}
	return errs
}

// listMarker returns the length of the list markup that starts line when
// the text after it is covered: a bullet, or an item marker alone ("1.",
// "１．", "2)", "(1)").
func listMarker(line string, covered []bool) int {
	if n := bulletMarker(line); n > 0 {
		return n
	}
	j := 0
	for j < len(line) && !covered[j] {
		j++
	}
	if j == 0 || j == len(line) {
		return 0
	}
	pre, _ := normalize(line[:j])
	pre = strings.TrimSpace(pre)
	// A bullet written as a dash that normalisation folds ("‒ ", U+2012).
	if pre != "" && bulletMarker(pre+" x") == len(pre)+1 {
		return j
	}
	if n, w := number(pre); n > 0 && (w == len(pre) || w+1 == len(pre) && (pre[w] == '.' || pre[w] == ')')) {
		return j
	}
	if strings.HasPrefix(pre, "(") {
		if n, w := number(pre[1:]); n > 0 && w+2 == len(pre) && pre[w+1] == ')' {
			return j
		}
	}
	return 0
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// inside reports whether a lies inside b.
func inside(a, b readout.Span) bool {
	return a.Start.Offset >= b.Start.Offset && a.End.Offset <= b.End.Offset
}

var spanType = reflect.TypeFor[readout.Span]()

// walkSpans calls f for every readout.Span reachable from v.
func walkSpans(v reflect.Value, path string, f func(string, readout.Span)) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == spanType {
			f(path, v.Interface().(readout.Span))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walkSpans(v.Field(i), path+"."+v.Type().Field(i).Name, f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkSpans(v.Index(i), fmt.Sprintf("%s[%d]", path, i), f)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkSpans(v.Elem(), path, f)
		}
	}
}

// lineStartsOf returns the offsets at which the lines of src start; "\n",
// "\r\n" and a lone "\r" end a line. It is written apart from posIndex so
// that the check is independent of the code it checks.
func lineStartsOf(src string) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		switch {
		case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			i++
			starts = append(starts, i+1)
		case src[i] == '\r' || src[i] == '\n':
			starts = append(starts, i+1)
		}
	}
	return starts
}

// posOf returns the position of offset off: the line whose start is the last
// one at or before off, and the runes since that start.
func posOf(src string, starts []int, off int) readout.Pos {
	line := sort.SearchInts(starts, off+1) - 1
	return readout.Pos{Offset: int32(off), Line: int32(line + 1), Column: int32(1 + utf8.RuneCountInString(src[starts[line]:off]))}
}

// corpusFiles returns the readouts the invariants are checked on: the
// samples, the golden inputs and the corpus copy.
func corpusFiles(t testing.TB) []string {
	var files []string
	for _, pat := range []string{"../sample/*.txt", "../testdata/en/*.txt", "../testdata/ja/*.txt",
		"../testdata/corpus/en/*.txt", "../testdata/corpus/ja/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no readouts found")
	}
	return files
}

func TestInvariantsCorpus(t *testing.T) {
	for _, in := range corpusFiles(t) {
		b, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		m, err := Text(src)
		if err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		for _, e := range checkInvariants(src, m) {
			t.Errorf("%s: %s", in, e)
		}
	}
}
