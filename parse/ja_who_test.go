package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestJaPersonsIn(t *testing.T) {
	type person struct{ Name, Title, Country, Org string }
	tests := []struct {
		in     string
		want   []person
		reason string
	}{
		{"ベルギーを訪問中の林芳正外務大臣は、", []person{{"林芳正", "外務大臣", "", ""}}, "a kanji name and a known office"},
		{"ブリンケン米国務長官と、", []person{{"ブリンケン", "米国務長官", "United States", ""}}, "one-kanji country prefix before the office"},
		{"マイク・ポンペオ米国国務長官(The Honorable Mike Pompeo)と", []person{{"マイク・ポンペオ", "米国国務長官", "United States", ""}}, "米国 before 国務長官"},
		{"ジュリー・ビショップ・オーストラリア連邦外務大臣と", []person{{"ジュリー・ビショップ", "オーストラリア連邦外務大臣", "Australia", ""}}, "a katakana country after the name's last ・"},
		{"ストルテンベルグNATO事務総長との会談", []person{{"ストルテンベルグ", "NATO事務総長", "", "NATO"}}, "an organisation's initials"},
		{"朴振韓国外交部長官及び", []person{{"朴振", "韓国外交部長官", "Republic of Korea", ""}}, "a kanji name before a country"},
		{"安倍晋三内閣総理大臣は,", []person{{"安倍晋三", "内閣総理大臣", "", ""}}, "the longest office"},
		{"冒頭,河野大臣から,", []person{{"河野", "大臣", "", ""}}, "a short form"},
		{"イニア・バティコト・セルイラトゥ防衛・国家安全保障・外務大臣(Hon. Inia)と", []person{{"イニア・バティコト・セルイラトゥ", "防衛・国家安全保障・外務大臣", "", ""}}, "a compound title after a katakana name"},
		{"サティエンドラ・プラサド・フィジー共和国国連常駐代表(H.E.),ヴィリアミ・ヴァインガ・トネ・トンガ王国国連常駐代表(H.E.)による表敬", []person{
			{"サティエンドラ・プラサド", "フィジー共和国国連常駐代表", "Fiji", ""}, {"ヴィリアミ・ヴァインガ・トネ", "トンガ王国国連常駐代表", "Tonga", ""}}, "two counterparts; official country forms"},
		{"アメリカ合衆国のドナルド・ジョン・トランプ大統領と", []person{{"ドナルド・ジョン・トランプ", "大統領", "United States", ""}}, "country from Xの"},
		{"日本の外務大臣として", []person{{"", "外務大臣", "Japan", ""}}, "a title alone has no name"},
		{"両外相は", []person{{"", "外相", "", ""}}, "両 is not a name"},
		{"NATO外相会合に出席", nil, "外相 inside a longer word is not an office"},
		{"【茂木外務大臣】G7の", []person{{"茂木", "外務大臣", "", ""}}, "a speaker label"},
		{"李度勲(イ・ドフン)韓国外交部第2次官(Mr. LEE Dohoon)", []person{{"李度勲(イ・ドフン)", "韓国外交部第2次官", "Republic of Korea", ""}}, "a kanji name with its reading"},
	}
	for _, tt := range tests {
		var got []person
		for _, pr := range jaPersonsIn(tt.in, 0, len(tt.in)) {
			got = append(got, person{tt.in[pr.start:pr.nameEnd], tt.in[pr.titleStart:pr.end], pr.country, pr.org})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("jaPersonsIn(%q) (%s) (-want +got):\n%s", tt.in, tt.reason, diff)
		}
	}
}

func TestJaLinks(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
		reason      string
	}{
		{"林", "林芳正", true, "family name of a kanji name"},
		{"ケリー", "ジョン・ケリー", true, "last part of a katakana name"},
		{"ジョン", "ジョン・ケリー", true, "first part"},
		{"ケリ", "ジョン・ケリー", false, "not a whole part"},
		{"芳正", "林芳正", false, "the given name alone is not linked"},
		{"", "林芳正", false, "no name"},
	}
	for _, tt := range tests {
		if got := jaLinks(tt.short, tt.full); got != tt.want {
			t.Errorf("jaLinks(%q, %q) = %v, want %v (%s)", tt.short, tt.full, got, tt.want, tt.reason)
		}
	}
}
