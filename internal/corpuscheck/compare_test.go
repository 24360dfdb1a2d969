package main

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
)

func ptr[T any](v T) *T { return &v }

func TestCompare(t *testing.T) {
	l := labels{
		Date:              ptr("2022-04-07"),
		Kind:              ptr("telephone"),
		StartLocal:        ptr("09:45"),
		StartQualifier:    ptr("exact"),
		StatedJST:         ptr("16:45"),
		StatedJSTDay:      ptr("same"),
		DurationMinutes:   ptr(165),
		DurationQualifier: ptr("approximately"),
		PlaceCountry:      ptr("Belgium"),
		Principal:         &person{Name: ptr("HAYASHI Yoshimasa"), Title: ptr("Minister for Foreign Affairs of Japan")},
		SecondOpinion:     []byte(`{"stated_jst_day": "next"}`),
	}
	m := &readout.Meeting{
		Mode: readout.ModeTelephone,
		Schedule: readout.Schedule{
			Date:              readout.Date{Year: 2022, Month: time.April, Day: 7},
			Start:             readout.ClockOf(9, 45),
			StatedJST:         readout.StatedTime{Time: readout.ClockOf(16, 45), Day: readout.DayNext},
			Duration:          readout.Duration(165 * time.Minute),
			DurationQualifier: readout.DurationApproximately,
		},
		Place:        readout.Place{Country: "Belgium", City: "Brussels"},
		Participants: []readout.Participant{{Name: "HAYASHI Yoshimasa", Title: "Minister for Foreign Affairs of Japan", Role: readout.RolePrincipal}},
	}
	var got []check
	for _, c := range compare("020.txt", l, m) {
		if !c.OK() {
			got = append(got, c)
		}
	}
	want := []check{
		{File: "020.txt", Field: "stated_jst_day", Want: "same", Got: "next", Second: "next"},
		{File: "020.txt", Field: "place_city", Want: "", Got: "Brussels"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("misses (-want +got):\n%s", diff)
	}
}

func TestMeetingValuesJapanTimeAbroad(t *testing.T) {
	// "commencing at around 2:55 p.m. (Japan time)" at a meeting in
	// Singapore: no local time is written.
	m := &readout.Meeting{
		Schedule: readout.Schedule{
			Start: readout.ClockOf(14, 55), StartQualifier: readout.StartAround,
			TimeZone: readout.JSTName, ZoneSource: readout.ZoneFromNote,
			StatedJST: readout.StatedTime{Time: readout.ClockOf(14, 55)},
		},
		Place: readout.Place{Country: "Singapore"},
	}
	v := meetingValues(m)
	if v["start_local"] != "" || v["stated_jst"] != "14:55" || v["start_qualifier"] != "around" {
		t.Errorf("start_local %q, stated_jst %q, start_qualifier %q; want \"\", \"14:55\", \"around\"", v["start_local"], v["stated_jst"], v["start_qualifier"])
	}
}

func TestSummarize(t *testing.T) {
	checks := []check{
		{File: "1", Field: "date", Want: "a", Got: "a"},
		{File: "2", Field: "date", Want: "a", Got: "b"},
	}
	ts := summarize(checks)
	if ts[0].Field != "date" || ts[0].Correct != 1 || ts[0].Total != 2 || len(ts[0].Misses) != 1 {
		t.Errorf("date tally = %+v, want 1/2 with one miss", ts[0])
	}
}

func TestCounterpartOrganization(t *testing.T) {
	// The labels put an organisation in the country column; the model
	// keeps it in Organization.
	l := labels{Counterparts: []person{
		{Name: ptr("ストルテンベルグ"), Title: ptr("NATO事務総長"), Country: ptr("NATO (international organization)")},
		{Name: ptr("ナナイア・マフタ"), Title: ptr("ニュージーランド外務大臣"), Country: ptr("New Zealand")},
	}}
	m := &readout.Meeting{Participants: []readout.Participant{
		{Name: "ストルテンベルグ", Title: "NATO事務総長", Organization: "NATO", Role: readout.RoleCounterpart},
		{Name: "ナナイア・マフタ", Title: "ニュージーランド外務大臣", Country: "New Zealand", Role: readout.RoleCounterpart},
	}}
	for _, c := range compare("002.txt", l, m) {
		if c.Field == "counterparts.countries" && !c.OK() {
			t.Errorf("counterparts.countries: got %q, want %q", c.Got, c.Want)
		}
	}
	if got, want := labelValues(l)["counterparts.countries"], "NATO | New Zealand"; got != want {
		t.Errorf("label countries = %q, want %q", got, want)
	}
}
