package parse

import "testing"

// TestReaderUTF16Broken checks that malformed UTF-16 decodes to U+FFFD
// where it is broken, keeping the rest.
func TestReaderUTF16Broken(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"lone high surrogate", []byte{0xff, 0xfe, 0x3d, 0xd8, 'a', 0}, "\ufffda"},
		{"lone low surrogate", []byte{0xff, 0xfe, 0x00, 0xdc, 'a', 0}, "\ufffda"},
		{"high surrogate at the end", []byte{0xff, 0xfe, 'a', 0, 0x3d, 0xd8}, "a\ufffd"},
		{"odd byte at the end", []byte{0xff, 0xfe, 'a', 0, 'b'}, "a\ufffd"},
		{"two high surrogates then a low", []byte{0xfe, 0xff, 0xd8, 0x3d, 0xd8, 0x3d, 0xde, 0x00}, "\ufffd😀"},
	}
	for _, tt := range tests {
		got, ok := decodeUTF16(tt.in)
		if !ok || got != tt.want {
			t.Errorf("%s: decodeUTF16 = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}
