package parse

import (
	"testing"
	"time"

	"github.com/diplomacy-data/readout"
)

func TestJaClockAt(t *testing.T) {
	tests := []struct {
		in     string
		want   readout.Clock
		qual   readout.StartQualifier
		ok     bool
		reason string
	}{
		{"午前9時45分から", readout.ClockOf(9, 45), readout.StartExact, true, "the sample"},
		{"午後4時45分", readout.ClockOf(16, 45), readout.StartExact, true, "afternoon"},
		{"午後0時35分", readout.ClockOf(12, 35), readout.StartExact, true, "午後0時 is half past noon's hour"},
		{"午前0時10分", readout.ClockOf(0, 10), readout.StartExact, true, "just after midnight"},
		{"午後11時5分", readout.ClockOf(23, 5), readout.StartExact, true, "single-digit minute"},
		{"午後1時から", readout.ClockOf(13, 0), readout.StartExact, true, "no minutes"},
		{"午後1時半", readout.ClockOf(13, 30), readout.StartExact, true, "半 is half past"},
		{"22時30分", readout.ClockOf(22, 30), readout.StartExact, true, "24-hour"},
		{"15時05分", readout.ClockOf(15, 5), readout.StartExact, true, "zero-padded minutes"},
		{"正午頃", readout.ClockOf(12, 0), readout.StartAround, true, "正午 is noon; 頃 is around"},
		{"午前8時頃", readout.ClockOf(8, 0), readout.StartAround, true, "頃"},
		{"午後3時05分ごろ", readout.ClockOf(15, 5), readout.StartAround, true, "ごろ in kana"},
		{"午後8時過ぎ", readout.ClockOf(20, 0), readout.StartJustAfter, true, "過ぎ is just after"},
		{"4時間強", readout.Clock{}, readout.StartExact, false, "a duration, not a clock"},
		{"午後13時", readout.Clock{}, readout.StartExact, false, "午後 with a 24-hour number"},
		{"25時", readout.Clock{}, readout.StartExact, false, "no 25th hour"},
		{"9時75分", readout.Clock{}, readout.StartExact, false, "no 75th minute"},
	}
	for _, tt := range tests {
		got, ok := jaClockAt(tt.in, 0)
		if ok != tt.ok || got.clock != tt.want || got.qual != tt.qual {
			t.Errorf("jaClockAt(%q) = %v %v, %v; want %v %v, %v (%s)", tt.in, got.clock, got.qual, ok, tt.want, tt.qual, tt.ok, tt.reason)
		}
	}
}

func TestJaDurationAt(t *testing.T) {
	min := func(n int) readout.Duration { return readout.Duration(time.Duration(n) * time.Minute) }
	tests := []struct {
		in     string
		want   readout.Duration
		qual   readout.DurationQualifier
		ok     bool
		reason string
	}{
		{"約2時間45分間、", min(165), readout.DurationApproximately, true, "the sample"},
		{"約15分間", min(15), readout.DurationApproximately, true, "minutes with 間"},
		{"15分間", min(15), readout.DurationExact, true, "no 約: exact"},
		{"約1時間,", min(60), readout.DurationApproximately, true, "hours without 間"},
		{"約1時間強", min(60), readout.DurationOver, true, "強 is over, 約 or not"},
		{"4時間強", min(240), readout.DurationOver, true, "強"},
		{"30分弱", min(30), readout.DurationJustUnder, true, "弱 is just under"},
		{"1時間半", min(90), readout.DurationExact, true, "半 is half an hour"},
		{"1時間程度", min(60), readout.DurationAbout, true, "程度 is about"},
		{"短時間", 0, readout.DurationShort, true, "a short time, no minutes"},
		{"約", 0, readout.DurationExact, false, "約 alone"},
		{"9時45分", 0, readout.DurationExact, false, "a clock, not a duration"},
	}
	for _, tt := range tests {
		got, ok := jaDurationAt(tt.in, 0)
		if ok != tt.ok || got.d != tt.want || got.qual != tt.qual {
			t.Errorf("jaDurationAt(%q) = %v %v, %v; want %v %v, %v (%s)", tt.in, got.d, got.qual, ok, tt.want, tt.qual, tt.ok, tt.reason)
		}
	}
}
