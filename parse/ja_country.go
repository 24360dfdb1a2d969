package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
)

// jaStateForms are the endings of Japanese official country names:
// フィジー共和国, トンガ王国, オーストラリア連邦.
var jaStateForms = []string{"連邦民主共和国", "連邦共和国", "民主共和国", "人民共和国", "共和国", "連合王国", "王国", "連邦", "合衆国", "大公国", "公国", "首長国連邦", "国"}

// jaCountry returns the canonical English name of a country as a Japanese
// readout writes it: what [readout.Country] knows, or an official form made
// of a known short name and a state ending ("フィジー共和国" is Fiji). 我が国
// ("our country") is Japan.
func jaCountry(name string) (string, bool) {
	if name == "我が国" || name == "わが国" {
		return "Japan", true // "our country": the writer is the Government of Japan
	}
	if c, ok := readout.Country(name); ok {
		return c, true
	}
	if !strings.HasSuffix(name, "国") && !strings.HasSuffix(name, "邦") {
		return "", false // every state form ends in one of the two
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

// jaOrganizations are international organisations by their Japanese names,
// with the English short names the English parser gives them. Longer names
// come first where one starts another.
var jaOrganizations = []struct{ ja, en string }{
	{"国際連合", "United Nations"}, {"国連", "United Nations"}, {"欧州連合", "EU"},
	{"欧州委員会", "European Commission"}, {"欧州理事会", "European Council"},
	{"北大西洋条約機構", "NATO"}, {"世界保健機関", "WHO"}, {"東南アジア諸国連合", "ASEAN"},
	{"国際原子力機関", "IAEA"}, {"経済協力開発機構", "OECD"}, {"世界貿易機関", "WTO"},
	{"国際通貨基金", "IMF"}, {"世界銀行", "World Bank"}, {"アフリカ連合", "African Union"},
}

// jaOrgSet indexes the Japanese names of jaOrganizations by their first
// rune.
var jaOrgSet = func() *jaWordSet {
	var names []string
	for _, o := range jaOrganizations {
		names = append(names, o.ja)
	}
	return newJaWordSet(names...)
}()

// jaOrgPrefix returns the organisation a title starts with ("国連事務総長"
// is the United Nations') and the length of its name, or "", 0. A
// permanent representative or an ambassador to an organisation
// ("国連常駐代表", "EU代表部大使") represents a country, not the
// organisation.
func jaOrgPrefix(t string) (string, int) {
	for _, k := range jaOrgSet.at(t, 0) {
		o := jaOrganizations[k]
		rest, ok := strings.CutPrefix(t, o.ja)
		if !ok || rest == "" {
			continue
		}
		for _, w := range []string{"常駐", "大使", "代表部", "日本政府代表部"} {
			if strings.HasPrefix(rest, w) {
				return "", 0
			}
		}
		return o.en, len(o.ja)
	}
	return "", 0
}
