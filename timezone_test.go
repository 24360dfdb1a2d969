package readout

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/google/go-cmp/cmp"
)

func date(y int, m time.Month, d int) Date { return Date{Year: y, Month: m, Day: d} }

func TestToJST(t *testing.T) {
	tests := []struct {
		reason  string
		d       Date
		c       Clock
		zone    string
		want    string // RFC 3339 in JST
		wantErr error
	}{
		{"Brussels in April is CEST", date(2022, 4, 7), ClockOf(9, 45), "Europe/Brussels", "2022-04-07T16:45:00+09:00", nil},
		{"CET in April follows daylight saving", date(2022, 4, 7), ClockOf(9, 45), "CET", "2022-04-07T16:45:00+09:00", nil},
		{"CET in January is +01:00", date(2022, 1, 7), ClockOf(9, 45), "CET", "2022-01-07T17:45:00+09:00", nil},
		{"EST is fixed in July", date(2022, 7, 7), ClockOf(9, 45), "EST", "2022-07-07T23:45:00+09:00", nil},
		{"New York crosses into the next day", date(2022, 7, 29), ClockOf(15, 30), "America/New_York", "2022-07-30T04:30:00+09:00", nil},
		{"Auckland gives the previous day", date(2022, 7, 29), ClockOf(8, 0), "Pacific/Auckland", "2022-07-29T05:00:00+09:00", nil},
		{"Auckland after midnight", date(2022, 7, 29), ClockOf(1, 30), "Pacific/Auckland", "2022-07-28T22:30:00+09:00", nil},
		{"New York spring-forward gap moves forward", date(2022, 3, 13), ClockOf(2, 30), "America/New_York", "2022-03-13T16:30:00+09:00", nil},
		{"New York autumn overlap takes the first (EDT)", date(2022, 11, 6), ClockOf(1, 30), "America/New_York", "2022-11-06T14:30:00+09:00", nil},
		{"Brussels spring-forward gap moves forward", date(2022, 3, 27), ClockOf(2, 30), "Europe/Brussels", "2022-03-27T10:30:00+09:00", nil},
		{"Brussels autumn overlap takes the first (CEST)", date(2022, 10, 30), ClockOf(2, 30), "Europe/Brussels", "2022-10-30T09:30:00+09:00", nil},
		{"Tokyo to Tokyo", date(2022, 4, 7), ClockOf(9, 45), JSTName, "2022-04-07T09:45:00+09:00", nil},
		{"no year", Date{Month: 4, Day: 7}, ClockOf(9, 45), "CET", "", ErrNoYear},
		{"no date", Date{}, ClockOf(9, 45), "CET", "", ErrInvalidDate},
		{"February 30", date(2022, 2, 30), ClockOf(9, 45), "CET", "", ErrInvalidDate},
		{"no clock", date(2022, 4, 7), Clock{}, "CET", "", ErrInvalidClock},
		{"hour 24", date(2022, 4, 7), Clock{Hour: 24, Valid: true}, "CET", "", ErrInvalidClock},
		{"unknown zone", date(2022, 4, 7), ClockOf(9, 45), "Mars/Olympus", "", ErrZoneUnknown},
		{"empty zone", date(2022, 4, 7), ClockOf(9, 45), "", "", ErrZoneUnknown},
		{"Local is refused", date(2022, 4, 7), ClockOf(9, 45), "Local", "", ErrZoneUnknown},
	}
	for _, tt := range tests {
		got, err := ToJST(tt.d, tt.c, tt.zone)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: ToJST(%v, %v, %q) error = %v; want %v", tt.reason, tt.d, tt.c, tt.zone, err, tt.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if s := got.Format(time.RFC3339); s != tt.want {
			t.Errorf("%s: ToJST(%v, %v, %q) = %s; want %s", tt.reason, tt.d, tt.c, tt.zone, s, tt.want)
		}
		if got.Location() != JST() {
			t.Errorf("%s: location = %v; want JST()", tt.reason, got.Location())
		}
	}
}

func TestFromJST(t *testing.T) {
	tests := []struct {
		reason string
		d      Date
		c      Clock
		zone   string
		want   string
	}{
		{"Brussels in April", date(2022, 4, 7), ClockOf(16, 45), "Europe/Brussels", "2022-04-07T09:45:00+02:00"},
		{"New York previous day", date(2022, 7, 30), ClockOf(4, 30), "America/New_York", "2022-07-29T15:30:00-04:00"},
		{"Auckland next day", date(2022, 7, 28), ClockOf(22, 30), "Pacific/Auckland", "2022-07-29T01:30:00+12:00"},
	}
	for _, tt := range tests {
		got, err := FromJST(tt.d, tt.c, tt.zone)
		if err != nil {
			t.Errorf("%s: FromJST: %v", tt.reason, err)
			continue
		}
		if s := got.Format(time.RFC3339); s != tt.want {
			t.Errorf("%s: FromJST(%v, %v, %q) = %s; want %s", tt.reason, tt.d, tt.c, tt.zone, s, tt.want)
		}
	}
	if _, err := FromJST(Date{Month: 1, Day: 1}, ClockOf(1, 0), "UTC"); !errors.Is(err, ErrNoYear) {
		t.Errorf("FromJST without year: error = %v; want ErrNoYear", err)
	}
}

func TestTransitionOf(t *testing.T) {
	tests := []struct {
		reason string
		d      Date
		c      Clock
		zone   string
		want   Transition
	}{
		{"ordinary", date(2022, 4, 7), ClockOf(9, 45), "Europe/Brussels", TransitionNone},
		{"Brussels gap", date(2022, 3, 27), ClockOf(2, 30), "Europe/Brussels", TransitionGap},
		{"Brussels just after gap", date(2022, 3, 27), ClockOf(3, 0), "Europe/Brussels", TransitionNone},
		{"Brussels overlap", date(2022, 10, 30), ClockOf(2, 30), "Europe/Brussels", TransitionOverlap},
		{"Brussels just after overlap", date(2022, 10, 30), ClockOf(3, 0), "Europe/Brussels", TransitionNone},
		{"New York gap", date(2022, 3, 13), ClockOf(2, 0), "America/New_York", TransitionGap},
		{"New York overlap", date(2022, 11, 6), ClockOf(1, 0), "America/New_York", TransitionOverlap},
		{"New York before overlap", date(2022, 11, 6), ClockOf(0, 59), "America/New_York", TransitionNone},
		{"Auckland gap", date(2022, 9, 25), ClockOf(2, 15), "Pacific/Auckland", TransitionGap},
		{"Tokyo never", date(2022, 3, 27), ClockOf(2, 30), JSTName, TransitionNone},
		{"Samoa skipped a whole day", date(2011, 12, 30), ClockOf(12, 0), "Pacific/Apia", TransitionGap},
	}
	for _, tt := range tests {
		got, err := TransitionOf(tt.d, tt.c, tt.zone)
		if err != nil || got != tt.want {
			t.Errorf("%s: TransitionOf(%v, %v, %q) = %v, %v; want %v", tt.reason, tt.d, tt.c, tt.zone, got, err, tt.want)
		}
	}
}

func TestDayRelationOf(t *testing.T) {
	tests := []struct {
		reason     string
		local, jst Date
		want       DayRelation
	}{
		{"same", date(2022, 4, 7), date(2022, 4, 7), DaySame},
		{"next across a year", date(2022, 12, 31), date(2023, 1, 1), DayNext},
		{"previous across a month", date(2022, 3, 1), date(2022, 2, 28), DayPrevious},
		{"leap day", date(2024, 2, 28), date(2024, 2, 29), DayNext},
		{"two days apart", date(2022, 4, 7), date(2022, 4, 9), DayUnstated},
		{"yearless next", Date{Month: 12, Day: 31}, Date{Month: 1, Day: 1}, DayNext},
		{"yearless leap", Date{Month: 2, Day: 28}, Date{Month: 2, Day: 29}, DayNext},
		{"yearless common", Date{Month: 2, Day: 28}, Date{Month: 3, Day: 1}, DayNext},
		{"one without year", date(2022, 4, 7), Date{Month: 4, Day: 7}, DayUnstated},
		{"zero", Date{}, date(2022, 4, 7), DayUnstated},
	}
	for _, tt := range tests {
		if got := DayRelationOf(tt.local, tt.jst); got != tt.want {
			t.Errorf("%s: DayRelationOf(%v, %v) = %q; want %q", tt.reason, tt.local, tt.jst, got, tt.want)
		}
	}
}

func TestPhrase(t *testing.T) {
	tests := []struct {
		reason  string
		d       Date
		c       Clock
		zone    string
		want    string
		wantErr error
	}{
		{"same day", date(2022, 4, 7), ClockOf(9, 45), "Europe/Brussels", "9:45 a.m. (local time; same day, 4:45 p.m. JST)", nil},
		{"next day", date(2022, 7, 29), ClockOf(12, 30), "America/New_York", "12:30 p.m. (local time; next day, 1:30 a.m. JST)", nil},
		{"previous day", date(2022, 7, 29), ClockOf(1, 30), "Pacific/Auckland", "1:30 a.m. (local time; previous day, 10:30 p.m. JST)", nil},
		{"Japan", date(2022, 4, 7), ClockOf(9, 45), JSTName, "9:45 a.m. JST", nil},
		{"Japan without year", Date{Month: 4, Day: 7}, ClockOf(0, 5), JSTName, "12:05 a.m. JST", nil},
		{"gap", date(2022, 3, 13), ClockOf(2, 30), "America/New_York", "", ErrSkippedTime},
		{"no year abroad", Date{Month: 4, Day: 7}, ClockOf(9, 45), "CET", "", ErrNoYear},
		{"no clock in Japan", date(2022, 4, 7), Clock{}, JSTName, "", ErrInvalidClock},
	}
	for _, tt := range tests {
		got, err := Phrase(tt.d, tt.c, tt.zone)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: Phrase(%v, %v, %q) = %q, %v; want %q, %v", tt.reason, tt.d, tt.c, tt.zone, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestZones(t *testing.T) {
	tests := []struct {
		reason        string
		country, city string
		want          []string
	}{
		{"single-zone country", "Belgium", "", []string{"Europe/Brussels"}},
		{"city decides", "United States", "New York", []string{"America/New_York"}},
		{"city without country", "", "Honolulu", []string{"Pacific/Honolulu"}},
		{"Japanese names", "米国", "ワシントン", []string{"America/New_York"}},
		{"multi-zone country", "U.S.", "", []string{"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Anchorage", "Pacific/Honolulu"}},
		{"multi-zone with unknown city", "Indonesia", "Nowhere", []string{"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"}},
		{"Bali", "Indonesia", "Bali", []string{"Asia/Makassar"}},
		{"shared city name in the given country", "Canada", "St. John's", []string{"America/St_Johns"}},
		{"city of another country is ignored", "Canada", "Geneva", []string{"America/Toronto", "America/Vancouver", "America/Edmonton", "America/Regina", "America/Winnipeg", "America/Halifax", "America/St_Johns"}},
		{"Hong Kong", "China", "Hong Kong", []string{"Asia/Hong_Kong"}},
		{"unknown", "Atlantis", "", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Zones(tt.country, tt.city)); diff != "" {
			t.Errorf("%s: Zones(%q, %q) mismatch (-want +got):\n%s", tt.reason, tt.country, tt.city, diff)
		}
	}
}

func TestResolveZone(t *testing.T) {
	us := []string{"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Anchorage", "Pacific/Honolulu"}
	tests := []struct {
		reason        string
		country, city string
		d             Date
		local         Clock
		stated        StatedTime
		want          ZoneChoice
		wantErr       error
	}{
		{
			reason: "city decides", country: "Belgium", city: "Brussels",
			d: date(2022, 4, 7), local: ClockOf(9, 45),
			want: ZoneChoice{Name: "Europe/Brussels", Source: ZoneFromCity, Candidates: []string{"Europe/Brussels"}},
		},
		{
			reason: "single-zone country", country: "the Kingdom of Belgium",
			d: date(2022, 4, 7), local: ClockOf(9, 45),
			want: ZoneChoice{Name: "Europe/Brussels", Source: ZoneFromCountry, Candidates: []string{"Europe/Brussels"}},
		},
		{
			reason: "Japan", country: "日本",
			want: ZoneChoice{Name: JSTName, Source: ZoneFromJapan, Candidates: []string{JSTName}},
		},
		{
			reason: "city in Japan", city: "Hiroshima",
			want: ZoneChoice{Name: JSTName, Source: ZoneFromJapan, Candidates: []string{JSTName}},
		},
		{
			reason: "United States decided by stated JST and next day", country: "United States",
			d: date(2022, 7, 29), local: ClockOf(15, 30),
			stated: StatedTime{Time: ClockOf(4, 30), Day: DayNext},
			want:   ZoneChoice{Name: "America/New_York", Source: ZoneFromStatedJST, Candidates: []string{"America/New_York"}},
		},
		{
			reason: "stated JST with a date", country: "United States",
			d: date(2022, 7, 29), local: ClockOf(15, 30),
			stated: StatedTime{Time: ClockOf(7, 30), Date: Date{Month: 7, Day: 30}},
			want:   ZoneChoice{Name: "America/Los_Angeles", Source: ZoneFromStatedJST, Candidates: []string{"America/Los_Angeles", "America/Phoenix"}},
		},
		{
			reason: "several zones agree in winter (Denver and Phoenix)", country: "United States",
			d: date(2022, 1, 10), local: ClockOf(10, 0),
			stated: StatedTime{Time: ClockOf(2, 0), Day: DayNext},
			want:   ZoneChoice{Name: "America/Denver", Source: ZoneFromStatedJST, Candidates: []string{"America/Denver", "America/Phoenix"}},
		},
		{
			reason: "no stated JST", country: "United States",
			d: date(2022, 7, 29), local: ClockOf(15, 30),
			want:    ZoneChoice{Candidates: us},
			wantErr: ErrZoneAmbiguous,
		},
		{
			reason: "stated JST agrees with no zone", country: "United States",
			d: date(2022, 7, 29), local: ClockOf(15, 30),
			stated:  StatedTime{Time: ClockOf(4, 45), Day: DayNext},
			want:    ZoneChoice{Candidates: us},
			wantErr: ErrZoneAmbiguous,
		},
		{
			reason: "stated clock right but day wrong", country: "United States",
			d: date(2022, 7, 29), local: ClockOf(15, 30),
			stated:  StatedTime{Time: ClockOf(4, 30), Day: DaySame},
			want:    ZoneChoice{Candidates: us},
			wantErr: ErrZoneAmbiguous,
		},
		{
			reason: "no year", country: "United States",
			d: Date{Month: 7, Day: 29}, local: ClockOf(15, 30),
			stated:  StatedTime{Time: ClockOf(4, 30), Day: DayNext},
			want:    ZoneChoice{Candidates: us},
			wantErr: ErrNoYear,
		},
		{reason: "unknown country", country: "Atlantis", wantErr: ErrZoneUnknown},
		{reason: "no place", wantErr: ErrZoneUnknown},
	}
	for _, tt := range tests {
		got, err := ResolveZone(tt.country, tt.city, tt.d, tt.local, tt.stated)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: ResolveZone error = %v; want %v", tt.reason, err, tt.wantErr)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: ResolveZone mismatch (-want +got):\n%s", tt.reason, diff)
		}
	}
	// The no-year error is also an ambiguity.
	_, err := ResolveZone("United States", "", Date{Month: 7, Day: 29}, ClockOf(15, 30), StatedTime{Time: ClockOf(4, 30)})
	if !errors.Is(err, ErrZoneAmbiguous) {
		t.Errorf("no year: error = %v; want it to wrap ErrZoneAmbiguous too", err)
	}
}

func TestAbbreviation(t *testing.T) {
	tests := []struct {
		reason  string
		in      string
		want    []string
		wantErr error
	}{
		{"CET", "CET", []string{"CET"}, nil},
		{"CEST is the same zone", "CEST", []string{"CET"}, nil},
		{"lower case with dots", "e.d.t.", []string{"America/New_York"}, nil},
		{"EST is fixed", "EST", []string{"EST"}, nil},
		{"JST", "JST", []string{JSTName}, nil},
		{"KST", "KST", []string{"Asia/Seoul"}, nil},
		{"IST is ambiguous", "IST", []string{"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"}, ErrZoneAmbiguous},
		{"CST is ambiguous", "CST", []string{"America/Chicago", "Asia/Shanghai", "America/Havana"}, ErrZoneAmbiguous},
		{"BST is ambiguous", "BST", []string{"Europe/London", "Asia/Dhaka"}, ErrZoneAmbiguous},
		{"unknown", "XYZT", nil, ErrZoneUnknown},
	}
	for _, tt := range tests {
		got, err := Abbreviation(tt.in)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: Abbreviation(%q) error = %v; want %v", tt.reason, tt.in, err, tt.wantErr)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Abbreviation(%q) mismatch (-want +got):\n%s", tt.reason, tt.in, diff)
		}
	}
	for k, zs := range abbreviations {
		for _, z := range zs {
			if _, err := LoadLocation(z); err != nil {
				t.Errorf("abbreviation %s: %v", k, err)
			}
		}
	}
}

func TestZoneNote(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   string // "" means not ok
	}{
		{"NY time", "NY time", "America/New_York"},
		{"New York time", "New York time", "America/New_York"},
		{"France time", "France time", "Europe/Paris"},
		{"Japan time", "Japan time", JSTName},
		{"日本時間", "日本時間", JSTName},
		{"ニューヨーク時間", "ニューヨーク時間", "America/New_York"},
		{"abbreviation", "EDT", "America/New_York"},
		{"written out", "Eastern Standard Time", "America/New_York"},
		{"Central European Summer Time", "Central European Summer Time", "CET"},
		{"Washington local time", "Washington local time", "America/New_York"},
		{"local time", "local time", ""},
		{"現地時間", "現地時間", ""},
		{"multi-zone country", "U.S. time", ""},
		{"ambiguous abbreviation", "IST", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		got, ok := ZoneNote(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: ZoneNote(%q) = %q, %v; want %q", tt.reason, tt.in, got, ok, tt.want)
		}
	}
}

func TestLoadLocationConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, z := range []string{"Europe/Brussels", "America/New_York", JSTName} {
				l, err := LoadLocation(z)
				if err != nil || l.String() != z {
					t.Errorf("goroutine %d: LoadLocation(%q) = %v, %v", i, z, l, err)
				}
			}
		}()
	}
	wg.Wait()
	a, _ := LoadLocation("Europe/Brussels")
	b, _ := LoadLocation("Europe/Brussels")
	if a != b {
		t.Error("LoadLocation does not cache: two calls gave different locations")
	}
}

func TestJST(t *testing.T) {
	if got := JST().String(); got != JSTName {
		t.Errorf("JST() = %q; want %q", got, JSTName)
	}
	s := Schedule{StartTime: date(2022, 4, 7).In(ClockOf(9, 45), mustLoad(t, "Europe/Brussels"))}
	if got := s.StartJST().Format(time.RFC3339); got != "2022-04-07T16:45:00+09:00" {
		t.Errorf("Schedule.StartJST() = %s; want 2022-04-07T16:45:00+09:00", got)
	}
}

func TestDateInNil(t *testing.T) {
	got := date(2022, 4, 7).In(ClockOf(9, 45), nil)
	if want := time.Date(2022, 4, 7, 9, 45, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Date.In(nil) = %v; want %v", got, want)
	}
}

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	l, err := LoadLocation(name)
	if err != nil {
		t.Error(err)
		return time.UTC
	}
	return l
}

// TestIsAbbreviation checks that IsAbbreviation agrees with Abbreviation on
// every abbreviation of the table and on words that are none.
func TestIsAbbreviation(t *testing.T) {
	words := []string{"", "FOIP", "NATO", "Jst ", "J.S.T.", "A", "LOCAL"}
	for k := range abbreviations {
		words = append(words, k, strings.ToLower(k))
	}
	for _, w := range words {
		zones, err := Abbreviation(w)
		want := len(zones) > 0
		if got := IsAbbreviation(w); got != want {
			t.Errorf("IsAbbreviation(%q) = %v, want %v (Abbreviation: %v, %v)", w, got, want, zones, err)
		}
	}
}
