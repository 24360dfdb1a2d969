package readout

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/diplomacy-data/readout/internal/placeword"
)

// Country returns the canonical English short name of the country a readout
// names, and reports whether the name is known.
//
// It accepts the ways MOFA's English and Japanese readouts write a country:
// the short name with or without "the" ("the Philippines"), the official long
// form ("the People's Republic of China", "the Kingdom of Saudi Arabia"),
// abbreviations ("U.S.", "ROK", "Lao PDR"), adjectives as they appear in
// titles ("Chinese", "Australian", "U.S."), former names ("Turkey",
// "Swaziland"), and Japanese names and one-kanji abbreviations ("ベルギー",
// "米国", "米", "豪", "韓"). Latin letters are matched without regard to
// case or diacritics; full-width forms, curly apostrophes, dots and hyphens
// are folded first, so "U.S." and "US", "Côte d’Ivoire" and "Cote d'Ivoire"
// are the same name.
//
// The canonical names are those of [Place.Country]: "United States",
// "Republic of Korea", "North Korea", "China", "Laos", "Viet Nam",
// "Türkiye", "United Kingdom". The table covers every member of the United
// Nations and Taiwan, Palestine, Kosovo, the Holy See, the Cook Islands and
// Niue. A name is given to a country for the purpose of locating meetings
// and time zones; it takes no position on status or recognition.
//
// "Korea" alone is read as the Republic of Korea, as in "Japan-Korea". "Congo"
// alone is ambiguous and is not recognised.
func Country(name string) (string, bool) {
	var buf [64]byte
	if k, ascii := placeword.AppendKey(buf[:0], name); ascii {
		return placeword.Country(k)
	}
	if k, ok := appendKanaKey(buf[:0], name); ok {
		i, ok := placeIndex().countries[string(k)]
		if !ok {
			return "", false
		}
		return countries[i].name, true
	}
	i, ok := placeIndex().countries[placeKey(name)]
	if !ok {
		return "", false
	}
	return countries[i].name, true
}

// appendKanaKey appends the lookup key of a name written only in kanji,
// hiragana and katakana (with ー and ・) to buf, and reports whether the name
// is of that kind. For such a name [placeKey] changes nothing but drop the
// ・: NFD splits a voiced kana and NFKC joins it again, and case does not
// apply. The key is built without allocating when it fits buf.
func appendKanaKey(buf []byte, name string) ([]byte, bool) {
	if name == "" {
		return buf, false
	}
	for _, r := range name {
		switch {
		case r == '・' || r == '･':
			continue
		case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3041 && r <= 0x3096, r >= 0x30A1 && r <= 0x30FA, r == 0x30FC:
			buf = utf8.AppendRune(buf, r)
		default:
			return buf, false
		}
	}
	return buf, true
}

// City returns the canonical name of a city or venue a readout names and the
// canonical name of its country, and reports whether the name is known.
//
// The table has the capital of every country in [Country]'s table and the
// cities and venues where MOFA meetings are often held ("New York",
// "Geneva", "Busan", "Sydney", "Kananaskis", "Bali"), with their common
// spellings ("Washington, D.C.", "Washington DC", "NYC", "Kiev") and
// Japanese names ("ニューヨーク", "ワシントン", "ジュネーブ", "ブリュッセル").
// Names are matched as [Country] matches them.
//
// A name shared by cities in several countries ("Victoria", "Kingston",
// "St. John's") gives the first listed; [Zones] and [ResolveZone] take the
// one in the given country.
func City(name string) (city, country string, ok bool) {
	var ids []int
	var buf [64]byte
	if k, ascii := placeword.AppendKey(buf[:0], name); ascii {
		ids = placeIndex().cities[string(k)]
	} else if k, kana := appendKanaKey(buf[:0], name); kana {
		ids = placeIndex().cities[string(k)]
	} else {
		ids = placeIndex().cities[placeKey(name)]
	}
	if len(ids) == 0 {
		return "", "", false
	}
	c := cities[ids[0]]
	return c.name, c.country, true
}

// cityIn returns the city named name in country (canonical), or the first
// city of that name when country is "".
func cityIn(name, country string) (cityInfo, bool) {
	for _, i := range placeIndex().cities[placeKey(name)] {
		if country == "" || cities[i].country == country {
			return cities[i], true
		}
	}
	return cityInfo{}, false
}

// countryZones returns the IANA zones of the canonical country name: the
// table's, shared, which the caller must not modify (a result handed out is
// a copy).
func countryZones(country string) []string {
	t := placeIndex()
	if i, ok := t.names[country]; ok {
		return t.zones[i] // the callers' canonical name, as it stands
	}
	var buf [64]byte
	var i int
	var ok bool
	if k, ascii := placeword.AppendKey(buf[:0], country); ascii {
		i, ok = t.countries[string(k)] // placeKey's key, folded on the stack
	} else {
		i, ok = t.countries[placeKey(country)]
	}
	if !ok {
		return nil
	}
	return t.zones[i]
}

// cityZone returns the IANA zone of c: its own, or the first of its country.
func cityZone(c cityInfo) string {
	if c.zone != "" {
		return c.zone
	}
	if z := countryZones(c.country); len(z) > 0 {
		return z[0]
	}
	return ""
}

// placeKey folds a place name for lookup (for ASCII names
// [placeword.AppendKey] gives the same key without allocating): compatibility forms (full-width
// letters, half-width katakana) are folded by NFKC, Latin diacritics are
// dropped, letters are lower-cased, curly quotes become straight, dots and
// commas are removed, hyphens become spaces, runs of space collapse, and a
// leading "the " is dropped.
func placeKey(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	prevLatin := false
	space := false
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) && prevLatin {
			continue // a diacritic on a Latin letter
		}
		switch r {
		case '’', '‘', '`', '´', 'ʼ':
			r = '\''
		case '.', ',', '(', ')', '・', '･':
			continue
		case '-', '‐', '‑', '–', '—', '_', '/':
			r = ' '
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		prevLatin = r < 0x250 || (r >= 0x1E00 && r <= 0x1EFF)
		if r == '&' {
			b.WriteString("and")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	k := norm.NFKC.String(b.String())
	k = strings.ToLower(k)
	k = strings.TrimPrefix(k, "the ")
	return k
}

type placeTables struct {
	countries map[string]int   // key → index into countries
	words     placeword.Tables // the countries by key, for the parser
	cities    map[string][]int // key → indexes into cities, in table order
	conflicts []string         // keys given to two countries (a table bug)
	zones     [][]string       // the zones of each country, as countries
	names     map[string]int   // canonical name → index into countries
}

func init() {
	placeword.Register(func() *placeword.Tables { return &placeIndex().words })
}

var placeIndex = sync.OnceValue(func() *placeTables {
	t := &placeTables{countries: map[string]int{}, cities: map[string][]int{}}
	t.words = placeword.Tables{Countries: map[string]string{}, Cities: map[string]placeword.City{}}
	t.zones = make([][]string, len(countries))
	t.names = make(map[string]int, len(countries))
	for i, c := range countries {
		t.zones[i] = slices.Clip(strings.Fields(c.zones))
		t.names[c.name] = i
		for _, n := range append([]string{c.name}, strings.Split(c.aliases, "|")...) {
			k := placeKey(n)
			if k == "" {
				continue
			}
			if j, dup := t.countries[k]; dup && j != i {
				t.conflicts = append(t.conflicts, countries[j].name+" / "+c.name+": "+n)
				continue
			}
			t.countries[k] = i
			t.words.Countries[k] = c.name
		}
	}
	for i, c := range cities {
		for _, n := range append([]string{c.name}, strings.Split(c.aliases, "|")...) {
			k := placeKey(n)
			if k == "" {
				continue
			}
			ids := t.cities[k]
			if len(ids) > 0 && ids[len(ids)-1] == i {
				continue
			}
			if len(ids) == 0 {
				t.words.Cities[k] = placeword.City{Name: c.name, Country: c.country}
			}
			t.cities[k] = append(ids, i)
		}
	}
	return t
})

// A countryInfo is a row of the country table: the canonical name, the IANA
// zones (space-separated, the capital's first) and the other names
// ("|"-separated).
type countryInfo struct {
	name    string
	zones   string
	aliases string
}

// countries is sorted by name. Zones lists the zones a meeting could
// plausibly be in: remote islands with their own zone (Chatham, the Canaries,
// the Azores, Easter Island, the Galápagos) are left out, so that such
// countries count as single-zone.
var countries = []countryInfo{
	{"Afghanistan", "Asia/Kabul", "Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan|Afghan|アフガニスタン|アフガン"},
	{"Albania", "Europe/Tirane", "Republic of Albania|Albanian|アルバニア"},
	{"Algeria", "Africa/Algiers", "People's Democratic Republic of Algeria|Algerian|アルジェリア"},
	{"Andorra", "Europe/Andorra", "Principality of Andorra|Andorran|アンドラ"},
	{"Angola", "Africa/Luanda", "Republic of Angola|Angolan|アンゴラ"},
	{"Antigua and Barbuda", "America/Antigua", "Antiguan|アンティグア・バーブーダ"},
	{"Argentina", "America/Argentina/Buenos_Aires", "Argentine Republic|Argentine|Argentinian|Argentinean|アルゼンチン|亜国"},
	{"Armenia", "Asia/Yerevan", "Republic of Armenia|Armenian|アルメニア"},
	{"Australia", "Australia/Sydney Australia/Brisbane Australia/Adelaide Australia/Darwin Australia/Perth", "Commonwealth of Australia|Australian|オーストラリア|豪州|豪"},
	{"Austria", "Europe/Vienna", "Republic of Austria|Austrian|オーストリア|墺"},
	{"Azerbaijan", "Asia/Baku", "Republic of Azerbaijan|Azerbaijani|Azeri|アゼルバイジャン"},
	{"Bahamas", "America/Nassau", "Commonwealth of The Bahamas|Bahamian|バハマ"},
	{"Bahrain", "Asia/Bahrain", "Kingdom of Bahrain|Bahraini|バーレーン"},
	{"Bangladesh", "Asia/Dhaka", "People's Republic of Bangladesh|Bangladeshi|バングラデシュ"},
	{"Barbados", "America/Barbados", "Barbadian|バルバドス"},
	{"Belarus", "Europe/Minsk", "Republic of Belarus|Belarusian|ベラルーシ"},
	{"Belgium", "Europe/Brussels", "Kingdom of Belgium|Belgian|ベルギー|白"},
	{"Belize", "America/Belize", "Belizean|ベリーズ"},
	{"Benin", "Africa/Porto-Novo", "Republic of Benin|Beninese|ベナン"},
	{"Bhutan", "Asia/Thimphu", "Kingdom of Bhutan|Bhutanese|ブータン"},
	{"Bolivia", "America/La_Paz", "Plurinational State of Bolivia|Bolivian|ボリビア"},
	{"Bosnia and Herzegovina", "Europe/Sarajevo", "Bosnia|Bosnian|ボスニア・ヘルツェゴビナ|ボスニア・ヘルツェゴヴィナ"},
	{"Botswana", "Africa/Gaborone", "Republic of Botswana|Motswana|ボツワナ"},
	{"Brazil", "America/Sao_Paulo America/Manaus America/Rio_Branco America/Noronha", "Federative Republic of Brazil|Brazilian|ブラジル|伯"},
	{"Brunei", "Asia/Brunei", "Brunei Darussalam|Nation of Brunei|Bruneian|ブルネイ"},
	{"Bulgaria", "Europe/Sofia", "Republic of Bulgaria|Bulgarian|ブルガリア"},
	{"Burkina Faso", "Africa/Ouagadougou", "Burkinabe|ブルキナファソ"},
	{"Burundi", "Africa/Bujumbura", "Republic of Burundi|Burundian|ブルンジ"},
	{"Cabo Verde", "Atlantic/Cape_Verde", "Republic of Cabo Verde|Cape Verde|Cabo Verdean|Cape Verdean|カーボベルデ"},
	{"Cambodia", "Asia/Phnom_Penh", "Kingdom of Cambodia|Cambodian|カンボジア"},
	{"Cameroon", "Africa/Douala", "Republic of Cameroon|Cameroonian|カメルーン"},
	{"Canada", "America/Toronto America/Vancouver America/Edmonton America/Regina America/Winnipeg America/Halifax America/St_Johns", "Canadian|カナダ|加"},
	{"Central African Republic", "Africa/Bangui", "CAR|Central African|中央アフリカ|中央アフリカ共和国"},
	{"Chad", "Africa/Ndjamena", "Republic of Chad|Chadian|チャド"},
	{"Chile", "America/Santiago", "Republic of Chile|Chilean|チリ|智"},
	{"China", "Asia/Shanghai", "People's Republic of China|PRC|Chinese|中国|中華人民共和国|中"},
	{"Colombia", "America/Bogota", "Republic of Colombia|Colombian|コロンビア"},
	{"Comoros", "Indian/Comoro", "Union of the Comoros|Comorian|コモロ"},
	{"Cook Islands", "Pacific/Rarotonga", "Cook Islander|クック諸島"},
	{"Costa Rica", "America/Costa_Rica", "Republic of Costa Rica|Costa Rican|コスタリカ"},
	{"Côte d'Ivoire", "Africa/Abidjan", "Republic of Côte d'Ivoire|Ivory Coast|Ivorian|コートジボワール"},
	{"Croatia", "Europe/Zagreb", "Republic of Croatia|Croatian|クロアチア"},
	{"Cuba", "America/Havana", "Republic of Cuba|Cuban|キューバ"},
	{"Cyprus", "Asia/Nicosia", "Republic of Cyprus|Cypriot|キプロス"},
	{"Czech Republic", "Europe/Prague", "Czechia|Czech|チェコ|チェコ共和国"},
	{"Democratic Republic of the Congo", "Africa/Kinshasa Africa/Lubumbashi", "DR Congo|DRC|Congo Kinshasa|Congo-Kinshasa|コンゴ民主共和国|コンゴ民"},
	{"Denmark", "Europe/Copenhagen", "Kingdom of Denmark|Danish|デンマーク|丁"},
	{"Djibouti", "Africa/Djibouti", "Republic of Djibouti|Djiboutian|ジブチ"},
	{"Dominica", "America/Dominica", "Commonwealth of Dominica|ドミニカ国"},
	{"Dominican Republic", "America/Santo_Domingo", "ドミニカ共和国"},
	{"Ecuador", "America/Guayaquil", "Republic of Ecuador|Ecuadorian|エクアドル"},
	{"Egypt", "Africa/Cairo", "Arab Republic of Egypt|Egyptian|エジプト|埃"},
	{"El Salvador", "America/El_Salvador", "Republic of El Salvador|Salvadoran|エルサルバドル"},
	{"Equatorial Guinea", "Africa/Malabo", "Republic of Equatorial Guinea|Equatoguinean|赤道ギニア"},
	{"Eritrea", "Africa/Asmara", "State of Eritrea|Eritrean|エリトリア"},
	{"Estonia", "Europe/Tallinn", "Republic of Estonia|Estonian|エストニア"},
	{"Eswatini", "Africa/Mbabane", "Kingdom of Eswatini|Swaziland|Swazi|エスワティニ|スワジランド"},
	{"Ethiopia", "Africa/Addis_Ababa", "Federal Democratic Republic of Ethiopia|Ethiopian|エチオピア"},
	{"Fiji", "Pacific/Fiji", "Republic of Fiji|Fijian|フィジー"},
	{"Finland", "Europe/Helsinki", "Republic of Finland|Finnish|フィンランド|芬"},
	{"France", "Europe/Paris", "French Republic|French|フランス|仏"},
	{"Gabon", "Africa/Libreville", "Gabonese Republic|Gabonese|ガボン"},
	{"Gambia", "Africa/Banjul", "Republic of The Gambia|Gambian|ガンビア"},
	{"Georgia", "Asia/Tbilisi", "Georgian|ジョージア|グルジア"},
	{"Germany", "Europe/Berlin", "Federal Republic of Germany|German|ドイツ|独"},
	{"Ghana", "Africa/Accra", "Republic of Ghana|Ghanaian|ガーナ"},
	{"Greece", "Europe/Athens", "Hellenic Republic|Greek|ギリシャ|ギリシア|希"},
	{"Grenada", "America/Grenada", "Grenadian|グレナダ"},
	{"Guatemala", "America/Guatemala", "Republic of Guatemala|Guatemalan|グアテマラ"},
	{"Guinea", "Africa/Conakry", "Republic of Guinea|Guinean|ギニア"},
	{"Guinea-Bissau", "Africa/Bissau", "Republic of Guinea-Bissau|Bissau-Guinean|ギニアビサウ"},
	{"Guyana", "America/Guyana", "Co-operative Republic of Guyana|Cooperative Republic of Guyana|Guyanese|ガイアナ"},
	{"Haiti", "America/Port-au-Prince", "Republic of Haiti|Haitian|ハイチ"},
	{"Holy See", "Europe/Vatican", "Vatican|Vatican City|Vatican City State|バチカン|ローマ教皇庁"},
	{"Honduras", "America/Tegucigalpa", "Republic of Honduras|Honduran|ホンジュラス"},
	{"Hungary", "Europe/Budapest", "Hungarian|ハンガリー|洪"},
	{"Iceland", "Atlantic/Reykjavik", "Icelandic|アイスランド"},
	{"India", "Asia/Kolkata", "Republic of India|Indian|インド|印"},
	{"Indonesia", "Asia/Jakarta Asia/Makassar Asia/Jayapura", "Republic of Indonesia|Indonesian|インドネシア|尼"},
	{"Iran", "Asia/Tehran", "Islamic Republic of Iran|Iranian|イラン"},
	{"Iraq", "Asia/Baghdad", "Republic of Iraq|Iraqi|イラク"},
	{"Ireland", "Europe/Dublin", "Republic of Ireland|Irish|アイルランド|愛"},
	{"Israel", "Asia/Jerusalem", "State of Israel|Israeli|イスラエル"},
	{"Italy", "Europe/Rome", "Italian Republic|Italian|イタリア|伊"},
	{"Jamaica", "America/Jamaica", "Jamaican|ジャマイカ"},
	{"Japan", "Asia/Tokyo", "Japanese|日本|日本国|日"},
	{"Jordan", "Asia/Amman", "Hashemite Kingdom of Jordan|Jordanian|ヨルダン"},
	{"Kazakhstan", "Asia/Almaty Asia/Aqtobe", "Republic of Kazakhstan|Kazakh|Kazakhstani|カザフスタン"},
	{"Kenya", "Africa/Nairobi", "Republic of Kenya|Kenyan|ケニア"},
	{"Kiribati", "Pacific/Tarawa Pacific/Kanton Pacific/Kiritimati", "Republic of Kiribati|I-Kiribati|キリバス"},
	{"Kosovo", "Europe/Belgrade", "Republic of Kosovo|Kosovar|コソボ"},
	{"Kuwait", "Asia/Kuwait", "State of Kuwait|Kuwaiti|クウェート"},
	{"Kyrgyzstan", "Asia/Bishkek", "Kyrgyz Republic|Kyrgyz|キルギス|キルギス共和国"},
	{"Laos", "Asia/Vientiane", "Lao PDR|Lao People's Democratic Republic|Lao|Laotian|ラオス"},
	{"Latvia", "Europe/Riga", "Republic of Latvia|Latvian|ラトビア"},
	{"Lebanon", "Asia/Beirut", "Lebanese Republic|Lebanese|レバノン"},
	{"Lesotho", "Africa/Maseru", "Kingdom of Lesotho|Basotho|レソト"},
	{"Liberia", "Africa/Monrovia", "Republic of Liberia|Liberian|リベリア"},
	{"Libya", "Africa/Tripoli", "State of Libya|Libyan|リビア"},
	{"Liechtenstein", "Europe/Vaduz", "Principality of Liechtenstein|リヒテンシュタイン"},
	{"Lithuania", "Europe/Vilnius", "Republic of Lithuania|Lithuanian|リトアニア"},
	{"Luxembourg", "Europe/Luxembourg", "Grand Duchy of Luxembourg|Luxembourgish|ルクセンブルク"},
	{"Madagascar", "Indian/Antananarivo", "Republic of Madagascar|Malagasy|マダガスカル"},
	{"Malawi", "Africa/Blantyre", "Republic of Malawi|Malawian|マラウイ"},
	{"Malaysia", "Asia/Kuala_Lumpur", "Malaysian|マレーシア|馬"},
	{"Maldives", "Indian/Maldives", "Republic of Maldives|Maldivian|モルディブ"},
	{"Mali", "Africa/Bamako", "Republic of Mali|Malian|マリ"},
	{"Malta", "Europe/Malta", "Republic of Malta|Maltese|マルタ"},
	{"Marshall Islands", "Pacific/Majuro", "Republic of the Marshall Islands|Marshallese|マーシャル諸島|マーシャル"},
	{"Mauritania", "Africa/Nouakchott", "Islamic Republic of Mauritania|Mauritanian|モーリタニア"},
	{"Mauritius", "Indian/Mauritius", "Republic of Mauritius|Mauritian|モーリシャス"},
	{"Mexico", "America/Mexico_City America/Cancun America/Chihuahua America/Mazatlan America/Hermosillo America/Tijuana", "United Mexican States|Mexican|メキシコ|墨"},
	{"Micronesia", "Pacific/Pohnpei Pacific/Chuuk", "Federated States of Micronesia|FSM|Micronesian|ミクロネシア|ミクロネシア連邦"},
	{"Moldova", "Europe/Chisinau", "Republic of Moldova|Moldovan|モルドバ"},
	{"Monaco", "Europe/Monaco", "Principality of Monaco|Monegasque|モナコ"},
	{"Mongolia", "Asia/Ulaanbaatar Asia/Hovd", "Mongolian|モンゴル|蒙"},
	{"Montenegro", "Europe/Podgorica", "Montenegrin|モンテネグロ"},
	{"Morocco", "Africa/Casablanca", "Kingdom of Morocco|Moroccan|モロッコ"},
	{"Mozambique", "Africa/Maputo", "Republic of Mozambique|Mozambican|モザンビーク"},
	{"Myanmar", "Asia/Yangon", "Republic of the Union of Myanmar|Burma|ミャンマー|緬"},
	{"Namibia", "Africa/Windhoek", "Republic of Namibia|Namibian|ナミビア"},
	{"Nauru", "Pacific/Nauru", "Republic of Nauru|Nauruan|ナウル"},
	{"Nepal", "Asia/Kathmandu", "Federal Democratic Republic of Nepal|Nepali|Nepalese|ネパール"},
	{"Netherlands", "Europe/Amsterdam", "Kingdom of the Netherlands|Holland|Dutch|オランダ|蘭"},
	{"New Zealand", "Pacific/Auckland", "NZ|New Zealander|ニュージーランド"},
	{"Nicaragua", "America/Managua", "Republic of Nicaragua|Nicaraguan|ニカラグア"},
	{"Niger", "Africa/Niamey", "Republic of the Niger|Republic of Niger|Nigerien|ニジェール"},
	{"Nigeria", "Africa/Lagos", "Federal Republic of Nigeria|Nigerian|ナイジェリア"},
	{"Niue", "Pacific/Niue", "Niuean|ニウエ"},
	{"North Korea", "Asia/Pyongyang", "Democratic People's Republic of Korea|DPRK|North Korean|北朝鮮|朝鮮民主主義人民共和国|朝"},
	{"North Macedonia", "Europe/Skopje", "Republic of North Macedonia|Macedonia|Former Yugoslav Republic of Macedonia|North Macedonian|Macedonian|北マケドニア|マケドニア"},
	{"Norway", "Europe/Oslo", "Kingdom of Norway|Norwegian|ノルウェー|諾"},
	{"Oman", "Asia/Muscat", "Sultanate of Oman|Omani|オマーン"},
	{"Pakistan", "Asia/Karachi", "Islamic Republic of Pakistan|Pakistani|パキスタン"},
	{"Palau", "Pacific/Palau", "Republic of Palau|Palauan|パラオ"},
	{"Palestine", "Asia/Hebron", "State of Palestine|Palestinian Authority|Palestinian|パレスチナ|パレスチナ自治政府"},
	{"Panama", "America/Panama", "Republic of Panama|Panamanian|パナマ"},
	{"Papua New Guinea", "Pacific/Port_Moresby", "Independent State of Papua New Guinea|PNG|Papua New Guinean|パプアニューギニア"},
	{"Paraguay", "America/Asuncion", "Republic of Paraguay|Paraguayan|パラグアイ"},
	{"Peru", "America/Lima", "Republic of Peru|Peruvian|ペルー|秘"},
	{"Philippines", "Asia/Manila", "Republic of the Philippines|Philippine|Filipino|フィリピン|比"},
	{"Poland", "Europe/Warsaw", "Republic of Poland|Polish|ポーランド|波"},
	{"Portugal", "Europe/Lisbon", "Portuguese Republic|Portuguese|ポルトガル|葡"},
	{"Qatar", "Asia/Qatar", "State of Qatar|Qatari|カタール"},
	{"Republic of Korea", "Asia/Seoul", "ROK|South Korea|Korea|Korean|South Korean|大韓民国|韓国|韓"},
	{"Republic of the Congo", "Africa/Brazzaville", "Congo Brazzaville|Congo-Brazzaville|コンゴ共和国"},
	{"Romania", "Europe/Bucharest", "Romanian|ルーマニア"},
	{"Russia", "Europe/Moscow Europe/Kaliningrad Europe/Samara Asia/Yekaterinburg Asia/Omsk Asia/Novosibirsk Asia/Krasnoyarsk Asia/Irkutsk Asia/Yakutsk Asia/Vladivostok Asia/Sakhalin Asia/Magadan Asia/Kamchatka", "Russian Federation|Russian|ロシア|ロシア連邦|露"},
	{"Rwanda", "Africa/Kigali", "Republic of Rwanda|Rwandan|ルワンダ"},
	{"Saint Kitts and Nevis", "America/St_Kitts", "St Kitts and Nevis|Federation of Saint Kitts and Nevis|Kittitian|セントクリストファー・ネービス"},
	{"Saint Lucia", "America/St_Lucia", "St Lucia|Saint Lucian|セントルシア"},
	{"Saint Vincent and the Grenadines", "America/St_Vincent", "St Vincent and the Grenadines|Vincentian|セントビンセント及びグレナディーン諸島|セントビンセント"},
	{"Samoa", "Pacific/Apia", "Independent State of Samoa|Samoan|サモア"},
	{"San Marino", "Europe/San_Marino", "Republic of San Marino|Sammarinese|サンマリノ"},
	{"Sao Tome and Principe", "Africa/Sao_Tome", "Democratic Republic of Sao Tome and Principe|Sao Tomean|サントメ・プリンシペ"},
	{"Saudi Arabia", "Asia/Riyadh", "Kingdom of Saudi Arabia|KSA|Saudi|Saudi Arabian|サウジアラビア|サウジ"},
	{"Senegal", "Africa/Dakar", "Republic of Senegal|Senegalese|セネガル"},
	{"Serbia", "Europe/Belgrade", "Republic of Serbia|Serbian|セルビア"},
	{"Seychelles", "Indian/Mahe", "Republic of Seychelles|Seychellois|セーシェル"},
	{"Sierra Leone", "Africa/Freetown", "Republic of Sierra Leone|Sierra Leonean|シエラレオネ"},
	{"Singapore", "Asia/Singapore", "Republic of Singapore|Singaporean|シンガポール|星"},
	{"Slovakia", "Europe/Bratislava", "Slovak Republic|Slovak|スロバキア"},
	{"Slovenia", "Europe/Ljubljana", "Republic of Slovenia|Slovenian|Slovene|スロベニア"},
	{"Solomon Islands", "Pacific/Guadalcanal", "Solomon Islander|ソロモン諸島|ソロモン"},
	{"Somalia", "Africa/Mogadishu", "Federal Republic of Somalia|Somali|ソマリア"},
	{"South Africa", "Africa/Johannesburg", "Republic of South Africa|South African|南アフリカ|南アフリカ共和国|南ア"},
	{"South Sudan", "Africa/Juba", "Republic of South Sudan|South Sudanese|南スーダン"},
	{"Spain", "Europe/Madrid", "Kingdom of Spain|Spanish|スペイン|西"},
	{"Sri Lanka", "Asia/Colombo", "Democratic Socialist Republic of Sri Lanka|Sri Lankan|スリランカ"},
	{"Sudan", "Africa/Khartoum", "Republic of the Sudan|Republic of Sudan|Sudanese|スーダン"},
	{"Suriname", "America/Paramaribo", "Republic of Suriname|Surinamese|スリナム"},
	{"Sweden", "Europe/Stockholm", "Kingdom of Sweden|Swedish|スウェーデン"},
	{"Switzerland", "Europe/Zurich", "Swiss Confederation|Swiss|スイス"},
	{"Syria", "Asia/Damascus", "Syrian Arab Republic|Syrian|シリア"},
	{"Taiwan", "Asia/Taipei", "Taiwanese|台湾|台"},
	{"Tajikistan", "Asia/Dushanbe", "Republic of Tajikistan|Tajik|タジキスタン"},
	{"Tanzania", "Africa/Dar_es_Salaam", "United Republic of Tanzania|Tanzanian|タンザニア"},
	{"Thailand", "Asia/Bangkok", "Kingdom of Thailand|Thai|タイ|泰"},
	{"Timor-Leste", "Asia/Dili", "Democratic Republic of Timor-Leste|East Timor|Timorese|東ティモール"},
	{"Togo", "Africa/Lome", "Togolese Republic|Togolese|トーゴ"},
	{"Tonga", "Pacific/Tongatapu", "Kingdom of Tonga|Tongan|トンガ"},
	{"Trinidad and Tobago", "America/Port_of_Spain", "Republic of Trinidad and Tobago|Trinidadian|トリニダード・トバゴ"},
	{"Tunisia", "Africa/Tunis", "Tunisian Republic|Republic of Tunisia|Tunisian|チュニジア"},
	{"Türkiye", "Europe/Istanbul", "Republic of Türkiye|Turkey|Republic of Turkey|Turkish|トルコ|土"},
	{"Turkmenistan", "Asia/Ashgabat", "Turkmen|トルクメニスタン"},
	{"Tuvalu", "Pacific/Funafuti", "Tuvaluan|ツバル"},
	{"Uganda", "Africa/Kampala", "Republic of Uganda|Ugandan|ウガンダ"},
	{"Ukraine", "Europe/Kyiv", "Ukrainian|ウクライナ|宇"},
	{"United Arab Emirates", "Asia/Dubai", "UAE|Emirati|アラブ首長国連邦"},
	{"United Kingdom", "Europe/London", "United Kingdom of Great Britain and Northern Ireland|UK|Great Britain|Britain|British|イギリス|英国|英"},
	{"United States", "America/New_York America/Chicago America/Denver America/Los_Angeles America/Phoenix America/Anchorage Pacific/Honolulu", "United States of America|US|USA|America|American|アメリカ|アメリカ合衆国|米国|米"},
	{"Uruguay", "America/Montevideo", "Oriental Republic of Uruguay|Uruguayan|ウルグアイ"},
	{"Uzbekistan", "Asia/Tashkent", "Republic of Uzbekistan|Uzbek|ウズベキスタン"},
	{"Vanuatu", "Pacific/Efate", "Republic of Vanuatu|Ni-Vanuatu|バヌアツ"},
	{"Venezuela", "America/Caracas", "Bolivarian Republic of Venezuela|Venezuelan|ベネズエラ"},
	{"Viet Nam", "Asia/Ho_Chi_Minh", "Vietnam|Socialist Republic of Viet Nam|Socialist Republic of Vietnam|Vietnamese|ベトナム|越"},
	{"Yemen", "Asia/Aden", "Republic of Yemen|Yemeni|イエメン"},
	{"Zambia", "Africa/Lusaka", "Republic of Zambia|Zambian|ザンビア"},
	{"Zimbabwe", "Africa/Harare", "Republic of Zimbabwe|Zimbabwean|ジンバブエ"},
}

// A cityInfo is a row of the city table: the canonical name, the canonical
// country, the IANA zone ("" for the country's first zone) and the other
// names ("|"-separated).
type cityInfo struct {
	name    string
	country string
	zone    string
	aliases string
}

// cities is grouped by country, in the order of countries; a country's
// capital comes first.
var cities = []cityInfo{
	{"Kabul", "Afghanistan", "", "カブール"},
	{"Tirana", "Albania", "", "ティラナ"},
	{"Algiers", "Algeria", "", "アルジェ"},
	{"Andorra la Vella", "Andorra", "", "アンドララベリャ"},
	{"Luanda", "Angola", "", "ルアンダ"},
	{"St. John's", "Antigua and Barbuda", "", "Saint John's"},
	{"Buenos Aires", "Argentina", "", "ブエノスアイレス"},
	{"Yerevan", "Armenia", "", "エレバン"},
	{"Canberra", "Australia", "Australia/Sydney", "キャンベラ"},
	{"Sydney", "Australia", "Australia/Sydney", "シドニー"},
	{"Melbourne", "Australia", "Australia/Melbourne", "メルボルン"},
	{"Brisbane", "Australia", "Australia/Brisbane", "ブリスベン"},
	{"Perth", "Australia", "Australia/Perth", "パース"},
	{"Adelaide", "Australia", "Australia/Adelaide", "アデレード"},
	{"Darwin", "Australia", "Australia/Darwin", "ダーウィン"},
	{"Hobart", "Australia", "Australia/Hobart", "ホバート"},
	{"Vienna", "Austria", "", "Wien|ウィーン"},
	{"Baku", "Azerbaijan", "", "バクー"},
	{"Nassau", "Bahamas", "", "ナッソー"},
	{"Manama", "Bahrain", "", "マナーマ"},
	{"Dhaka", "Bangladesh", "", "ダッカ"},
	{"Bridgetown", "Barbados", "", "ブリッジタウン"},
	{"Minsk", "Belarus", "", "ミンスク"},
	{"Brussels", "Belgium", "", "Bruxelles|Brussel|ブリュッセル"},
	{"Belmopan", "Belize", "", "ベルモパン"},
	{"Porto-Novo", "Benin", "", "Cotonou|ポルトノボ|コトヌー"},
	{"Thimphu", "Bhutan", "", "ティンプー"},
	{"La Paz", "Bolivia", "", "Sucre|ラパス"},
	{"Sarajevo", "Bosnia and Herzegovina", "", "サラエボ"},
	{"Gaborone", "Botswana", "", "ハボローネ"},
	{"Brasília", "Brazil", "America/Sao_Paulo", "Brasilia|ブラジリア"},
	{"São Paulo", "Brazil", "America/Sao_Paulo", "Sao Paulo|サンパウロ"},
	{"Rio de Janeiro", "Brazil", "America/Sao_Paulo", "Rio|リオデジャネイロ"},
	{"Manaus", "Brazil", "America/Manaus", "マナウス"},
	{"Bandar Seri Begawan", "Brunei", "", "バンダルスリブガワン"},
	{"Sofia", "Bulgaria", "", "ソフィア"},
	{"Ouagadougou", "Burkina Faso", "", "ワガドゥグ"},
	{"Gitega", "Burundi", "", "Bujumbura|ギテガ|ブジュンブラ"},
	{"Praia", "Cabo Verde", "", "プライア"},
	{"Phnom Penh", "Cambodia", "", "プノンペン"},
	{"Siem Reap", "Cambodia", "", "シェムリアップ"},
	{"Yaoundé", "Cameroon", "", "Yaounde|ヤウンデ"},
	{"Ottawa", "Canada", "America/Toronto", "オタワ"},
	{"Toronto", "Canada", "America/Toronto", "トロント"},
	{"Montreal", "Canada", "America/Toronto", "Montréal|モントリオール"},
	{"Quebec City", "Canada", "America/Toronto", "Québec|Quebec|ケベック"},
	{"Charlevoix", "Canada", "America/Toronto", "シャルルボワ"},
	{"Vancouver", "Canada", "America/Vancouver", "バンクーバー"},
	{"Calgary", "Canada", "America/Edmonton", "カルガリー"},
	{"Kananaskis", "Canada", "America/Edmonton", "カナナスキス"},
	{"Edmonton", "Canada", "America/Edmonton", "エドモントン"},
	{"Winnipeg", "Canada", "America/Winnipeg", "ウィニペグ"},
	{"Halifax", "Canada", "America/Halifax", "ハリファックス"},
	{"St. John's", "Canada", "America/St_Johns", ""},
	{"Bangui", "Central African Republic", "", "バンギ"},
	{"N'Djamena", "Chad", "", "Ndjamena|ンジャメナ"},
	{"Santiago", "Chile", "", "サンティアゴ"},
	{"Beijing", "China", "", "Peking|北京"},
	{"Shanghai", "China", "", "上海"},
	{"Hong Kong", "China", "Asia/Hong_Kong", "香港"},
	{"Macao", "China", "Asia/Macau", "Macau|マカオ"},
	{"Hangzhou", "China", "", "杭州"},
	{"Ningbo", "China", "", "寧波"},
	{"Guangzhou", "China", "", "広州"},
	{"Shenzhen", "China", "", "深圳"},
	{"Tianjin", "China", "", "天津"},
	{"Dalian", "China", "", "大連"},
	{"Qingdao", "China", "", "青島"},
	{"Nanjing", "China", "", "南京"},
	{"Chengdu", "China", "", "成都"},
	{"Xi'an", "China", "", "Xian|西安"},
	{"Xiamen", "China", "", "厦門"},
	{"Boao", "China", "", "博鰲|ボアオ"},
	{"Bogotá", "Colombia", "", "Bogota|ボゴタ"},
	{"Moroni", "Comoros", "", "モロニ"},
	{"Avarua", "Cook Islands", "", "Rarotonga|アバルア|ラロトンガ"},
	{"San José", "Costa Rica", "", "San Jose|サンホセ"},
	{"Yamoussoukro", "Côte d'Ivoire", "", "ヤムスクロ"},
	{"Abidjan", "Côte d'Ivoire", "", "アビジャン"},
	{"Zagreb", "Croatia", "", "ザグレブ"},
	{"Havana", "Cuba", "", "La Habana|ハバナ"},
	{"Nicosia", "Cyprus", "", "ニコシア"},
	{"Prague", "Czech Republic", "", "Praha|プラハ"},
	{"Kinshasa", "Democratic Republic of the Congo", "Africa/Kinshasa", "キンシャサ"},
	{"Copenhagen", "Denmark", "", "København|コペンハーゲン"},
	{"Djibouti", "Djibouti", "", "Djibouti City|ジブチ市"},
	{"Roseau", "Dominica", "", "ロゾー"},
	{"Santo Domingo", "Dominican Republic", "", "サントドミンゴ"},
	{"Quito", "Ecuador", "", "キト"},
	{"Cairo", "Egypt", "", "カイロ"},
	{"Sharm el-Sheikh", "Egypt", "", "Sharm El Sheikh|シャルム・エル・シェイク"},
	{"San Salvador", "El Salvador", "", "サンサルバドル"},
	{"Malabo", "Equatorial Guinea", "", "マラボ"},
	{"Asmara", "Eritrea", "", "アスマラ"},
	{"Tallinn", "Estonia", "", "タリン"},
	{"Mbabane", "Eswatini", "", "ムババーネ"},
	{"Addis Ababa", "Ethiopia", "", "アディスアベバ"},
	{"Suva", "Fiji", "", "スバ"},
	{"Nadi", "Fiji", "", "ナンディ"},
	{"Helsinki", "Finland", "", "ヘルシンキ"},
	{"Paris", "France", "", "パリ"},
	{"Biarritz", "France", "", "ビアリッツ"},
	{"Nice", "France", "", "ニース"},
	{"Strasbourg", "France", "", "ストラスブール"},
	{"Libreville", "Gabon", "", "リーブルビル"},
	{"Banjul", "Gambia", "", "バンジュール"},
	{"Tbilisi", "Georgia", "", "トビリシ"},
	{"Berlin", "Germany", "", "ベルリン"},
	{"Munich", "Germany", "", "München|ミュンヘン"},
	{"Bonn", "Germany", "", "ボン"},
	{"Frankfurt", "Germany", "", "フランクフルト"},
	{"Hamburg", "Germany", "", "ハンブルク"},
	{"Münster", "Germany", "", "Muenster|ミュンスター"},
	{"Elmau", "Germany", "", "Schloss Elmau|エルマウ"},
	{"Accra", "Ghana", "", "アクラ"},
	{"Athens", "Greece", "", "アテネ"},
	{"St. George's", "Grenada", "", "Saint George's"},
	{"Guatemala City", "Guatemala", "", "グアテマラシティ"},
	{"Conakry", "Guinea", "", "コナクリ"},
	{"Bissau", "Guinea-Bissau", "", "ビサウ"},
	{"Georgetown", "Guyana", "", "ジョージタウン"},
	{"Port-au-Prince", "Haiti", "", "ポルトープランス"},
	{"Vatican City", "Holy See", "", "バチカン市国"},
	{"Tegucigalpa", "Honduras", "", "テグシガルパ"},
	{"Budapest", "Hungary", "", "ブダペスト"},
	{"Reykjavík", "Iceland", "", "Reykjavik|レイキャビク"},
	{"New Delhi", "India", "", "Delhi|ニューデリー|デリー"},
	{"Mumbai", "India", "", "Bombay|ムンバイ"},
	{"Bengaluru", "India", "", "Bangalore|ベンガルール"},
	{"Chennai", "India", "", "チェンナイ"},
	{"Kolkata", "India", "", "Calcutta|コルカタ"},
	{"Jakarta", "Indonesia", "Asia/Jakarta", "ジャカルタ"},
	{"Bogor", "Indonesia", "Asia/Jakarta", "ボゴール"},
	{"Surabaya", "Indonesia", "Asia/Jakarta", "スラバヤ"},
	{"Bali", "Indonesia", "Asia/Makassar", "バリ|バリ島"},
	{"Denpasar", "Indonesia", "Asia/Makassar", "デンパサール"},
	{"Nusa Dua", "Indonesia", "Asia/Makassar", "ヌサドゥア"},
	{"Labuan Bajo", "Indonesia", "Asia/Makassar", "ラブアンバジョ"},
	{"Makassar", "Indonesia", "Asia/Makassar", "マカッサル"},
	{"Jayapura", "Indonesia", "Asia/Jayapura", "ジャヤプラ"},
	{"Tehran", "Iran", "", "テヘラン"},
	{"Baghdad", "Iraq", "", "バグダッド"},
	{"Dublin", "Ireland", "", "ダブリン"},
	{"Jerusalem", "Israel", "", "エルサレム"},
	{"Tel Aviv", "Israel", "", "テルアビブ"},
	{"Rome", "Italy", "", "Roma|ローマ"},
	{"Milan", "Italy", "", "Milano|ミラノ"},
	{"Naples", "Italy", "", "Napoli|ナポリ"},
	{"Florence", "Italy", "", "Firenze|フィレンツェ"},
	{"Venice", "Italy", "", "Venezia|ベネチア|ヴェネツィア"},
	{"Capri", "Italy", "", "カプリ"},
	{"Taormina", "Italy", "", "タオルミーナ"},
	{"Fiuggi", "Italy", "", "フィウッジ"},
	{"Kingston", "Jamaica", "", "キングストン"},
	{"Tokyo", "Japan", "", "東京"},
	{"Osaka", "Japan", "", "大阪"},
	{"Kyoto", "Japan", "", "京都"},
	{"Hiroshima", "Japan", "", "広島"},
	{"Nagasaki", "Japan", "", "長崎"},
	{"Yokohama", "Japan", "", "横浜"},
	{"Nagoya", "Japan", "", "名古屋"},
	{"Kobe", "Japan", "", "神戸"},
	{"Fukuoka", "Japan", "", "福岡"},
	{"Sapporo", "Japan", "", "札幌"},
	{"Sendai", "Japan", "", "仙台"},
	{"Niigata", "Japan", "", "新潟"},
	{"Naha", "Japan", "", "那覇"},
	{"Okinawa", "Japan", "", "沖縄"},
	{"Ise-Shima", "Japan", "", "伊勢志摩"},
	{"Karuizawa", "Japan", "", "軽井沢"},
	{"Amman", "Jordan", "", "アンマン"},
	{"Astana", "Kazakhstan", "Asia/Almaty", "Nur-Sultan|アスタナ|ヌルスルタン"},
	{"Almaty", "Kazakhstan", "Asia/Almaty", "アルマトイ"},
	{"Nairobi", "Kenya", "", "ナイロビ"},
	{"Mombasa", "Kenya", "", "モンバサ"},
	{"Tarawa", "Kiribati", "Pacific/Tarawa", "South Tarawa|タラワ"},
	{"Pristina", "Kosovo", "", "Prishtina|プリシュティナ"},
	{"Kuwait City", "Kuwait", "", "クウェート市"},
	{"Bishkek", "Kyrgyzstan", "", "ビシュケク"},
	{"Vientiane", "Laos", "", "ビエンチャン"},
	{"Luang Prabang", "Laos", "", "ルアンパバーン"},
	{"Riga", "Latvia", "", "リガ"},
	{"Beirut", "Lebanon", "", "ベイルート"},
	{"Maseru", "Lesotho", "", "マセル"},
	{"Monrovia", "Liberia", "", "モンロビア"},
	{"Tripoli", "Libya", "", "トリポリ"},
	{"Vaduz", "Liechtenstein", "", "ファドゥーツ"},
	{"Vilnius", "Lithuania", "", "ビリニュス"},
	{"Luxembourg", "Luxembourg", "", "Luxembourg City|ルクセンブルク市"},
	{"Antananarivo", "Madagascar", "", "アンタナナリボ"},
	{"Lilongwe", "Malawi", "", "リロングウェ"},
	{"Kuala Lumpur", "Malaysia", "", "KL|クアラルンプール"},
	{"Putrajaya", "Malaysia", "", "プトラジャヤ"},
	{"Malé", "Maldives", "", "Male|マレ"},
	{"Bamako", "Mali", "", "バマコ"},
	{"Valletta", "Malta", "", "バレッタ"},
	{"Majuro", "Marshall Islands", "", "マジュロ"},
	{"Nouakchott", "Mauritania", "", "ヌアクショット"},
	{"Port Louis", "Mauritius", "", "ポートルイス"},
	{"Mexico City", "Mexico", "America/Mexico_City", "Ciudad de México|メキシコシティ|メキシコ市"},
	{"Guadalajara", "Mexico", "America/Mexico_City", "グアダラハラ"},
	{"Monterrey", "Mexico", "America/Monterrey", "モンテレイ"},
	{"Cancún", "Mexico", "America/Cancun", "Cancun|カンクン"},
	{"Los Cabos", "Mexico", "America/Mazatlan", "ロスカボス"},
	{"Tijuana", "Mexico", "America/Tijuana", "ティフアナ"},
	{"Palikir", "Micronesia", "Pacific/Pohnpei", "Pohnpei|パリキール|ポンペイ"},
	{"Chișinău", "Moldova", "", "Chisinau|Kishinev|キシナウ"},
	{"Monaco", "Monaco", "", "Monte Carlo|モンテカルロ"},
	{"Ulaanbaatar", "Mongolia", "Asia/Ulaanbaatar", "Ulan Bator|ウランバートル"},
	{"Podgorica", "Montenegro", "", "ポドゴリツァ"},
	{"Rabat", "Morocco", "", "ラバト"},
	{"Marrakesh", "Morocco", "", "Marrakech|マラケシュ"},
	{"Maputo", "Mozambique", "", "マプト"},
	{"Nay Pyi Taw", "Myanmar", "", "Naypyidaw|Naypyitaw|ネピドー"},
	{"Yangon", "Myanmar", "", "Rangoon|ヤンゴン"},
	{"Windhoek", "Namibia", "", "ウィントフック"},
	{"Yaren", "Nauru", "", "ヤレン"},
	{"Kathmandu", "Nepal", "", "カトマンズ"},
	{"Amsterdam", "Netherlands", "", "アムステルダム"},
	{"The Hague", "Netherlands", "", "Den Haag|ハーグ"},
	{"Rotterdam", "Netherlands", "", "ロッテルダム"},
	{"Wellington", "New Zealand", "", "ウェリントン"},
	{"Auckland", "New Zealand", "", "オークランド"},
	{"Christchurch", "New Zealand", "", "クライストチャーチ"},
	{"Managua", "Nicaragua", "", "マナグア"},
	{"Niamey", "Niger", "", "ニアメ"},
	{"Abuja", "Nigeria", "", "アブジャ"},
	{"Lagos", "Nigeria", "", "ラゴス"},
	{"Alofi", "Niue", "", "アロフィ"},
	{"Pyongyang", "North Korea", "", "平壌"},
	{"Skopje", "North Macedonia", "", "スコピエ"},
	{"Oslo", "Norway", "", "オスロ"},
	{"Muscat", "Oman", "", "マスカット"},
	{"Islamabad", "Pakistan", "", "イスラマバード"},
	{"Karachi", "Pakistan", "", "カラチ"},
	{"Lahore", "Pakistan", "", "ラホール"},
	{"Ngerulmud", "Palau", "", "Koror|マルキョク|コロール"},
	{"Ramallah", "Palestine", "", "ラマッラ|ラマラ"},
	{"Gaza", "Palestine", "Asia/Gaza", "ガザ"},
	{"Panama City", "Panama", "", "パナマシティ|パナマ市"},
	{"Port Moresby", "Papua New Guinea", "", "ポートモレスビー"},
	{"Asunción", "Paraguay", "", "Asuncion|アスンシオン"},
	{"Lima", "Peru", "", "リマ"},
	{"Manila", "Philippines", "", "マニラ"},
	{"Warsaw", "Poland", "", "Warszawa|ワルシャワ"},
	{"Lisbon", "Portugal", "", "Lisboa|リスボン"},
	{"Porto", "Portugal", "", "ポルト"},
	{"Doha", "Qatar", "", "ドーハ"},
	{"Seoul", "Republic of Korea", "", "ソウル"},
	{"Busan", "Republic of Korea", "", "Pusan|釜山|プサン"},
	{"Incheon", "Republic of Korea", "", "仁川"},
	{"Gyeongju", "Republic of Korea", "", "慶州"},
	{"Jeju", "Republic of Korea", "", "Cheju|済州|済州島"},
	{"Brazzaville", "Republic of the Congo", "", "ブラザビル"},
	{"Bucharest", "Romania", "", "ブカレスト"},
	{"Moscow", "Russia", "Europe/Moscow", "モスクワ"},
	{"Saint Petersburg", "Russia", "Europe/Moscow", "St Petersburg|Sankt-Peterburg|サンクトペテルブルク"},
	{"Sochi", "Russia", "Europe/Moscow", "ソチ"},
	{"Kaliningrad", "Russia", "Europe/Kaliningrad", "カリーニングラード"},
	{"Yekaterinburg", "Russia", "Asia/Yekaterinburg", "エカテリンブルク"},
	{"Novosibirsk", "Russia", "Asia/Novosibirsk", "ノボシビルスク"},
	{"Vladivostok", "Russia", "Asia/Vladivostok", "ウラジオストク"},
	{"Khabarovsk", "Russia", "Asia/Vladivostok", "ハバロフスク"},
	{"Yuzhno-Sakhalinsk", "Russia", "Asia/Sakhalin", "ユジノサハリンスク"},
	{"Kigali", "Rwanda", "", "キガリ"},
	{"Basseterre", "Saint Kitts and Nevis", "", "バセテール"},
	{"Castries", "Saint Lucia", "", "カストリーズ"},
	{"Kingstown", "Saint Vincent and the Grenadines", "", "キングスタウン"},
	{"Apia", "Samoa", "", "アピア"},
	{"San Marino", "San Marino", "", "サンマリノ市"},
	{"São Tomé", "Sao Tome and Principe", "", "Sao Tome|サントメ"},
	{"Riyadh", "Saudi Arabia", "", "リヤド"},
	{"Jeddah", "Saudi Arabia", "", "Jidda|ジッダ|ジェッダ"},
	{"Dakar", "Senegal", "", "ダカール"},
	{"Belgrade", "Serbia", "", "ベオグラード"},
	{"Victoria", "Seychelles", "", "ビクトリア"},
	{"Freetown", "Sierra Leone", "", "フリータウン"},
	{"Singapore", "Singapore", "", "シンガポール市"},
	{"Bratislava", "Slovakia", "", "ブラチスラバ"},
	{"Ljubljana", "Slovenia", "", "リュブリャナ"},
	{"Honiara", "Solomon Islands", "", "ホニアラ"},
	{"Mogadishu", "Somalia", "", "モガディシュ"},
	{"Pretoria", "South Africa", "", "Tshwane|プレトリア"},
	{"Johannesburg", "South Africa", "", "ヨハネスブルグ"},
	{"Cape Town", "South Africa", "", "ケープタウン"},
	{"Durban", "South Africa", "", "ダーバン"},
	{"Juba", "South Sudan", "", "ジュバ"},
	{"Madrid", "Spain", "", "マドリード|マドリッド"},
	{"Barcelona", "Spain", "", "バルセロナ"},
	{"Seville", "Spain", "", "Sevilla|セビリア"},
	{"Sri Jayawardenepura Kotte", "Sri Lanka", "", "Kotte|コッテ"},
	{"Colombo", "Sri Lanka", "", "コロンボ"},
	{"Khartoum", "Sudan", "", "ハルツーム"},
	{"Paramaribo", "Suriname", "", "パラマリボ"},
	{"Stockholm", "Sweden", "", "ストックホルム"},
	{"Bern", "Switzerland", "", "Berne|ベルン"},
	{"Geneva", "Switzerland", "", "Genève|Genf|ジュネーブ|ジュネーヴ"},
	{"Zurich", "Switzerland", "", "Zürich|チューリッヒ"},
	{"Davos", "Switzerland", "", "ダボス"},
	{"Lausanne", "Switzerland", "", "ローザンヌ"},
	{"Damascus", "Syria", "", "ダマスカス"},
	{"Taipei", "Taiwan", "", "台北"},
	{"Dushanbe", "Tajikistan", "", "ドゥシャンベ"},
	{"Dodoma", "Tanzania", "", "ドドマ"},
	{"Dar es Salaam", "Tanzania", "", "ダルエスサラーム"},
	{"Bangkok", "Thailand", "", "バンコク"},
	{"Dili", "Timor-Leste", "", "ディリ"},
	{"Lomé", "Togo", "", "Lome|ロメ"},
	{"Nuku'alofa", "Tonga", "", "ヌクアロファ"},
	{"Port of Spain", "Trinidad and Tobago", "", "ポートオブスペイン"},
	{"Tunis", "Tunisia", "", "チュニス"},
	{"Ashgabat", "Turkmenistan", "", "Ashkhabad|アシガバット"},
	{"Funafuti", "Tuvalu", "", "フナフティ"},
	{"Ankara", "Türkiye", "", "アンカラ"},
	{"Istanbul", "Türkiye", "", "イスタンブール"},
	{"Kampala", "Uganda", "", "カンパラ"},
	{"Kyiv", "Ukraine", "", "Kiev|キーウ|キエフ"},
	{"Lviv", "Ukraine", "", "Lvov|リビウ"},
	{"Abu Dhabi", "United Arab Emirates", "", "アブダビ"},
	{"Dubai", "United Arab Emirates", "", "ドバイ"},
	{"London", "United Kingdom", "", "ロンドン"},
	{"Edinburgh", "United Kingdom", "", "エディンバラ"},
	{"Washington, D.C.", "United States", "America/New_York", "Washington D.C.|Washington DC|Washington D. C.|Washington|ワシントン|ワシントンD.C.|ワシントンDC|ワシントンD. C.|ワシントン D.C.|ワシントン D. C.|White House|ホワイトハウス"},
	{"New York", "United States", "America/New_York", "New York City|NYC|NY|ニューヨーク"},
	{"Boston", "United States", "America/New_York", "ボストン"},
	{"Philadelphia", "United States", "America/New_York", "フィラデルフィア"},
	{"Atlanta", "United States", "America/New_York", "アトランタ"},
	{"Miami", "United States", "America/New_York", "マイアミ"},
	{"Palm Beach", "United States", "America/New_York", "パームビーチ"},
	{"Camp David", "United States", "America/New_York", "キャンプ・デービッド"},
	{"Chicago", "United States", "America/Chicago", "シカゴ"},
	{"Houston", "United States", "America/Chicago", "ヒューストン"},
	{"Dallas", "United States", "America/Chicago", "ダラス"},
	{"Denver", "United States", "America/Denver", "デンバー"},
	{"Phoenix", "United States", "America/Phoenix", "フェニックス"},
	{"Los Angeles", "United States", "America/Los_Angeles", "LA|ロサンゼルス"},
	{"San Francisco", "United States", "America/Los_Angeles", "サンフランシスコ"},
	{"San Diego", "United States", "America/Los_Angeles", "サンディエゴ"},
	{"Seattle", "United States", "America/Los_Angeles", "シアトル"},
	{"Portland", "United States", "America/Los_Angeles", "ポートランド"},
	{"Anchorage", "United States", "America/Anchorage", "アンカレッジ"},
	{"Honolulu", "United States", "Pacific/Honolulu", "ホノルル"},
	{"Hawaii", "United States", "Pacific/Honolulu", "ハワイ"},
	{"Guam", "United States", "Pacific/Guam", "Hagåtña|Hagatna|グアム"},
	{"Montevideo", "Uruguay", "", "モンテビデオ"},
	{"Tashkent", "Uzbekistan", "", "タシケント"},
	{"Samarkand", "Uzbekistan", "", "サマルカンド"},
	{"Port Vila", "Vanuatu", "", "ポートビラ"},
	{"Caracas", "Venezuela", "", "カラカス"},
	{"Hanoi", "Viet Nam", "", "Ha Noi|ハノイ"},
	{"Ho Chi Minh City", "Viet Nam", "", "Saigon|ホーチミン|ホーチミン市"},
	{"Da Nang", "Viet Nam", "", "Danang|ダナン"},
	{"Sana'a", "Yemen", "", "Sanaa|サヌア"},
	{"Aden", "Yemen", "", "アデン"},
	{"Lusaka", "Zambia", "", "ルサカ"},
	{"Harare", "Zimbabwe", "", "ハラレ"},
}
