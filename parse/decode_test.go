package parse_test

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

// utf16le and utf16be encode s as UTF-16 with a byte order mark.
func utf16le(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func utf16be(s string) []byte {
	b := []byte{0xfe, 0xff}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		reason string
		in     []byte
		want   string
	}{
		{"UTF-8 is returned as it is", []byte("Japan–Belgium 会談"), "Japan–Belgium 会談"},
		{"a UTF-8 byte order mark is kept (Text accepts it)", []byte("\ufeffJapan"), "\ufeffJapan"},
		{"empty input stays empty", nil, ""},
		{"one byte is not a byte order mark", []byte{0xff}, "\xff"},
		{"UTF-16LE with a mark, the mark dropped", utf16le("Japan 会談"), "Japan 会談"},
		{"UTF-16BE with a mark", utf16be("Japan 会談"), "Japan 会談"},
		{"a surrogate pair becomes one rune", utf16le("🇯🇵 𠮷"), "🇯🇵 𠮷"},
		{"only the mark: empty text", []byte{0xff, 0xfe}, ""},
		{"a trailing odd byte is kept as U+FFFD", append(utf16le("ab"), 'c'), "ab\ufffd"},
		{"a high surrogate at the end is U+FFFD", []byte{0xff, 0xfe, 'a', 0, 0x3d, 0xd8}, "a\ufffd"},
		{"a high surrogate before a non-surrogate is U+FFFD, the next rune kept", []byte{0xff, 0xfe, 0x3d, 0xd8, 'a', 0}, "\ufffda"},
		{"a lone low surrogate is U+FFFD", []byte{0xff, 0xfe, 0x00, 0xdc, 'a', 0}, "\ufffda"},
	}
	for _, tt := range tests {
		if got := parse.Decode(tt.in); got != tt.want {
			t.Errorf("%s: Decode(% x) = %q, want %q", tt.reason, tt.in, got, tt.want)
		}
	}
}

// TestDecodeParses checks that the seed saved as UTF-16 parses to the same
// meeting as the UTF-8 seed, through Decode and through Reader, and that
// Text alone rejects it with ErrUTF16.
func TestDecodeParses(t *testing.T) {
	want, err := parse.Text(sample.English)
	if err != nil {
		t.Fatal(err)
	}
	for _, enc := range []struct {
		name string
		b    []byte
	}{{"UTF-16LE", utf16le(sample.English)}, {"UTF-16BE", utf16be(sample.English)}} {
		got, err := parse.Text(parse.Decode(enc.b))
		if err != nil {
			t.Errorf("%s: Text(Decode): %v", enc.name, err)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Text(Decode) differs from the UTF-8 seed (-want +got):\n%s", enc.name, diff)
		}
		got, err = parse.Reader(bytes.NewReader(enc.b))
		if err != nil {
			t.Errorf("%s: Reader: %v", enc.name, err)
		} else if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Reader differs from the UTF-8 seed (-want +got):\n%s", enc.name, diff)
		}
		if _, err := parse.Text(string(enc.b)); !errors.Is(err, parse.ErrUTF16) {
			t.Errorf("%s: Text without Decode: error %v, want ErrUTF16", enc.name, err)
		}
	}
}
