package parse

import (
	"strings"
	"time"

	"github.com/diplomacy-data/readout"
)

// Japanese clock times, after normalisation:
//
//	午前9時45分  午後4時  午後0時35分 (12:35)  22時30分 (24-hour)  午後1時半
//	正午 (12:00)
//	…頃 / …ごろ (around)   …過ぎ / …すぎ (just after)

// A jaClock is a clock time as written.
type jaClock struct {
	clock      readout.Clock
	qual       readout.StartQualifier
	start, end int // the clock with its qualifier
}

// jaClockAt reads a clock time at s[i:].
func jaClockAt(s string, i int) (jaClock, bool) {
	c := jaClock{start: i}
	j := i
	var h, m int
	switch {
	case strings.HasPrefix(s[j:], "正午"):
		h, j = 12, j+len("正午")
	default:
		pm := 0 // 0 unstated, 1 午前, 2 午後
		switch {
		case strings.HasPrefix(s[j:], "午前"):
			pm, j = 1, j+len("午前")
		case strings.HasPrefix(s[j:], "午後"):
			pm, j = 2, j+len("午後")
		}
		n, k := digitsAt(s, j, 2)
		if k == j || !strings.HasPrefix(s[k:], "時") || strings.HasPrefix(s[k+len("時"):], "間") {
			return jaClock{}, false
		}
		h, j = n, k+len("時")
		if n, k := digitsAt(s, j, 2); k > j && strings.HasPrefix(s[k:], "分") && !strings.HasPrefix(s[k+len("分"):], "間") {
			if n > 59 {
				return jaClock{}, false
			}
			m, j = n, k+len("分")
		} else if strings.HasPrefix(s[j:], "半") {
			m, j = 30, j+len("半")
		}
		switch {
		case pm != 0 && h > 12:
			return jaClock{}, false
		case pm == 1 && h == 12: // 午前12時 is midnight
			h = 0
		case pm == 2 && h < 12:
			h += 12
		case h == 24 && m == 0:
			h = 0
		case h > 23:
			return jaClock{}, false
		}
	}
	q, n := jaTimeHedge(s[j:])
	c.qual, j = q, j+n
	c.clock, c.end = readout.ClockOf(h, m), j
	return c, true
}

// jaTimeHedge returns the qualifier of a hedge at the start of s — 頃 / ごろ
// (around), 過ぎ / すぎ (just after) — and its length, or 0.
func jaTimeHedge(s string) (readout.StartQualifier, int) {
	for _, h := range []struct {
		word string
		qual readout.StartQualifier
	}{{"頃", readout.StartAround}, {"ごろ", readout.StartAround}, {"過ぎ", readout.StartJustAfter}, {"すぎ", readout.StartJustAfter}} {
		if strings.HasPrefix(s, h.word) {
			return h.qual, len(h.word)
		}
	}
	return readout.StartExact, 0
}

// Japanese durations:
//
//	約2時間45分間  約15分間  15分間  約1時間  1時間半
//	約1時間強 / 4時間強 (over)  30分弱 (just under)  1時間程度 (about)
//	短時間 (a short time, no minutes)

// A jaDuration is a duration as written.
type jaDuration struct {
	d          readout.Duration
	qual       readout.DurationQualifier
	start, end int
}

// jaDurationAt reads a duration at s[i:].
func jaDurationAt(s string, i int) (jaDuration, bool) {
	d := jaDuration{start: i}
	j := i
	if strings.HasPrefix(s[j:], "短時間") {
		d.qual, d.end = readout.DurationShort, j+len("短時間")
		return d, true
	}
	switch {
	case strings.HasPrefix(s[j:], "約"):
		d.qual, j = readout.DurationApproximately, j+len("約")
	case strings.HasPrefix(s[j:], "およそ"):
		d.qual, j = readout.DurationAbout, j+len("およそ")
	}
	var minutes int
	found := false
	if n, k := digitsAt(s, j, 3); k > j && strings.HasPrefix(s[k:], "時間") {
		minutes, j, found = n*60, k+len("時間"), true
		if strings.HasPrefix(s[j:], "半") {
			minutes, j = minutes+30, j+len("半")
		}
	}
	if n, k := digitsAt(s, j, 3); k > j && strings.HasPrefix(s[k:], "分") {
		minutes, j, found = minutes+n, k+len("分"), true
	}
	if !found {
		return jaDuration{}, false
	}
	if strings.HasPrefix(s[j:], "間") {
		j += len("間")
	}
	switch {
	case strings.HasPrefix(s[j:], "強"):
		d.qual, j = readout.DurationOver, j+len("強")
	case strings.HasPrefix(s[j:], "弱"):
		d.qual, j = readout.DurationJustUnder, j+len("弱")
	case strings.HasPrefix(s[j:], "程度"):
		d.qual, j = readout.DurationAbout, j+len("程度")
	case strings.HasPrefix(s[j:], "余り"):
		d.qual, j = readout.DurationOver, j+len("余り")
	}
	if strings.HasPrefix(s[j:], "間") {
		j += len("間")
	}
	d.d, d.end = readout.Duration(time.Duration(minutes)*time.Minute), j
	return d, true
}
