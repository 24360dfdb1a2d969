package parse

import "strings"

// Country and city names as English readouts write them, resolved to the
// English short name the model uses ("the People's Republic of China" →
// "China", "the U.S." → "United States"). These tables are the parser's
// own; they only name places, the time zones are the root package's.

// countryAliases maps a lower-case country phrase (without a leading "the")
// to its short name. Formal names are also recognised by stripping the
// formal prefixes in countryForms ("Kingdom of Saudi Arabia").
var countryAliases = map[string]string{}

// countryList holds the short names, each followed by its other names.
var countryList = [][]string{
	{"Afghanistan"}, {"Albania"}, {"Algeria", "People's Democratic Republic of Algeria"}, {"Andorra"}, {"Angola"},
	{"Antigua and Barbuda"}, {"Argentina", "Argentine Republic"}, {"Armenia"}, {"Australia"}, {"Austria"},
	{"Azerbaijan"}, {"Bahamas"}, {"Bahrain"}, {"Bangladesh"}, {"Barbados"}, {"Belarus"}, {"Belgium"},
	{"Belize"}, {"Benin"}, {"Bhutan"}, {"Bolivia"}, {"Bosnia and Herzegovina"}, {"Botswana"}, {"Brazil"},
	{"Brunei", "Brunei Darussalam", "Nation of Brunei, the Abode of Peace"}, {"Bulgaria"}, {"Burkina Faso"}, {"Burundi"},
	{"Cabo Verde", "Cape Verde"}, {"Cambodia"}, {"Cameroon"}, {"Canada"}, {"Central African Republic"}, {"Chad"},
	{"Chile"}, {"China", "PRC", "Mainland China"}, {"Colombia"}, {"Comoros"},
	{"Republic of the Congo", "Congo"}, {"Democratic Republic of the Congo", "DRC", "DR Congo"},
	{"Costa Rica"}, {"Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"}, {"Croatia"}, {"Cuba"}, {"Cyprus"},
	{"Czech Republic", "Czechia"}, {"Denmark"}, {"Djibouti"}, {"Dominica"}, {"Dominican Republic"},
	{"Ecuador"}, {"Egypt"}, {"El Salvador"}, {"Equatorial Guinea"}, {"Eritrea"}, {"Estonia"}, {"Eswatini", "Swaziland"},
	{"Ethiopia"}, {"Fiji"}, {"Finland"}, {"France", "French Republic"}, {"Gabon", "Gabonese Republic"}, {"Gambia"}, {"Georgia"},
	{"Germany"}, {"Ghana"}, {"Greece", "Hellenic Republic"}, {"Grenada"}, {"Guatemala"}, {"Guinea"},
	{"Guinea-Bissau"}, {"Guyana"}, {"Haiti"}, {"Honduras"}, {"Hungary"}, {"Iceland"}, {"India"},
	{"Indonesia"}, {"Iran"}, {"Iraq"}, {"Ireland"}, {"Israel"}, {"Italy", "Italian Republic"}, {"Jamaica"},
	{"Japan"}, {"Jordan"}, {"Kazakhstan"}, {"Kenya"}, {"Kiribati"}, {"Kuwait"}, {"Kyrgyzstan", "Kyrgyz Republic"},
	{"Laos", "Lao People's Democratic Republic", "Laos People's Democratic Republic", "Lao PDR"}, {"Latvia"},
	{"Lebanon", "Lebanese Republic"}, {"Lesotho"}, {"Liberia"}, {"Libya"}, {"Liechtenstein"}, {"Lithuania"},
	{"Luxembourg"}, {"Madagascar"}, {"Malawi"}, {"Malaysia"}, {"Maldives"}, {"Mali"}, {"Malta"},
	{"Marshall Islands"}, {"Mauritania"}, {"Mauritius"}, {"Mexico", "United Mexican States"}, {"Micronesia", "Federated States of Micronesia"},
	{"Moldova"}, {"Monaco"}, {"Mongolia"}, {"Montenegro"}, {"Morocco"}, {"Mozambique"}, {"Myanmar", "Burma"},
	{"Namibia"}, {"Nauru"}, {"Nepal"}, {"Netherlands", "Holland"}, {"New Zealand"}, {"Nicaragua"}, {"Niger"},
	{"Nigeria"}, {"North Korea", "Democratic People's Republic of Korea", "DPRK"}, {"North Macedonia"}, {"Norway"},
	{"Oman"}, {"Pakistan"}, {"Palau"}, {"Palestine", "State of Palestine", "Palestinian Authority"}, {"Panama"},
	{"Papua New Guinea"}, {"Paraguay"}, {"Peru"}, {"Philippines"}, {"Poland"}, {"Portugal", "Portuguese Republic"},
	{"Qatar"}, {"Republic of Korea", "ROK", "South Korea", "Korea"}, {"Romania"}, {"Russia", "Russian Federation"},
	{"Rwanda"}, {"Saint Kitts and Nevis"}, {"Saint Lucia"}, {"Saint Vincent and the Grenadines"}, {"Samoa"},
	{"San Marino"}, {"Sao Tome and Principe"}, {"Saudi Arabia"}, {"Senegal"}, {"Serbia"}, {"Seychelles"},
	{"Sierra Leone"}, {"Singapore"}, {"Slovakia", "Slovak Republic"}, {"Slovenia"}, {"Solomon Islands"},
	{"Somalia"}, {"South Africa"}, {"South Sudan"}, {"Spain"}, {"Sri Lanka"}, {"Sudan"}, {"Suriname"},
	{"Sweden"}, {"Switzerland", "Swiss Confederation"}, {"Syria", "Syrian Arab Republic"}, {"Taiwan"}, {"Tajikistan"},
	{"Tanzania"}, {"Thailand"}, {"Timor-Leste", "East Timor"}, {"Togo", "Togolese Republic"}, {"Tonga"},
	{"Trinidad and Tobago"}, {"Tunisia"}, {"Türkiye", "Turkey", "Turkiye"}, {"Turkmenistan"}, {"Tuvalu"},
	{"Uganda"}, {"Ukraine"}, {"United Arab Emirates", "UAE", "U.A.E."},
	{"United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"},
	{"United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America"},
	{"Uruguay"}, {"Uzbekistan"}, {"Vanuatu"}, {"Vatican", "Holy See", "Vatican City"}, {"Venezuela"},
	{"Viet Nam", "Vietnam"}, {"Yemen"}, {"Zambia"}, {"Zimbabwe"},
}

// countryForms are the formal prefixes of country names: "Kingdom of
// Saudi Arabia" is Saudi Arabia.
var countryForms = []string{
	"republic of ", "kingdom of ", "state of ", "commonwealth of ", "federal republic of ",
	"federative republic of ", "islamic republic of ", "arab republic of ", "people's republic of ",
	"socialist republic of ", "united republic of ", "hashemite kingdom of ", "sultanate of ",
	"grand duchy of ", "principality of ", "independent state of ", "plurinational state of ",
	"bolivarian republic of ", "oriental republic of ", "co-operative republic of ",
	"democratic socialist republic of ", "federal democratic republic of ", "democratic republic of ",
	"islamic republic of the ", "republic of the ", "kingdom of the ", "commonwealth of the ",
	"federal republic of ", "argentine republic of ", "state of the ", "union of ",
}

// countryAdjectives maps the adjective of a country, as in "his Chinese
// counterpart" or "U.S. Secretary of State", to the country.
var countryAdjectives = map[string]string{
	"american": "United States", "u.s.": "United States", "us": "United States",
	"chinese": "China", "japanese": "Japan", "korean": "Republic of Korea", "rok": "Republic of Korea",
	"australian": "Australia", "indian": "India", "indonesian": "Indonesia", "british": "United Kingdom",
	"french": "France", "german": "Germany", "italian": "Italy", "canadian": "Canada", "russian": "Russia",
	"ukrainian": "Ukraine", "saudi": "Saudi Arabia", "saudi arabian": "Saudi Arabia", "egyptian": "Egypt",
	"israeli": "Israel", "iranian": "Iran", "brazilian": "Brazil", "argentine": "Argentina",
	"argentinian": "Argentina", "mexican": "Mexico", "philippine": "Philippines", "vietnamese": "Viet Nam",
	"thai": "Thailand", "malaysian": "Malaysia", "singaporean": "Singapore", "kenyan": "Kenya",
	"turkish": "Türkiye", "spanish": "Spain", "dutch": "Netherlands", "polish": "Poland",
	"new zealand": "New Zealand", "emirati": "United Arab Emirates", "qatari": "Qatar", "jordanian": "Jordan",
	"pakistani": "Pakistan", "bangladeshi": "Bangladesh", "mongolian": "Mongolia", "cambodian": "Cambodia",
	"south african": "South Africa", "nigerian": "Nigeria", "swedish": "Sweden", "finnish": "Finland",
	"norwegian": "Norway", "danish": "Denmark", "swiss": "Switzerland", "austrian": "Austria",
	"belgian": "Belgium", "greek": "Greece", "portuguese": "Portugal", "chilean": "Chile", "peruvian": "Peru",
	"colombian": "Colombia", "lao": "Laos", "myanmar": "Myanmar", "sri lankan": "Sri Lanka",
}

// organizations are international organisations and groups a title may
// name ("NATO Secretary-General") or a list of delegations may hold.
var organizations = map[string]string{
	"nato": "NATO", "north atlantic treaty organization": "NATO", "eu": "EU", "european union": "EU",
	"united nations": "United Nations", "un": "United Nations", "asean": "ASEAN", "g7": "G7", "g8": "G8",
	"g20": "G20", "apec": "APEC", "oecd": "OECD", "wto": "WTO", "iaea": "IAEA", "who": "WHO",
	"world health organization": "WHO", "imf": "IMF", "world bank": "World Bank", "african union": "African Union",
	"au": "African Union", "quad": "Quad", "osce": "OSCE", "unesco": "UNESCO", "adb": "ADB", "gcc": "GCC",
	"arab league": "Arab League", "league of arab states": "Arab League", "pacific islands forum": "Pacific Islands Forum",
	"european commission": "European Commission", "unicef": "UNICEF", "unhcr": "UNHCR", "undp": "UNDP",
	"icc": "ICC", "interpol": "INTERPOL", "opec": "OPEC", "sco": "SCO", "brics": "BRICS",
}

// cities maps a lower-case city to its country; the city is reported as
// written.
var cities = map[string]string{
	"tokyo": "Japan", "osaka": "Japan", "kyoto": "Japan", "hiroshima": "Japan", "yokohama": "Japan",
	"nagoya": "Japan", "sapporo": "Japan", "fukuoka": "Japan", "kobe": "Japan", "nagasaki": "Japan",
	"washington": "United States", "washington d.c.": "United States", "washington, d.c.": "United States",
	"new york": "United States", "ny": "United States", "honolulu": "United States", "san francisco": "United States",
	"los angeles": "United States", "chicago": "United States", "boston": "United States",
	"beijing": "China", "shanghai": "China", "hangzhou": "China", "ningbo": "China", "qingdao": "China",
	"tianjin": "China", "seoul": "Republic of Korea", "busan": "Republic of Korea", "jeju": "Republic of Korea",
	"brussels": "Belgium", "paris": "France", "biarritz": "France", "london": "United Kingdom",
	"berlin": "Germany", "munich": "Germany", "bonn": "Germany", "hamburg": "Germany", "rome": "Italy",
	"capri": "Italy", "taormina": "Italy", "milan": "Italy", "madrid": "Spain", "lisbon": "Portugal",
	"the hague": "Netherlands", "amsterdam": "Netherlands", "geneva": "Switzerland", "davos": "Switzerland",
	"vienna": "Austria", "warsaw": "Poland", "kyiv": "Ukraine", "kiev": "Ukraine", "moscow": "Russia",
	"ottawa": "Canada", "toronto": "Canada", "quebec": "Canada", "charlevoix": "Canada",
	"canberra": "Australia", "sydney": "Australia", "melbourne": "Australia", "wellington": "New Zealand",
	"auckland": "New Zealand", "new delhi": "India", "delhi": "India", "jakarta": "Indonesia",
	"bali": "Indonesia", "manila": "Philippines", "bangkok": "Thailand", "hanoi": "Viet Nam",
	"kuala lumpur": "Malaysia", "vientiane": "Laos", "phnom penh": "Cambodia", "yangon": "Myanmar",
	"naypyidaw": "Myanmar", "nay pyi taw": "Myanmar", "ulaanbaatar": "Mongolia", "cairo": "Egypt",
	"riyadh": "Saudi Arabia", "jeddah": "Saudi Arabia", "abu dhabi": "United Arab Emirates",
	"dubai": "United Arab Emirates", "doha": "Qatar", "tehran": "Iran", "jerusalem": "Israel",
	"tel aviv": "Israel", "amman": "Jordan", "ankara": "Türkiye", "istanbul": "Türkiye",
	"nairobi": "Kenya", "addis ababa": "Ethiopia", "johannesburg": "South Africa", "pretoria": "South Africa",
	"buenos aires": "Argentina", "brasilia": "Brazil", "brasília": "Brazil", "sao paulo": "Brazil",
	"rio de janeiro": "Brazil", "mexico city": "Mexico", "lima": "Peru", "santiago": "Chile",
	"stockholm": "Sweden", "helsinki": "Finland", "oslo": "Norway", "copenhagen": "Denmark",
	"athens": "Greece", "budapest": "Hungary", "prague": "Czech Republic", "bucharest": "Romania",
	"vilnius": "Lithuania", "riga": "Latvia", "tallinn": "Estonia", "elmau": "Germany",
	"cornwall": "United Kingdom", "carbis bay": "United Kingdom", "apulia": "Italy", "hokkaido": "Japan",
}

func init() {
	for _, names := range countryList {
		for _, n := range names {
			countryAliases[strings.ToLower(n)] = names[0]
		}
	}
}

// countryName returns the short name of the country the phrase names
// ("the Federative Republic of Brazil", "U.S.", "ROK").
func countryName(phrase string) (string, bool) {
	k := strings.ToLower(strings.TrimSpace(phrase))
	k = strings.TrimPrefix(k, "the ")
	if c, ok := countryAliases[k]; ok {
		return c, true
	}
	for _, f := range countryForms {
		if rest, ok := strings.CutPrefix(k, f); ok {
			if c, ok := countryAliases[strings.TrimPrefix(rest, "the ")]; ok {
				return c, true
			}
		}
	}
	return "", false
}

// cityCountry returns the country of a known city.
func cityCountry(city string) (string, bool) {
	c, ok := cities[strings.ToLower(city)]
	return c, ok
}

// organization returns the short name of an organisation the phrase names.
func organization(phrase string) (string, bool) {
	k := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(phrase), "the "))
	o, ok := organizations[k]
	return o, ok
}

// maxPlaceWords bounds the words of a country, city or organisation phrase.
const maxPlaceWords = 9

// matchCountry returns the country named by the longest run of words at
// toks[i:] (with an optional leading "the") and the index after it.
func matchCountry(toks []tok, i int) (string, int) {
	return matchLongest(toks, i, countryName)
}

// matchOrg is matchCountry for organisations.
func matchOrg(toks []tok, i int) (string, int) {
	return matchLongest(toks, i, organization)
}

// matchLongest tries the runs toks[i:j] from the longest, stopping at a
// comma or a clause end, and returns the first that lookup knows.
func matchLongest(toks []tok, i int, lookup func(string) (string, bool)) (string, int) {
	if i >= len(toks) {
		return "", i
	}
	end := i
	for end < len(toks) && end-i < maxPlaceWords {
		end++
		if toks[end-1].comma() || toks[end-1].stop() || (end < len(toks) && toks[end].open()) {
			break
		}
	}
	var b strings.Builder
	for j := end; j > i; j-- {
		b.Reset()
		for k := i; k < j; k++ {
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(toks[k].w)
		}
		if v, ok := lookup(b.String()); ok {
			return v, j
		}
	}
	return "", i
}
