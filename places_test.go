package readout

import (
	"slices"
	"strings"
	"testing"
	_ "time/tzdata"

	"github.com/diplomacy-data/readout/internal/placeword"
)

func TestCountry(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   string // "" means not found
	}{
		{"short name", "Belgium", "Belgium"},
		{"with the", "the Philippines", "Philippines"},
		{"case-insensitive", "BELGIUM", "Belgium"},
		{"official long form", "the People's Republic of China", "China"},
		{"curly apostrophe", "the People’s Republic of China", "China"},
		{"ROK long form", "the Republic of Korea", "Republic of Korea"},
		{"ROK abbreviation", "ROK", "Republic of Korea"},
		{"South Korea", "South Korea", "Republic of Korea"},
		{"USA long form", "the United States of America", "United States"},
		{"U.S. with dots", "U.S.", "United States"},
		{"US", "US", "United States"},
		{"USA", "USA", "United States"},
		{"Saudi long form", "the Kingdom of Saudi Arabia", "Saudi Arabia"},
		{"Italian Republic", "Italian Republic", "Italy"},
		{"Lao PDR", "Lao PDR", "Laos"},
		{"Argentine Republic", "the Argentine Republic", "Argentina"},
		{"Commonwealth of Australia", "the Commonwealth of Australia", "Australia"},
		{"Türkiye", "Türkiye", "Türkiye"},
		{"Turkiye without diacritic", "Turkiye", "Türkiye"},
		{"Turkey", "Turkey", "Türkiye"},
		{"adjective Chinese", "Chinese", "China"},
		{"adjective Australian", "Australian", "Australia"},
		{"adjective Indian", "Indian", "India"},
		{"adjective French", "French", "France"},
		{"Côte d'Ivoire folded", "Cote d’Ivoire", "Côte d'Ivoire"},
		{"hyphen folded", "Timor Leste", "Timor-Leste"},
		{"ampersand", "Trinidad & Tobago", "Trinidad and Tobago"},
		{"DPRK", "the Democratic People's Republic of Korea", "North Korea"},
		{"Viet Nam spelled together", "Vietnam", "Viet Nam"},
		{"full-width Latin", "ＵＳＡ", "United States"},
		{"extra spaces", "  New   Zealand ", "New Zealand"},
		{"Japanese katakana", "ベルギー", "Belgium"},
		{"Japanese 米国", "米国", "United States"},
		{"Japanese アメリカ", "アメリカ", "United States"},
		{"kanji 米", "米", "United States"},
		{"Japanese 英国", "英国", "United Kingdom"},
		{"kanji 英", "英", "United Kingdom"},
		{"Japanese 豪州", "豪州", "Australia"},
		{"kanji 豪", "豪", "Australia"},
		{"Japanese 韓国", "韓国", "Republic of Korea"},
		{"kanji 韓", "韓", "Republic of Korea"},
		{"Japanese 中国", "中国", "China"},
		{"kanji 中", "中", "China"},
		{"kanji 仏", "仏", "France"},
		{"kanji 独", "独", "Germany"},
		{"kanji 露", "露", "Russia"},
		{"Japanese ロシア", "ロシア", "Russia"},
		{"kanji 印", "印", "India"},
		{"Japanese インド", "インド", "India"},
		{"kanji 加", "加", "Canada"},
		{"Japanese カナダ", "カナダ", "Canada"},
		{"kanji 伊", "伊", "Italy"},
		{"half-width katakana", "ﾍﾞﾙｷﾞｰ", "Belgium"},
		{"middle dot optional", "ボスニアヘルツェゴビナ", "Bosnia and Herzegovina"},
		{"Japan", "Japan", "Japan"},
		{"日本", "日本", "Japan"},
		{"Congo alone is ambiguous", "Congo", ""},
		{"unknown", "Atlantis", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		got, ok := Country(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: Country(%q) = %q, %v; want %q", tt.reason, tt.in, got, ok, tt.want)
		}
	}
}

func TestCity(t *testing.T) {
	tests := []struct {
		reason      string
		in          string
		wantCity    string
		wantCountry string
	}{
		{"New York", "New York", "New York", "United States"},
		{"NY", "NY", "New York", "United States"},
		{"Washington D.C. without comma", "Washington D.C.", "Washington, D.C.", "United States"},
		{"Washington, D.C.", "Washington, D.C.", "Washington, D.C.", "United States"},
		{"Washington alone", "Washington", "Washington, D.C.", "United States"},
		{"Geneva", "Geneva", "Geneva", "Switzerland"},
		{"Busan", "Busan", "Busan", "Republic of Korea"},
		{"Sydney", "Sydney", "Sydney", "Australia"},
		{"Osaka", "Osaka", "Osaka", "Japan"},
		{"Hiroshima", "Hiroshima", "Hiroshima", "Japan"},
		{"Kuala Lumpur", "Kuala Lumpur", "Kuala Lumpur", "Malaysia"},
		{"Vientiane", "Vientiane", "Vientiane", "Laos"},
		{"Bali", "Bali", "Bali", "Indonesia"},
		{"Kiev old spelling", "Kiev", "Kyiv", "Ukraine"},
		{"Japanese ニューヨーク", "ニューヨーク", "New York", "United States"},
		{"Japanese ワシントン", "ワシントン", "Washington, D.C.", "United States"},
		{"Japanese ワシントンDC", "ワシントンＤＣ", "Washington, D.C.", "United States"},
		{"Japanese ワシントンD. C with a space, as MOFA writes it", "ワシントンD. C", "Washington, D.C.", "United States"},
		{"Japanese ワシントン D.C. with a space before the initials", "ワシントン D.C.", "Washington, D.C.", "United States"},
		{"Washington D. C. with a space between the initials", "Washington D. C.", "Washington, D.C.", "United States"},
		{"the White House is in Washington", "ホワイトハウス", "Washington, D.C.", "United States"},
		{"Bogor (Bogor Palace, where Indonesian presidents receive guests)", "ボゴール", "Bogor", "Indonesia"},
		{"Japanese ジュネーブ", "ジュネーブ", "Geneva", "Switzerland"},
		{"Japanese ブリュッセル", "ブリュッセル", "Brussels", "Belgium"},
		{"diacritics", "Brasilia", "Brasília", "Brazil"},
		{"the Hague", "the Hague", "The Hague", "Netherlands"},
		{"shared name gives first", "St. John's", "St. John's", "Antigua and Barbuda"},
		{"unknown", "Gotham", "", ""},
	}
	for _, tt := range tests {
		city, country, ok := City(tt.in)
		if city != tt.wantCity || country != tt.wantCountry || ok != (tt.wantCity != "") {
			t.Errorf("%s: City(%q) = %q, %q, %v; want %q, %q", tt.reason, tt.in, city, country, ok, tt.wantCity, tt.wantCountry)
		}
	}
}

func TestCountryTable(t *testing.T) {
	if c := placeIndex().conflicts; len(c) > 0 {
		t.Errorf("names given to two countries:\n%s", strings.Join(c, "\n"))
	}
	if !slices.IsSortedFunc(countries, func(a, b countryInfo) int { return strings.Compare(placeKey(a.name), placeKey(b.name)) }) {
		t.Error("countries is not sorted by name")
	}
	// 193 UN members + Holy See, Palestine, Taiwan, Kosovo, Cook Islands, Niue.
	if got, want := len(countries), 199; got != want {
		t.Errorf("len(countries) = %d; want %d", got, want)
	}
	capitals := map[string]bool{}
	for _, c := range cities {
		capitals[c.country] = true
		if _, ok := placeIndex().countries[placeKey(c.country)]; !ok || c.country != countries[placeIndex().countries[placeKey(c.country)]].name {
			t.Errorf("city %s: country %q is not a canonical country name", c.name, c.country)
		}
		if c.zone != "" {
			if _, err := LoadLocation(c.zone); err != nil {
				t.Errorf("city %s: %v", c.name, err)
			}
		}
	}
	for _, c := range countries {
		if !capitals[c.name] {
			t.Errorf("country %s has no city", c.name)
		}
		zs := strings.Fields(c.zones)
		if len(zs) == 0 {
			t.Errorf("country %s has no zone", c.name)
		}
		for _, z := range zs {
			if _, err := LoadLocation(z); err != nil {
				t.Errorf("country %s: %v", c.name, err)
			}
		}
	}
}

func TestCityTableCapitalFirst(t *testing.T) {
	// A multi-zone country's first zone is its capital's, so that a city
	// row with no zone of its own takes the capital's.
	for _, c := range cities {
		if c.zone == "" && len(countryZones(c.country)) > 1 {
			t.Errorf("city %s in multi-zone %s has no zone", c.name, c.country)
		}
	}
}

// TestPlaceKeyASCII checks that the allocation-free key of an ASCII name is
// placeKey's, on every name of the tables and on variants of them.
func TestPlaceKeyASCII(t *testing.T) {
	var names []string
	for _, c := range countries {
		names = append(names, c.name)
		names = append(names, strings.Split(c.aliases, "|")...)
	}
	for _, c := range cities {
		names = append(names, c.name)
		names = append(names, strings.Split(c.aliases, "|")...)
	}
	var cases []string
	for _, n := range names {
		cases = append(cases, n, "the "+n, "The "+n, strings.ToUpper(n), " "+n+". ", "("+n+"),", strings.ReplaceAll(n, " ", "-"),
			strings.ReplaceAll(n, " ", "\t \n"), n+" & "+n, "the", "the ", "the-"+n, "`"+n+"'", "_/"+n)
	}
	for _, s := range cases {
		k, ascii := placeword.AppendKey(nil, s)
		if !ascii {
			continue
		}
		if got, want := string(k), placeKey(s); got != want {
			t.Errorf("AppendKey(%q) = %q, placeKey gives %q", s, got, want)
		}
	}
}

// TestPlaceKeyKana checks that the kana and kanji fast path gives the key
// placeKey gives, for every Japanese name in the tables and some variants
// (voiced kana, which NFD splits, ・ separators, long vowel marks).
func TestPlaceKeyKana(t *testing.T) {
	var names []string
	for _, c := range countries {
		names = append(names, strings.Split(c.aliases, "|")...)
	}
	for _, c := range cities {
		names = append(names, strings.Split(c.aliases, "|")...)
	}
	names = append(names, "ガボン", "ブルキナ・ファソ", "パプアニューギニア", "ヴァチカン", "ぎふ", "東京", "ワシントン・ディー・シー")
	tried := 0
	for _, n := range names {
		k, ok := appendKanaKey(nil, n)
		if !ok {
			continue
		}
		tried++
		if got, want := string(k), placeKey(n); got != want {
			t.Errorf("appendKanaKey(%q) = %q, placeKey gives %q", n, got, want)
		}
	}
	if tried < 100 {
		t.Errorf("only %d kana or kanji names tried; the tables should have hundreds", tried)
	}
	for _, n := range []string{"", "ﾜｼﾝﾄﾝ", "米国 ", "Ａ", "東京都D.C."} {
		if _, ok := appendKanaKey(nil, n); ok {
			t.Errorf("appendKanaKey(%q) took the fast path; it needs placeKey's folding", n)
		}
	}
}

// TestCountryZonesShared checks that a country's zones are looked up
// without allocating, as every country's table row says, and that the
// zones handed out (Zones, ResolveZone) are copies: changing them changes
// no later answer.
func TestCountryZonesShared(t *testing.T) {
	for _, c := range countries {
		if got, want := countryZones(c.name), strings.Fields(c.zones); !slices.Equal(got, want) {
			t.Errorf("countryZones(%q) = %q, want %q", c.name, got, want)
		}
	}
	for _, c := range []string{"Belgium", "United States", "Côte d'Ivoire"} {
		if n := testing.AllocsPerRun(50, func() { countryZones(c) }); n != 0 {
			t.Errorf("countryZones(%q): %v allocations, want 0", c, n)
		}
	}
	for _, country := range []string{"Belgium", "United States"} {
		z := Zones(country, "")
		z[0] = "Mars/Olympus"
		zc, _ := ResolveZone(country, "", date(2022, 4, 7), ClockOf(9, 45), StatedTime{})
		zc.Candidates[0] = "Mars/Olympus"
		if got := Zones(country, ""); got[0] == "Mars/Olympus" {
			t.Errorf("Zones(%q, \"\")[0] = %q after changing an earlier answer", country, got[0])
		}
		if got := countryZones(country); got[0] == "Mars/Olympus" {
			t.Errorf("countryZones(%q)[0] = %q after changing an earlier answer", country, got[0])
		}
	}
}
