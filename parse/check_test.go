package parse

import "testing"

// TestPlainASCII8 checks the eight-byte test of check against the byte
// classes: every byte value at every position, among printable fillers.
func TestPlainASCII8(t *testing.T) {
	for pos := range 8 {
		for b := range 256 {
			for _, fill := range []byte{' ', '~', 'a'} {
				buf := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				buf[pos] = byte(b)
				want := b >= 0x20 && b <= 0x7e
				if got := plainASCII8(string(buf)); got != want {
					t.Errorf("plainASCII8(%q) = %v, want %v", buf, got, want)
				}
			}
		}
	}
}
