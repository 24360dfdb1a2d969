package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
)

// jaStateForms are the endings of Japanese official country names:
// フィジー共和国, トンガ王国, オーストラリア連邦.
var jaStateForms = []string{"民主共和国", "人民共和国", "共和国", "連合王国", "王国", "連邦", "合衆国", "大公国", "公国", "首長国連邦", "国"}

// jaCountry returns the canonical English name of a country as a Japanese
// readout writes it: what [readout.Country] knows, or an official form made
// of a known short name and a state ending ("フィジー共和国" is Fiji).
func jaCountry(name string) (string, bool) {
	if c, ok := readout.Country(name); ok {
		return c, true
	}
	for _, f := range jaStateForms {
		if short, ok := strings.CutSuffix(name, f); ok && short != "" && isCJK(short) {
			if c, ok := readout.Country(short); ok {
				return c, true
			}
		}
	}
	return "", false
}
