package formats

// isoCodes maps the canonical English country names of readout.Place.Country
// and readout.Participant.Country (the names readout.Country returns) to
// ISO 3166-1 alpha-3 codes, the country codes of PLOVER and POLECAT. Kosovo
// has no ISO code: XKX is the user-assigned code the European Commission and
// the IMF use. A code is given for the purpose of coding events; it takes no
// position on status or recognition.
var isoCodes = map[string]string{
	"Afghanistan": "AFG", "Albania": "ALB", "Algeria": "DZA", "Andorra": "AND", "Angola": "AGO",
	"Antigua and Barbuda": "ATG", "Argentina": "ARG", "Armenia": "ARM", "Australia": "AUS",
	"Austria": "AUT", "Azerbaijan": "AZE", "Bahamas": "BHS", "Bahrain": "BHR", "Bangladesh": "BGD",
	"Barbados": "BRB", "Belarus": "BLR", "Belgium": "BEL", "Belize": "BLZ", "Benin": "BEN",
	"Bhutan": "BTN", "Bolivia": "BOL", "Bosnia and Herzegovina": "BIH", "Botswana": "BWA",
	"Brazil": "BRA", "Brunei": "BRN", "Bulgaria": "BGR", "Burkina Faso": "BFA", "Burundi": "BDI",
	"Cabo Verde": "CPV", "Cambodia": "KHM", "Cameroon": "CMR", "Canada": "CAN",
	"Central African Republic": "CAF", "Chad": "TCD", "Chile": "CHL", "China": "CHN",
	"Colombia": "COL", "Comoros": "COM", "Cook Islands": "COK", "Costa Rica": "CRI",
	"Côte d'Ivoire": "CIV", "Croatia": "HRV", "Cuba": "CUB", "Cyprus": "CYP", "Czech Republic": "CZE",
	"Democratic Republic of the Congo": "COD", "Denmark": "DNK", "Djibouti": "DJI", "Dominica": "DMA",
	"Dominican Republic": "DOM", "Ecuador": "ECU", "Egypt": "EGY", "El Salvador": "SLV",
	"Equatorial Guinea": "GNQ", "Eritrea": "ERI", "Estonia": "EST", "Eswatini": "SWZ",
	"Ethiopia": "ETH", "Fiji": "FJI", "Finland": "FIN", "France": "FRA", "Gabon": "GAB",
	"Gambia": "GMB", "Georgia": "GEO", "Germany": "DEU", "Ghana": "GHA", "Greece": "GRC",
	"Grenada": "GRD", "Guatemala": "GTM", "Guinea": "GIN", "Guinea-Bissau": "GNB", "Guyana": "GUY",
	"Haiti": "HTI", "Holy See": "VAT", "Honduras": "HND", "Hungary": "HUN", "Iceland": "ISL",
	"India": "IND", "Indonesia": "IDN", "Iran": "IRN", "Iraq": "IRQ", "Ireland": "IRL",
	"Israel": "ISR", "Italy": "ITA", "Jamaica": "JAM", "Japan": "JPN", "Jordan": "JOR",
	"Kazakhstan": "KAZ", "Kenya": "KEN", "Kiribati": "KIR", "Kosovo": "XKX", "Kuwait": "KWT",
	"Kyrgyzstan": "KGZ", "Laos": "LAO", "Latvia": "LVA", "Lebanon": "LBN", "Lesotho": "LSO",
	"Liberia": "LBR", "Libya": "LBY", "Liechtenstein": "LIE", "Lithuania": "LTU",
	"Luxembourg": "LUX", "Madagascar": "MDG", "Malawi": "MWI", "Malaysia": "MYS", "Maldives": "MDV",
	"Mali": "MLI", "Malta": "MLT", "Marshall Islands": "MHL", "Mauritania": "MRT",
	"Mauritius": "MUS", "Mexico": "MEX", "Micronesia": "FSM", "Moldova": "MDA", "Monaco": "MCO",
	"Mongolia": "MNG", "Montenegro": "MNE", "Morocco": "MAR", "Mozambique": "MOZ",
	"Myanmar": "MMR", "Namibia": "NAM", "Nauru": "NRU", "Nepal": "NPL", "Netherlands": "NLD",
	"New Zealand": "NZL", "Nicaragua": "NIC", "Niger": "NER", "Nigeria": "NGA", "Niue": "NIU",
	"North Korea": "PRK", "North Macedonia": "MKD", "Norway": "NOR", "Oman": "OMN",
	"Pakistan": "PAK", "Palau": "PLW", "Palestine": "PSE", "Panama": "PAN",
	"Papua New Guinea": "PNG", "Paraguay": "PRY", "Peru": "PER", "Philippines": "PHL",
	"Poland": "POL", "Portugal": "PRT", "Qatar": "QAT", "Republic of Korea": "KOR",
	"Republic of the Congo": "COG", "Romania": "ROU", "Russia": "RUS", "Rwanda": "RWA",
	"Saint Kitts and Nevis": "KNA", "Saint Lucia": "LCA", "Saint Vincent and the Grenadines": "VCT",
	"Samoa": "WSM", "San Marino": "SMR", "Sao Tome and Principe": "STP", "Saudi Arabia": "SAU",
	"Senegal": "SEN", "Serbia": "SRB", "Seychelles": "SYC", "Sierra Leone": "SLE",
	"Singapore": "SGP", "Slovakia": "SVK", "Slovenia": "SVN", "Solomon Islands": "SLB",
	"Somalia": "SOM", "South Africa": "ZAF", "South Sudan": "SSD", "Spain": "ESP",
	"Sri Lanka": "LKA", "Sudan": "SDN", "Suriname": "SUR", "Sweden": "SWE", "Switzerland": "CHE",
	"Syria": "SYR", "Taiwan": "TWN", "Tajikistan": "TJK", "Tanzania": "TZA", "Thailand": "THA",
	"Timor-Leste": "TLS", "Togo": "TGO", "Tonga": "TON", "Trinidad and Tobago": "TTO",
	"Tunisia": "TUN", "Türkiye": "TUR", "Turkmenistan": "TKM", "Tuvalu": "TUV", "Uganda": "UGA",
	"Ukraine": "UKR", "United Arab Emirates": "ARE", "United Kingdom": "GBR",
	"United States": "USA", "Uruguay": "URY", "Uzbekistan": "UZB", "Vanuatu": "VUT",
	"Venezuela": "VEN", "Viet Nam": "VNM", "Yemen": "YEM", "Zambia": "ZMB", "Zimbabwe": "ZWE",
}

// isoCode returns the ISO 3166-1 alpha-3 code of a canonical country name,
// or "" when the name is not in the table.
func isoCode(country string) string { return isoCodes[country] }
