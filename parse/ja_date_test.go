package parse

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
)

func TestJaDateAt(t *testing.T) {
	tests := []struct {
		in     string
		want   jaDate
		ok     bool
		reason string
	}{
		{"令和4年4月7日", jaDate{year: 2022, month: 4, day: 7, end: 18}, true, "Reiwa 4 is 2022"},
		{"令和元年8月4日", jaDate{year: 2019, month: 8, day: 4, end: 20}, true, "元年 is the era's first year"},
		{"平成31年4月19日", jaDate{year: 2019, month: 4, day: 19, end: 20}, true, "Heisei 31 is 2019"},
		{"昭和64年1月7日", jaDate{year: 1989, month: 1, day: 7, end: 19}, true, "Showa 64 is 1989"},
		{"2022年4月7日", jaDate{year: 2022, month: 4, day: 7, end: 15}, true, "Western year"},
		{"4月7日午前", jaDate{month: 4, day: 7, end: 8}, true, "no year: from the date line"},
		{"本5日,午前", jaDate{day: 5, end: 7}, true, "本N日 is this month's day N"},
		{"28日(土曜日)", jaDate{day: 28, end: 5}, true, "day only"},
		{"同日", jaDate{same: true, end: 6}, true, "the same day"},
		{"2日間にわたった", jaDate{}, false, "日間 is a duration"},
		{"32年ぶり", jaDate{}, false, "a year count, not a date"},
		{"13月1日", jaDate{}, false, "no 13th month"},
		{"令和4年", jaDate{}, false, "a year alone is not a date"},
		{"日本時間", jaDate{}, false, "日 without a number"},
	}
	for _, tt := range tests {
		got, ok := jaDateAt(tt.in, 0)
		if ok != tt.ok || got != tt.want {
			t.Errorf("jaDateAt(%q) = %+v, %v; want %+v, %v (%s)", tt.in, got, ok, tt.want, tt.ok, tt.reason)
		}
	}
}

func TestJaDateResolve(t *testing.T) {
	ref := readout.Date{Year: 2022, Month: time.April, Day: 7}
	tests := []struct {
		in     jaDate
		ref    readout.Date
		want   readout.Date
		reason string
	}{
		{jaDate{day: 7}, ref, readout.Date{Year: 2022, Month: 4, Day: 7}, "本7日 on a page dated the 7th"},
		{jaDate{day: 30}, ref, readout.Date{Year: 2022, Month: 3, Day: 30}, "a day after the page's day is in the month before"},
		{jaDate{day: 31}, readout.Date{Year: 2022, Month: 1, Day: 2}, readout.Date{Year: 2021, Month: 12, Day: 31}, "across the new year"},
		{jaDate{month: 11, day: 6}, readout.Date{}, readout.Date{Month: 11, Day: 6}, "no date line: no year, never invented"},
		{jaDate{day: 5}, readout.Date{}, readout.Date{}, "day only and no date line: no date"},
		{jaDate{same: true}, ref, ref, "同日"},
		{jaDate{year: 2017, month: 11, day: 6}, ref, readout.Date{Year: 2017, Month: 11, Day: 6}, "a whole date stands"},
	}
	for _, tt := range tests {
		if got := tt.in.resolve(tt.ref); got != tt.want {
			t.Errorf("%+v.resolve(%v) = %v, want %v (%s)", tt.in, tt.ref, got, tt.want, tt.reason)
		}
	}
}

func TestDayNear(t *testing.T) {
	local := readout.Date{Year: 2023, Month: time.September, Day: 30}
	tests := []struct {
		day    int
		want   readout.Date
		rel    readout.DayRelation
		ok     bool
		reason string
	}{
		{30, local, readout.DaySame, true, "日本時間30日 on the 30th"},
		{1, readout.Date{Year: 2023, Month: 10, Day: 1}, readout.DayNext, true, "the next day is in the next month"},
		{29, readout.Date{Year: 2023, Month: 9, Day: 29}, readout.DayPrevious, true, "the day before"},
		{15, readout.Date{}, readout.DayUnstated, false, "not within a day"},
	}
	for _, tt := range tests {
		got, rel, ok := dayNear(tt.day, local)
		if got != tt.want || rel != tt.rel || ok != tt.ok {
			t.Errorf("dayNear(%d, %v) = %v, %v, %v; want %v, %v, %v (%s)", tt.day, local, got, rel, ok, tt.want, tt.rel, tt.ok, tt.reason)
		}
	}
}

func TestJaDateLine(t *testing.T) {
	tests := []struct {
		in     string
		want   readout.Date
		reason string
	}{
		{"令和4年4月7日", readout.Date{Year: 2022, Month: 4, Day: 7}, "the sample's date line"},
		{"令和元年10月22日", readout.Date{Year: 2019, Month: 10, Day: 22}, "元年"},
		{"平成29年1月28日(土)", readout.Date{Year: 2017, Month: 1, Day: 28}, "with a weekday"},
		{"2022年4月7日", readout.Date{Year: 2022, Month: 4, Day: 7}, "Western year"},
		{"4月7日", readout.Date{}, "no year: not a date line"},
		{"令和4年4月7日、林外務大臣は", readout.Date{}, "more than a date"},
		{"令和4年2月30日", readout.Date{}, "no such day"},
	}
	for _, tt := range tests {
		got, ok := jaDateLine(tt.in)
		if !ok {
			got = readout.Date{}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("jaDateLine(%q) (%s) (-want +got):\n%s", tt.in, tt.reason, diff)
		}
	}
}

func TestJaWeekdayAt(t *testing.T) {
	tests := []struct {
		in     string
		want   time.Weekday
		ok     bool
		reason string
	}{
		{"(金)", time.Friday, true, "one kanji"},
		{"(土曜日)", time.Saturday, true, "曜日"},
		{"(木曜)", time.Thursday, true, "曜"},
		{"(現地時間)", 0, false, "not a weekday"},
	}
	for _, tt := range tests {
		got, _, ok := jaWeekdayAt(tt.in, 0)
		if got != tt.want || ok != tt.ok {
			t.Errorf("jaWeekdayAt(%q) = %v, %v; want %v, %v (%s)", tt.in, got, ok, tt.want, tt.ok, tt.reason)
		}
	}
}
