package parse

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	_ "time/tzdata"
)

// TestJaLead parses leads under a date line and checks the schedule, place,
// kind and mode they give.
func TestJaLead(t *testing.T) {
	type result struct {
		Date, Start, Qual, Zone, Source, StartJST string
		StatedJST, StatedDay                      string
		Minutes                                   int
		DurQual, End                              string
		Country, City, Venue                      string
		Kind, Mode, Weekday                       string
	}
	tests := []struct {
		line, lead string
		want       result
		reason     string
	}{
		{"令和4年4月7日", "ベルギーを訪問中の林芳正外務大臣は、現地時間4月7日午前9時45分(日本時間7日午後4時45分)から約2時間45分間、NATO外相会合に出席したところ、概要は以下のとおりです。",
			result{"2022-04-07", "09:45", "exact", "Europe/Brussels", "country", "2022-04-07T16:45:00+09:00", "16:45", "same", 165, "approximately", "", "Belgium", "", "", "multilateral", "in_person", ""},
			"the sample: 日本時間7日 on the 7th is the same day"},
		{"令和5年9月22日", "現地時間9月22日正午頃(日本時間23日)から短時間、国連総会に出席するため米国(ニューヨーク)を訪問中の上川陽子外務大臣は、アントニー・ブリンケン米国国務長官及び朴振韓国外交部長官との間で立ち話を行ったところ、概要は以下のとおりです。",
			result{"2023-09-22", "12:00", "around", "America/New_York", "city", "2023-09-23T01:00:00+09:00", "", "next", 0, "short", "", "United States", "New York", "", "multilateral", "in_person", ""},
			"正午頃, a JST day without a time, 短時間, a city in brackets, a purpose clause that is not the kind; a 立ち話 of three parties is multilateral"},
		{"令和元年8月4日", "本4日,午後4時40分(現地時間,日本時間午後1時40分)から約45分間,フィジー共和国首都スバにおいて,河野太郎外務大臣は,イニア・セルイラトゥ外務大臣と会談を行ったところ,概要は以下のとおりです。",
			result{"2019-08-04", "16:40", "exact", "Pacific/Fiji", "city", "2019-08-04T13:40:00+09:00", "13:40", "", 45, "approximately", "", "Fiji", "Suva", "", "meeting", "in_person", ""},
			"(現地時間,日本時間…) after the time; 首都 before the city"},
		{"平成29年1月28日", "28日(土曜日),安倍晋三内閣総理大臣は,午後11時5分から約42分間,ドナルド・トランプ米国大統領と電話会談を行ったところ,概要は以下のとおりです。",
			result{"2017-01-28", "23:05", "exact", "Asia/Tokyo", "japan", "2017-01-28T23:05:00+09:00", "", "", 42, "approximately", "", "", "", "", "summit", "telephone", "Saturday"},
			"weekday note, time after the principal, a telephone talk from Tokyo; two leaders make it a summit"},
		{"令和3年10月7日", "10月7日、15時05分から15時40分までの間、茂木敏充外務大臣は、訪日中のX・Y米国国務長官と会談を行いました。",
			result{"2021-10-07", "15:05", "exact", "Asia/Tokyo", "japan", "2021-10-07T15:05:00+09:00", "", "", 35, "exact", "15:40", "Japan", "", "", "meeting", "in_person", ""},
			"a 24-hour range gives start and end; 訪日中 puts the meeting in Japan"},
		{"令和2年3月26日", "3月25日、日本時間午後8時から4時間強、茂木外務大臣は、G7外相テレビ会議に出席しました。",
			result{"2020-03-25", "20:00", "exact", "Asia/Tokyo", "note", "2020-03-25T20:00:00+09:00", "", "", 240, "over", "", "", "", "", "multilateral", "video", ""},
			"日本時間 outside brackets is the zone of the time; 強 is over; テレビ会議"},
		{"令和5年1月13日", "現地時間1月12日午後7時30分(日本時間13日午前9時30分)から約1時間、ワシントンを訪問中の林外務大臣は、ブリンケン国務長官とのワーキング・ランチを行いました。",
			result{"2023-01-12", "19:30", "exact", "America/New_York", "city", "2023-01-13T09:30:00+09:00", "09:30", "next", 60, "approximately", "", "United States", "Washington, D.C.", "", "working_meal", "in_person", ""},
			"日本時間13日 after a local 12th is the next day; the day before the date line's"},
		{"令和5年5月20日", "現地時間5月19日午後3時過ぎ(日本時間20日午前5時過ぎ)から約30分間、米国を訪問中の岸田総理は、X大統領を表敬しました。",
			result{"2023-05-19", "15:00", "just_after", "America/Chicago", "stated_jst", "2023-05-20T05:00:00+09:00", "05:00", "next", 30, "approximately", "", "United States", "", "", "courtesy_call", "in_person", ""},
			"過ぎ is just after; a multi-zone country decided by the stated JST (here the Central zone)"},
		{"平成29年11月6日", "平成29年11月6日、安倍総理は、迎賓館赤坂離宮でアメリカ合衆国のドナルド・ジョン・トランプ大統領と首脳会談等を行いました。",
			result{"2017-11-06", "", "exact", "Asia/Tokyo", "japan", "", "", "", 0, "exact", "", "Japan", "", "迎賓館赤坂離宮", "summit", "in_person", ""},
			"a venue in Japan with で; 首脳会談 is a summit"},
		{"令和4年11月16日", "11月15日、訪問先のバリで、岸田文雄内閣総理大臣は、X大統領との間で首脳テレビ会談を行いました。",
			result{"2022-11-15", "", "exact", "Asia/Makassar", "city", "", "", "", 0, "exact", "", "Indonesia", "Bali", "", "summit", "video", ""},
			"訪問先の; テレビ会談"},
	}
	for _, tt := range tests {
		m, err := Text(tt.line + "\n\n" + tt.lead + "\n")
		if err != nil {
			t.Errorf("%s: %v", tt.reason, err)
			continue
		}
		s := m.Schedule
		var startJST string
		if t := s.StartJST(); !t.IsZero() {
			startJST = t.Format(time.RFC3339)
		}
		var end string
		if s.End.Valid {
			end = s.End.String()
		}
		got := result{s.Date.String(), s.Start.String(), s.StartQualifier.String(), s.TimeZone, s.ZoneSource.String(), startJST,
			s.StatedJST.Time.String(), s.StatedJST.Day.String(), s.Duration.Minutes(), s.DurationQualifier.String(), end,
			m.Place.Country, m.Place.City, m.Place.Venue, m.Kind.String(), m.Mode.String(), s.Weekday}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s\n%s (-want +got):\n%s", tt.lead, tt.reason, diff)
		}
	}
}
