package parse

import (
	"testing"
	"unicode"

	"github.com/diplomacy-data/readout"
)

// TestJaNamesFind checks the index against a scan of every participant with
// jaLinks: the same participant, the first in order, for every short form.
func TestJaNamesFind(t *testing.T) {
	names := []string{
		"林芳正", "ジョン・ケリー", "", "林", "アントニー・ブリンケン", "ジョン・ビル・クリントン",
		"岸田文雄", "ムハンマド・ビン・サルマーン・ビン・アブドゥルアズィーズ・アール・サウード",
		"上川陽子", "林芳正芳正芳正芳正芳正", "林芳正芳正芳正芳正芳子", "・ケリー", "ケリー", "NATO",
	}
	shorts := []string{
		"林", "林芳", "林芳正", "ケリー", "ジョン", "ビル・クリントン", "クリントン", "ジョン・ビル",
		"ブリンケン", "岸田", "サウード", "ムハンマド・ビン", "上川", "川", "林芳正芳正芳正芳正芳子",
		"林芳正芳正芳正芳正", "林芳正芳正芳正", "林芳正芳正芳正芳正芳正", "N", "NATO", "", "ビン",
	}
	var ps []readout.Participant
	var x jaNames
	for len(names) <= 2*jaLinkScan {
		names = append(names, names...) // past jaLinkScan, so the index is used
	}
	for _, n := range names {
		ps = append(ps, readout.Participant{Name: n})
		x.sync(ps)
		for _, s := range shorts {
			want := -1
			for i, q := range ps {
				if jaLinks(s, q.Name) {
					want = i
					break
				}
			}
			if got := x.find(ps, s); got != want {
				t.Errorf("after %d names, find(%q) = %d, want %d (the first participant jaLinks accepts)", len(ps), s, got, want)
			}
		}
	}
}

// TestJaRuneClasses checks the fast paths of isHan, isKatakana and
// mayStartOffice against the Unicode tables and jaOffices for every rune.
func TestJaRuneClasses(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isHan(r), unicode.Is(unicode.Han, r) || r == '々'; got != want {
			t.Errorf("isHan(%U) = %v, want %v", r, got, want)
		}
		want := unicode.Is(unicode.Katakana, r) || r == 'ー' || r == '・' || r == '=' || r == '゠'
		if got := isKatakana(r); got != want {
			t.Errorf("isKatakana(%U) = %v, want %v", r, got, want)
		}
		if got, want := mayStartOffice(r), len(jaOfficeFirst[r]) > 0; got != want {
			t.Errorf("mayStartOffice(%U) = %v, want %v", r, got, want)
		}
		if len(jaOfficeFirst[r]) > 0 && (r < 0x4e00 || r > 0x9fff) {
			t.Errorf("an office starts with %U, outside U+4E00 … U+9FFF, which jaAppendPersons steps over", r)
		}
	}
}
