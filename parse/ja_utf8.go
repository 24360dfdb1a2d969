package parse

import "unicode/utf8"

// The Japanese grammar decodes runes one at a time all through a readout,
// nearly all of them kana and kanji, which take three bytes in UTF-8.
// utf8.DecodeRuneInString reads only ASCII without a call; decodeRune and
// decodeLastRune read the three-byte form inline too, and give the same
// results as the utf8 functions for every input.

// decodeRune is utf8.DecodeRuneInString.
func decodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	if len(s) >= 3 && s[0]&0xf0 == 0xe0 && s[1]&0xc0 == 0x80 && s[2]&0xc0 == 0x80 {
		r := rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f)
		if r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLastRune is utf8.DecodeLastRuneInString.
func decodeLastRune(s string) (rune, int) {
	if n := len(s); n >= 3 && s[n-3]&0xf0 == 0xe0 && s[n-2]&0xc0 == 0x80 && s[n-1]&0xc0 == 0x80 {
		r := rune(s[n-3]&0x0f)<<12 | rune(s[n-2]&0x3f)<<6 | rune(s[n-1]&0x3f)
		if r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}
