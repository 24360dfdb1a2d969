package parse

import (
	"fmt"
	"strings"
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
		{"王毅中国共産党中央外事工作委員会弁公室主任との間で", []person{{"王毅", "中国共産党中央外事工作委員会弁公室主任", "China", ""}}, "a Chinese kanji name before a party office (主任)"},
		{"趙楽際全国人民代表大会常務委員会委員長と", []person{{"趙楽際", "全国人民代表大会常務委員会委員長", "", ""}}, "a kanji name before a state organ with no country (全国 starts the title)"},
		{"習近平中国国家主席は", []person{{"習近平", "中国国家主席", "China", ""}}, "a three-kanji name before a country"},
		{"田中角栄内閣総理大臣は", []person{{"田中角栄", "内閣総理大臣", "", ""}}, "中 inside a Japanese name is not China: the title needs an office word after the country"},
		{"辻清人外務副大臣同席の下", []person{{"辻清人", "外務副大臣", "", ""}}, "同席 right after the office ends the mention"},
		{"国連安保理常任理事国の委員会で", nil, "委員 inside 委員会 is not an office"},
		{"秦剛(しん・ごう)中国国務委員兼外交部長と", []person{{"秦剛(しん・ごう)", "中国国務委員兼外交部長", "China", ""}}, "a kanji name with a hiragana reading"},
		{"天野之弥国際原子力機関(IAEA)事務局長の", []person{{"天野之弥", "国際原子力機関(IAEA)事務局長", "", "IAEA"}}, "an organisation's initials in brackets inside the title; the title starts at the organisation"},
		{"ラファエル・グロッシー国際原子力機関(IAEA)事務局長の", []person{{"ラファエル・グロッシー", "国際原子力機関(IAEA)事務局長", "", "IAEA"}}, "the same after a katakana name"},
		{"岸田大臣(Kishida)外務大臣", []person{{"岸田", "大臣", "", ""}, {"", "外務大臣", "", ""}}, "a bracket of mixed-case Latin is neither a reading nor initials"},
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

func TestJaAttends(t *testing.T) {
	tests := []struct {
		after  string
		want   bool
		reason string
	}{
		{"が同席しました。", true, "が同席"},
		{"も同席しました。", true, "も同席"},
		{"同席の下、", true, "同席 with no particle"},
		{"が陪席した。", true, "陪席"},
		{"と会談を行いました。", false, "a counterpart"},
		{"は、", false, "the principal"},
		{"が出席しました。", false, "attending a meeting is not sitting in on a talk"},
	}
	for _, tt := range tests {
		if got := jaAttends(tt.after); got != tt.want {
			t.Errorf("jaAttends(%q) = %v, want %v (%s)", tt.after, got, tt.want, tt.reason)
		}
	}
}

// TestJaWhoRoles checks the role each person named in a lead gets: who
// sits in on the talk (同席, 陪席) is an attendee, not a counterpart.
func TestJaWhoRoles(t *testing.T) {
	tests := []struct {
		lead   string
		want   []string // "name/role"
		reason string
	}{
		{"本8日午後5時から約20分間、岸田文雄内閣総理大臣は、訪日中のアントニー・ブリンケン米国国務長官による表敬を受けたところ、概要は以下のとおりです。上川陽子外務大臣が同席しました。",
			[]string{"岸田文雄/principal", "アントニー・ブリンケン/counterpart", "上川陽子/attendee"}, "が同席 in a later sentence of the lead"},
		{"本8日午後6時から約40分間、上川陽子外務大臣は、辻清人外務副大臣同席の下、ペニー・ウォン豪州外務大臣と会談を行いました。",
			[]string{"上川陽子/principal", "辻清人/attendee", "ペニー・ウォン/counterpart"}, "同席の下 right after the title"},
	}
	for _, tt := range tests {
		m, err := Text("令和5年11月8日\n\n" + tt.lead + "\n")
		if err != nil {
			t.Errorf("%s: %v", tt.reason, err)
			continue
		}
		var got []string
		for _, q := range m.Participants {
			got = append(got, q.Name+"/"+q.Role.String())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s\n%s (-want +got):\n%s", tt.lead, tt.reason, diff)
		}
	}
}

// jaHostileMentions are runs of mentions with brackets between them:
// finding each mention's start must not walk back over the ones before it.
// want is the mentions in each unit.
var jaHostileMentions = []struct {
	unit string
	want int
}{
	{"機局長(AB)", 1},
	{"李局長(イ・ド)", 1},
	{"李度勲(しん)", 0}, // a name without a title is no mention
}

// TestJaPersonsInHostile checks the mentions found in jaHostileMentions
// repeated (BenchmarkJaPersonsInHostile shows the time is linear).
func TestJaPersonsInHostile(t *testing.T) {
	for _, tt := range jaHostileMentions {
		n := 200000 / len(tt.unit)
		s := strings.Repeat(tt.unit, n)
		if got := len(jaPersonsIn(s, 0, len(s))); got != n*tt.want {
			t.Errorf("%q repeated %d times: %d mentions, want %d", tt.unit, n, got, n*tt.want)
		}
	}
}

// BenchmarkJaPersonsInHostile reads jaHostileMentions repeated to 20 KB and
// 200 KB: linear time keeps ns/byte the same at both sizes.
func BenchmarkJaPersonsInHostile(b *testing.B) {
	for _, tt := range jaHostileMentions {
		for _, size := range []int{20000, 200000} {
			s := strings.Repeat(tt.unit, size/len(tt.unit))
			b.Run(fmt.Sprintf("%s/%dKB", tt.unit, size/1000), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for b.Loop() {
					jaPersonsIn(s, 0, len(s))
				}
			})
		}
	}
}
