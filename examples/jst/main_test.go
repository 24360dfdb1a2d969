package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
)

// TestTable shows 9:45 on 7 April 2022 in Brussels (the seed's start) in
// the ten cities. In April Europe and North America are on summer time and
// Sydney is on its standard time again (since 3 April).
func TestTable(t *testing.T) {
	brussels, err := readout.LoadLocation("Europe/Brussels")
	if err != nil {
		t.Fatal(err)
	}
	start := readout.Date{Year: 2022, Month: time.April, Day: 7}.In(readout.ClockOf(9, 45), brussels)
	var out bytes.Buffer
	if err := table(&out, start); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantTable, out.String()); diff != "" {
		t.Errorf("table mismatch (-want +got):\n%s", diff)
	}
}

// wantTable is 9:45 on 7 April 2022 in Brussels in the ten cities.
const wantTable = `Los Angeles  00:45  PDT    -07:00
New York     03:45  EDT    -04:00
São Paulo    04:45  -03    -03:00
London       08:45  BST    +01:00
Brussels     09:45  CEST   +02:00
Nairobi      10:45  EAT    +03:00
New Delhi    13:15  IST    +05:30
Beijing      15:45  CST    +08:00
Sydney       17:45  AEST   +10:00
Auckland     19:45  NZST   +12:00
`

// TestRun runs the program on the seed: the meeting started at 9:45 a.m. in
// Brussels, 4:45 p.m. in Japan.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	want := "Meeting of Ministers of Foreign Affairs: 2022-04-07 16:45 JST\n" + wantTable
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}
