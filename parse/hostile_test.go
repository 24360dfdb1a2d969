package parse

import (
	"errors"
	"io"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/sample"
)

// Hostile and broken input: Text must return a clear error with a position,
// or a Meeting that satisfies the invariants; never a panic, never a hang.

// TestRejected checks the inputs that are not a readout's text: each gives
// the right sentinel error at the right position.
func TestRejected(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		opts   []Option
		want   error
		pos    string // Error.Pos.String()
		msg    string // Error()
		reason string
	}{
		{"empty", "", nil, ErrEmpty, "-", "empty input", "nothing to parse"},
		{"spaces", " \t\n\r\n\r\f\v \u3000\u00a0\ufeff\u200b", nil, ErrEmpty, "-", "empty input",
			"ASCII and Unicode white space, a BOM and zero-width spaces are still nothing"},
		{"named empty", "\n\n", []Option{Source("x.txt")}, ErrEmpty, "-", "x.txt: empty input",
			"the source name leads the message"},
		{"binary", "\x7fELF\x02\x01\x01\x00", nil, ErrBinary, "1:1", "1:1: binary input: control byte 0x7f",
			"an executable's header"},
		{"NUL", "April 7, 2022\nOn April 7\x00, the Minister met", nil, ErrBinary, "2:11",
			"2:11: binary input: control byte 0x00", "a NUL byte in the middle of a line"},
		{"NUL after Japanese", "令和4年\n外務大臣\x00", nil, ErrBinary, "2:5",
			"2:5: binary input: control byte 0x00", "the column counts runes, not bytes"},
		{"escape", "a\r\nb\x1b[31m", nil, ErrBinary, "2:2", "2:2: binary input: control byte 0x1b",
			"a terminal escape after a CRLF line end"},
		{"invalid UTF-8", "April 7, 2022\nMinister Hayashi\xff met", []Option{Source("r.txt")}, ErrInvalidUTF8, "2:17",
			"r.txt:2:17: invalid UTF-8: byte 0xff", "a stray byte"},
		{"Latin-1", "Caf\xe9 meeting", nil, ErrInvalidUTF8, "1:4", "1:4: invalid UTF-8: byte 0xe9",
			"text in another encoding"},
		{"truncated rune", "外務\xe5\xa4", nil, ErrInvalidUTF8, "1:3", "1:3: invalid UTF-8: byte 0xe5",
			"a multi-byte character cut short"},
		{"surrogate", "a\xed\xa0\x80b", nil, ErrInvalidUTF8, "1:2", "1:2: invalid UTF-8: byte 0xed",
			"an encoded UTF-16 surrogate is not UTF-8"},
		{"UTF-16LE", string(utf16LE("April 7, 2022\n", true)), nil, ErrUTF16, "1:1",
			`1:1: UTF-16 input: byte order mark "\xff\xfe"; decode to UTF-8 first (parse.Decode)`,
			"Text wants UTF-8; Reader decodes"},
		{"UTF-16BE", "\xfe\xff\x00A", nil, ErrUTF16, "1:1",
			`1:1: UTF-16 input: byte order mark "\xfe\xff"; decode to UTF-8 first (parse.Decode)`, "big-endian"},
		{"too large", strings.Repeat("word ", 300), []Option{MaxBytes(1000)}, ErrTooLarge, "-",
			"input too large: 1500 bytes, limit 1000", "beyond the MaxBytes limit"},
	}
	for _, tt := range tests {
		m, err := Text(tt.src, tt.opts...)
		if m != nil {
			t.Errorf("%s: Text returned a meeting with error %v", tt.name, err)
		}
		if !errors.Is(err, tt.want) {
			t.Errorf("%s (%s): error %v, want %v", tt.name, tt.reason, err, tt.want)
			continue
		}
		var perr *Error
		if !errors.As(err, &perr) {
			t.Errorf("%s: error %T is not a *parse.Error", tt.name, err)
			continue
		}
		if got := perr.Pos.String(); got != tt.pos {
			t.Errorf("%s (%s): position %s, want %s", tt.name, tt.reason, got, tt.pos)
		}
		if got := err.Error(); got != tt.msg {
			t.Errorf("%s (%s): message %q, want %q", tt.name, tt.reason, got, tt.msg)
		}
	}
}

func readFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// utf16LE encodes s as UTF-16LE, with a byte order mark if bom.
func utf16LE(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xff, 0xfe)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func utf16BE(s string) []byte {
	b := []byte{0xfe, 0xff}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

// TestReaderUTF16 checks that Reader decodes UTF-16 with a byte order mark
// into the meeting the UTF-8 text gives.
func TestReaderUTF16(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		reason    string
	}{
		{"en", sample.English, "ASCII and typographic quotes"},
		{"ja", sample.Japanese, "Japanese text, including characters outside the BMP would be pairs"},
		{"astral", "North Atlantic Treaty Organization (NATO)\n\nApril 7, 2022\n🇯🇵 Photo 𠮷野家\n", "surrogate pairs"},
	} {
		want, err := Text(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		for enc, b := range map[string][]byte{"LE": utf16LE(tt.src, true), "BE": utf16BE(tt.src)} {
			got, err := Reader(strings.NewReader(string(b)))
			if err != nil {
				t.Errorf("%s %s (%s): %v", tt.name, enc, tt.reason, err)
				continue
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s %s (%s): meeting differs from the UTF-8 one (-want +got):\n%s", tt.name, enc, tt.reason, diff)
			}
		}
	}
}

// endless is a reader that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestReaderTooLarge checks that Reader stops at the limit on an endless
// reader, with a bounded allocation.
func TestReaderTooLarge(t *testing.T) {
	const limit = 4 << 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	m, err := Reader(endless{}, MaxBytes(limit))
	runtime.ReadMemStats(&after)
	if m != nil || !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Reader(endless) = %v, %v; want ErrTooLarge", m, err)
	}
	if want := "input too large: more than 4194304 bytes"; err.Error() != want {
		t.Errorf("message %q, want %q", err.Error(), want)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 5*limit/2 {
		t.Errorf("Reader allocated %d bytes for a limit of %d", got, limit)
	}
	// Exactly at the limit is accepted.
	src := "On April 7, the Minister held a meeting with the Secretary-General of NATO in Brussels."
	if _, err := Reader(strings.NewReader(src), MaxBytes(len(src))); err != nil {
		t.Errorf("input of exactly MaxBytes: %v", err)
	}
	if _, err := Reader(io.MultiReader(strings.NewReader(src), strings.NewReader("!")), MaxBytes(len(src))); !errors.Is(err, ErrTooLarge) {
		t.Errorf("input of MaxBytes+1: %v, want ErrTooLarge", err)
	}
}

// withoutOffsets returns a copy of m with every Pos.Offset zeroed and the
// line ends inside values made "\n", so that meetings parsed from texts
// differing only in line ends compare equal (values are as written, so a
// multi-line section text keeps its "\r\n").
func withoutOffsets(m *readout.Meeting) *readout.Meeting {
	c := *m
	v := reflect.ValueOf(&c).Elem()
	clearOffsets(v)
	return &c
}

var posType = reflect.TypeFor[readout.Pos]()

func clearOffsets(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == posType {
			v.FieldByName("Offset").SetInt(0)
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				clearOffsets(v.Field(i))
			}
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(v.String()))
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		v.Set(c)
		for i := 0; i < v.Len(); i++ {
			clearOffsets(v.Index(i))
		}
	}
}

// TestLineEnds checks that CRLF and CR line ends give the meeting LF gives:
// the same values, lines and columns; only byte offsets differ.
func TestLineEnds(t *testing.T) {
	for _, in := range corpusFiles(t) {
		src := readFile(t, in)
		want, err := Text(src)
		if err != nil {
			t.Fatal(err)
		}
		for name, eol := range map[string]string{"CRLF": "\r\n", "CR": "\r"} {
			s := strings.ReplaceAll(src, "\n", eol)
			got, err := Text(s)
			if err != nil {
				t.Errorf("%s %s: %v", in, name, err)
				continue
			}
			for _, e := range checkInvariants(s, got) {
				t.Errorf("%s %s: %s", in, name, e)
			}
			if diff := cmp.Diff(withoutOffsets(want), withoutOffsets(got)); diff != "" {
				t.Errorf("%s %s: meeting differs from LF (-want +got):\n%s", in, name, diff)
			}
		}
	}
}

// TestCutAtEveryLine parses every prefix of the seeds and of a few corpus
// readouts that ends at a line boundary: a truncated page, as the corpus has
// many. Each gives a meeting that satisfies the invariants, or ErrEmpty.
func TestCutAtEveryLine(t *testing.T) {
	inputs := map[string]string{"en": sample.English, "ja": sample.Japanese}
	for _, f := range []string{"en/004", "en/013", "en/020", "ja/002"} {
		inputs[f] = readFile(t, "../testdata/corpus/"+f+".txt")
	}
	for name, src := range inputs {
		for i := 0; i <= len(src); i++ {
			if i < len(src) && src[i] != '\n' {
				continue
			}
			for _, cut := range []int{i, min(i+1, len(src))} {
				s := src[:cut]
				m, err := Text(s)
				if err != nil {
					if !errors.Is(err, ErrEmpty) || strings.TrimSpace(s) != "" {
						t.Errorf("%s cut at %d: %v", name, cut, err)
					}
					continue
				}
				for _, e := range checkInvariants(s, m) {
					t.Errorf("%s cut at %d: %s", name, cut, e)
				}
			}
		}
	}
}

// TestHostileShapes parses inputs shaped to trip a parser — many markers,
// one huge line, deep nesting, a lead of commas — and checks the values.
func TestHostileShapes(t *testing.T) {
	const lead = "On April 7, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with "
	tests := []struct {
		name  string
		src   string
		check func(t *testing.T, m *readout.Meeting)
	}{
		{"100,000 point markers", "April 7, 2022\n" + lead + "NATO.\n" + strings.Repeat("(1) x\n", 100_000), func(t *testing.T, m *readout.Meeting) {
			if len(m.Sections) != 1 || len(m.Sections[0].Points) != 100_000 {
				t.Errorf("got %d sections, want 1 with 100000 points", len(m.Sections))
				return
			}
			if p := m.Sections[0].Points[99_999]; p.Text != "x" || p.Span.String() != "100002:5-100002:6" {
				t.Errorf("last point %q at %v, want \"x\" at 100002:5-100002:6", p.Text, p.Span)
			}
		}},
		{"100,000 point markers without a lead", strings.Repeat("(1) x\n", 100_000), func(t *testing.T, m *readout.Meeting) {
			// No lead: every line is a header line; the first two are the
			// category and the title, the rest are kept as unparsed.
			if len(m.Unparsed) != 99_998 || m.Unparsed[99_997].Span.String() != "100000:1-100000:6" {
				t.Errorf("got %d unparsed fragments, want 99998 ending at 100000:1-100000:6", len(m.Unparsed))
			}
		}},
		{"100,000 markers on one line", strings.Repeat("(1)", 100_000), func(t *testing.T, m *readout.Meeting) {
			if m.TitleSpan.String() != "1:1-1:300001" {
				t.Errorf("title span %v, want the line 1:1-1:300001", m.TitleSpan)
			}
		}},
		{"one 1 MB line", strings.Repeat("word ", 200_000), func(t *testing.T, m *readout.Meeting) {
			if m.TitleSpan.String() != "1:1-1:1000000" {
				t.Errorf("title span %v, want 1:1-1:1000000", m.TitleSpan)
			}
		}},
		{"one 1 MB Japanese line", strings.Repeat("外務大臣は会談した。", 35_000), func(t *testing.T, m *readout.Meeting) {
			if m.Language != "ja" {
				t.Errorf("language %q, want ja", m.Language)
			}
		}},
		{"10,000 nested parentheses in the lead", "April 7, 2022\n" + lead +
			strings.Repeat("(", 10_000) + "NATO" + strings.Repeat(")", 10_000) + ".\n1. Text.\n", func(t *testing.T, m *readout.Meeting) {
			if m.Lead.Span.String() != "2:1-2:20100" {
				t.Errorf("lead %v, want 2:1-2:20100", m.Lead.Span)
			}
			if len(m.Sections) != 1 || m.Sections[0].Text != "Text." {
				t.Errorf("sections %+v, want one \"Text.\"", m.Sections)
			}
		}},
		{"10,000 unbalanced parentheses", strings.Repeat("(", 10_000) + "\n" + strings.Repeat(")", 10_000) + "\n", nil},
		{"a lead of 10,000 commas", "April 7, 2022\n" + lead + strings.Repeat(", ", 10_000) +
			"the Secretary-General of NATO.\n", func(t *testing.T, m *readout.Meeting) {
			if !m.Lead.Span.IsValid() || int(m.Lead.Span.End.Column) != 20000+len(lead)+31 {
				t.Errorf("lead %v, want the whole line 2", m.Lead.Span)
			}
		}},
		{"10,000 lines of commas", strings.Repeat(",\n", 10_000), nil},
		{"10,000 date lines", strings.Repeat("April 7, 2022\n", 10_000), func(t *testing.T, m *readout.Meeting) {
			if m.Published != (readout.Date{Year: 2022, Month: 4, Day: 7}) {
				t.Errorf("published %v, want 2022-04-07", m.Published)
			}
		}},
		{"10,000 numbered items", "April 7, 2022\n" + lead + "NATO.\n" + strings.Repeat("1. Item.\n", 10_000), func(t *testing.T, m *readout.Meeting) {
			if len(m.Sections) != 10_000 {
				t.Errorf("got %d sections, want 10000", len(m.Sections))
			}
		}},
		{"100,000 full-width characters", strings.Repeat("（１）　", 25_000), nil},
		{"combining marks", "e" + strings.Repeat("\u0301", 10_000) + " meeting\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Text(tt.src)
			if err != nil {
				t.Fatalf("Text: %v", err)
			}
			for i, e := range checkInvariants(tt.src, m) {
				if i == 10 {
					t.Errorf("...")
					break
				}
				t.Error(e)
			}
			if tt.check != nil {
				tt.check(t, m)
			}
		})
	}
}
