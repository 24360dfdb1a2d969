package parse

import (
	"testing"
	"time"

	"github.com/diplomacy-data/readout"
)

// TestWithYearEveryDay checks withYear, which stops at the reference's own
// year when that is within half a year, against the plain rule (the
// nearest of the three years around the reference, the earlier in the
// list on a tie) for every day of the year and references around leap
// years and year ends.
func TestWithYearEveryDay(t *testing.T) {
	nearest := func(d, ref readout.Date) readout.Date {
		best, bestGap := readout.Date{}, 0
		for _, y := range []int{ref.Year, ref.Year - 1, ref.Year + 1} {
			c := readout.Date{Year: y, Month: d.Month, Day: d.Day}
			if !c.IsValid() {
				continue
			}
			gap := daysBetween(c, ref)
			if gap < 0 {
				gap = -gap
			}
			if best.IsZero() || gap < bestGap {
				best, bestGap = c, gap
			}
		}
		if best.IsZero() {
			return d
		}
		return best
	}
	var refs []readout.Date
	for _, y := range []int{2019, 2020, 2021, 2023, 2024, 2100} {
		for _, md := range [][2]int{{1, 1}, {1, 5}, {2, 28}, {2, 29}, {3, 1}, {6, 30}, {7, 1}, {7, 2}, {7, 3}, {12, 28}, {12, 31}} {
			if r := (readout.Date{Year: y, Month: time.Month(md[0]), Day: md[1]}); r.IsValid() {
				refs = append(refs, r)
			}
		}
	}
	for _, ref := range refs {
		for m := time.January; m <= time.December; m++ {
			for day := 1; day <= daysInMonth(m); day++ {
				d := readout.Date{Month: m, Day: day}
				if got, want := withYear(d, ref), nearest(d, ref); got != want {
					t.Errorf("withYear(%v, %v) = %v, want %v", d, ref, got, want)
				}
			}
		}
	}
}
