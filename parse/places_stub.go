package parse

// STUB(tz): a small stand-in for readout.Country, readout.City and the zone
// resolution the tz branch adds to the root package. Delete this file and
// call those once it is merged; the names below say which each replaces.

// stubCountries maps the names the Japanese grammar meets to canonical
// English names. Stand-in for readout.Country.
var stubCountries = map[string]string{
	"日本": "Japan", "我が国": "Japan",
	"米": "United States", "米国": "United States", "アメリカ": "United States", "アメリカ合衆国": "United States",
	"英": "United Kingdom", "英国": "United Kingdom", "イギリス": "United Kingdom",
	"豪": "Australia", "豪州": "Australia", "オーストラリア": "Australia", "オーストラリア連邦": "Australia",
	"韓": "Republic of Korea", "韓国": "Republic of Korea", "大韓民国": "Republic of Korea",
	"中": "China", "中国": "China", "中華人民共和国": "China",
	"仏": "France", "フランス": "France", "独": "Germany", "ドイツ": "Germany",
	"露": "Russia", "ロシア": "Russia", "印": "India", "インド": "India", "加": "Canada", "カナダ": "Canada",
	"伊": "Italy", "イタリア": "Italy", "ベルギー": "Belgium", "フィジー": "Fiji", "フィジー共和国": "Fiji",
	"トンガ": "Tonga", "トンガ王国": "Tonga", "アルゼンチン": "Argentina", "アルゼンチン共和国": "Argentina",
	"インドネシア": "Indonesia", "ニュージーランド": "New Zealand", "ウクライナ": "Ukraine",
	"ポーランド": "Poland", "フィンランド": "Finland", "スウェーデン": "Sweden", "ジョージア": "Georgia",
	"ベトナム": "Viet Nam", "フィリピン": "Philippines", "タイ": "Thailand", "シンガポール": "Singapore",
	"Japan": "Japan", "Belgium": "Belgium", "United States": "United States",
}

// stubCountry stands in for readout.Country.
func stubCountry(name string) (string, bool) {
	c, ok := stubCountries[name]
	return c, ok
}

var stubCities = map[string][2]string{
	"ニューヨーク": {"New York", "United States"}, "ワシントン": {"Washington, D.C.", "United States"},
	"ワシントンD.C.": {"Washington, D.C.", "United States"}, "ワシントンDC": {"Washington, D.C.", "United States"},
	"スバ": {"Suva", "Fiji"}, "ブエノスアイレス": {"Buenos Aires", "Argentina"}, "バリ": {"Bali", "Indonesia"},
	"仙台": {"Sendai", "Japan"}, "東京": {"Tokyo", "Japan"}, "ブリュッセル": {"Brussels", "Belgium"},
	"ジャカルタ": {"Jakarta", "Indonesia"}, "ロンドン": {"London", "United Kingdom"}, "パリ": {"Paris", "France"},
	"ジュネーブ": {"Geneva", "Switzerland"}, "ソウル": {"Seoul", "Republic of Korea"}, "北京": {"Beijing", "China"},
}

// stubCity stands in for readout.City.
func stubCity(name string) (city, country string, ok bool) {
	c, ok := stubCities[name]
	return c[0], c[1], ok
}

var stubCountryZones = map[string][]string{
	"Japan": {"Asia/Tokyo"}, "Belgium": {"Europe/Brussels"}, "Fiji": {"Pacific/Fiji"},
	"Argentina": {"America/Argentina/Buenos_Aires"}, "Tonga": {"Pacific/Tongatapu"},
	"United Kingdom": {"Europe/London"}, "France": {"Europe/Paris"}, "Germany": {"Europe/Berlin"},
	"Republic of Korea": {"Asia/Seoul"}, "China": {"Asia/Shanghai"}, "India": {"Asia/Kolkata"},
	"New Zealand": {"Pacific/Auckland"}, "Poland": {"Europe/Warsaw"}, "Italy": {"Europe/Rome"},
	"United States": {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"},
	"Indonesia":     {"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"},
	"Australia":     {"Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide", "Australia/Darwin", "Australia/Perth"},
	"Canada":        {"America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Halifax"},
	"Russia":        {"Europe/Moscow", "Asia/Vladivostok"},
}

var stubCityZones = map[string]string{
	"New York": "America/New_York", "Washington, D.C.": "America/New_York", "Suva": "Pacific/Fiji",
	"Buenos Aires": "America/Argentina/Buenos_Aires", "Bali": "Asia/Makassar", "Sendai": "Asia/Tokyo",
	"Tokyo": "Asia/Tokyo", "Brussels": "Europe/Brussels", "Jakarta": "Asia/Jakarta", "London": "Europe/London",
	"Paris": "Europe/Paris", "Geneva": "Europe/Zurich", "Seoul": "Asia/Seoul", "Beijing": "Asia/Shanghai",
}

// stubZones stands in for readout.Zones: the IANA zones of a place, one for
// a city or a single-zone country, several for a country that spans zones.
func stubZones(country, city string) []string {
	if z, ok := stubCityZones[city]; ok {
		return []string{z}
	}
	return stubCountryZones[country]
}
