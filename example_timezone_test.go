package readout_test

import (
	"errors"
	"fmt"
	"time"
	_ "time/tzdata" // results must not depend on the machine's zoneinfo

	"github.com/diplomacy-data/readout"
)

func ExampleToJST() {
	d := readout.Date{Year: 2022, Month: time.April, Day: 7}
	t, err := readout.ToJST(d, readout.ClockOf(9, 45), "Europe/Brussels")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Format("2006-01-02 15:04 MST"))
	// Output: 2022-04-07 16:45 JST
}

// "CET" written in April means the clocks of Central Europe, which are on
// summer time (UTC+2); a duration is added to the instant.
func ExampleToJST_cetInApril() {
	zones, err := readout.Abbreviation("CET")
	if err != nil {
		fmt.Println(err)
		return
	}
	d := readout.Date{Year: 2022, Month: time.April, Day: 7}
	start, err := readout.ToJST(d, readout.ClockOf(9, 45), zones[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	loc, _ := readout.LoadLocation(zones[0])
	end := start.Add(2*time.Hour + 45*time.Minute)
	fmt.Println("start:", readout.ClockOf(start.Hour(), start.Minute()).Kitchen(), "JST")
	fmt.Println("end:  ", end.In(loc).Format("15:04 -07:00"), "local")
	// Output:
	// start: 4:45 p.m. JST
	// end:   12:30 +02:00 local
}

func ExampleFromJST() {
	// The Japan time 4:30 a.m. on July 30 is the afternoon before in New York.
	d := readout.Date{Year: 2022, Month: time.July, Day: 30}
	t, err := readout.FromJST(d, readout.ClockOf(4, 30), "America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Format("2006-01-02 15:04 MST"))
	// Output: 2022-07-29 15:30 EDT
}

func ExamplePhrase() {
	for _, c := range []struct {
		d    readout.Date
		c    readout.Clock
		zone string
	}{
		{readout.Date{Year: 2022, Month: time.April, Day: 7}, readout.ClockOf(9, 45), "Europe/Brussels"},
		{readout.Date{Year: 2022, Month: time.July, Day: 29}, readout.ClockOf(12, 30), "America/New_York"},
		{readout.Date{Year: 2022, Month: time.July, Day: 29}, readout.ClockOf(1, 30), "Pacific/Auckland"},
		{readout.Date{Year: 2022, Month: time.April, Day: 7}, readout.ClockOf(9, 45), "Asia/Tokyo"},
	} {
		s, err := readout.Phrase(c.d, c.c, c.zone)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s)
	}
	// Output:
	// 9:45 a.m. (local time; same day, 4:45 p.m. JST)
	// 12:30 p.m. (local time; next day, 1:30 a.m. JST)
	// 1:30 a.m. (local time; previous day, 10:30 p.m. JST)
	// 9:45 a.m. JST
}

func ExampleAbbreviation() {
	zones, err := readout.Abbreviation("IST")
	fmt.Println(zones)
	fmt.Println(errors.Is(err, readout.ErrZoneAmbiguous))
	// Output:
	// [Asia/Kolkata Europe/Dublin Asia/Jerusalem]
	// true
}

func ExampleIsAbbreviation() {
	for _, w := range []string{"JST", "c.e.t.", "IST", "FOIP"} {
		fmt.Println(w, readout.IsAbbreviation(w))
	}
	// Output:
	// JST true
	// c.e.t. true
	// IST true
	// FOIP false
}

func ExampleResolveZone() {
	// "3:30 p.m. (local time; next day, 4:30 a.m. JST)" in the United States.
	d := readout.Date{Year: 2022, Month: time.July, Day: 29}
	stated := readout.StatedTime{Time: readout.ClockOf(4, 30), Day: readout.DayNext}
	z, err := readout.ResolveZone("the United States of America", "", d, readout.ClockOf(15, 30), stated)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(z.Name, z.Source)
	// Output: America/New_York stated_jst
}

func ExampleCountry() {
	for _, name := range []string{"the People's Republic of China", "ROK", "U.S.", "Lao PDR", "豪", "ベルギー"} {
		c, ok := readout.Country(name)
		fmt.Printf("%q → %q %v\n", name, c, ok)
	}
	// Output:
	// "the People's Republic of China" → "China" true
	// "ROK" → "Republic of Korea" true
	// "U.S." → "United States" true
	// "Lao PDR" → "Laos" true
	// "豪" → "Australia" true
	// "ベルギー" → "Belgium" true
}

func ExampleCity() {
	city, country, ok := readout.City("ワシントンDC")
	fmt.Println(city, "/", country, ok)
	// Output: Washington, D.C. / United States true
}

func ExampleZones() {
	fmt.Println(readout.Zones("Indonesia", ""))
	fmt.Println(readout.Zones("Indonesia", "Bali"))
	// Output:
	// [Asia/Jakarta Asia/Makassar Asia/Jayapura]
	// [Asia/Makassar]
}

func ExampleTransitionOf() {
	// New York's clocks went from 2:00 to 3:00 on 2022-03-13.
	d := readout.Date{Year: 2022, Month: time.March, Day: 13}
	tr, _ := readout.TransitionOf(d, readout.ClockOf(2, 30), "America/New_York")
	fmt.Println(tr)
	// Output: gap
}
