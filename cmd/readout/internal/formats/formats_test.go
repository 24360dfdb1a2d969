package formats

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
)

func encode(t *testing.T, format string, m *readout.Meeting, src string) string {
	t.Helper()
	f, err := New(format, false)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Begin(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Encode(&buf, Doc{Meeting: m, Src: src}); err != nil {
		t.Fatal(err)
	}
	if err := f.End(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestNewUnknown(t *testing.T) {
	if _, err := New("xml", false); err == nil {
		t.Error(`New("xml") succeeded, want an error`)
	}
}

func TestCSV(t *testing.T) {
	m := meetingAt(t, "a.txt", readout.Date{Year: 2022, Month: 4, Day: 7}, readout.ClockOf(9, 45), "Europe/Brussels", 165)
	m.Place = readout.Place{Country: "Belgium", City: "Brussels"}
	m.Participants = append(m.Participants, readout.Participant{Title: "Foreign Minister", Country: "Germany", Role: readout.RoleCounterpart})
	rows, err := csv.NewReader(strings.NewReader(encode(t, "csv", m, ""))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want header and one meeting", len(rows))
	}
	got := map[string]string{}
	for i, h := range rows[0] {
		got[h] = rows[1][i]
	}
	want := map[string]string{
		"source": "a.txt", "language": "en", "category": "", "published": "",
		"date": "2022-04-07", "weekday": "", "start": "09:45", "start_qualifier": "exact",
		"time_zone": "Europe/Brussels", "start_time": "2022-04-07T09:45:00+02:00", "start_jst": "2022-04-07T16:45:00+09:00",
		"duration_minutes": "165", "duration_qualifier": "exact",
		"end_time": "2022-04-07T12:30:00+02:00", "end_jst": "2022-04-07T19:30:00+09:00",
		"kind": "meeting", "mode": "in_person", "event": "", "country": "Belgium", "city": "Brussels", "venue": "",
		"principal": "HAYASHI Yoshimasa", "principal_title": "",
		"counterparts": "Antony Blinken; Foreign Minister", "counterpart_countries": "United States; Germany",
		"sessions": "1", "participants": "3", "points": "0", "unparsed": "0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("csv row (-want +got):\n%s", diff)
	}
}

func TestCSVParticipants(t *testing.T) {
	m := meetingAt(t, "a.txt", readout.Date{Year: 2022, Month: 4, Day: 7}, readout.ClockOf(9, 45), "Europe/Brussels", 165)
	m.Participants[0].Span = readout.Span{Start: readout.Pos{Offset: 10, Line: 3, Column: 5}, End: readout.Pos{Offset: 20, Line: 3, Column: 15}}
	rows, err := csv.NewReader(strings.NewReader(encode(t, "csv-participants", m, ""))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		participantsHeader,
		{"a.txt", "2022-04-07", "HAYASHI Yoshimasa", "", "", "", "", "Japan", "", "principal", "3", "5"},
		{"a.txt", "2022-04-07", "Antony Blinken", "", "", "", "", "United States", "", "counterpart", "", ""},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("csv-participants (-want +got):\n%s", diff)
	}
}

func TestPloverMode(t *testing.T) {
	tests := []struct {
		reason      string
		kind        readout.Kind
		mode        readout.Mode
		place       string
		counterpart string
		org         string
		wantMode    string
		wantActor   string
		wantRecip   string
	}{
		{"a visit abroad: the principal visits", readout.KindMeeting, readout.ModeInPerson, "United States", "United States", "", "visit", "JPN", "USA"},
		{"a visit received in Japan: the counterpart visits", readout.KindCourtesyCall, readout.ModeInPerson, "Japan", "Republic of Korea", "", "visit", "KOR", "JPN"},
		{"a meeting in a third country", readout.KindMeeting, readout.ModeInPerson, "Indonesia", "China", "", "third-party", "JPN", "CHN"},
		{"a telephone talk", readout.KindMeeting, readout.ModeTelephone, "", "Türkiye", "", "phone", "JPN", "TUR"},
		{"a video conference is coded as phone", readout.KindMeeting, readout.ModeVideo, "", "Viet Nam", "", "phone", "JPN", "VNM"},
		{"a multilateral meeting; an organisation keeps its name", readout.KindMultilateral, readout.ModeInPerson, "Belgium", "", "NATO", "multilateral", "JPN", "NATO"},
		{"no place: no mode is guessed", readout.KindMeeting, readout.ModeInPerson, "", "France", "", "", "JPN", "FRA"},
	}
	for _, tt := range tests {
		m := &readout.Meeting{Source: "x", Kind: tt.kind, Mode: tt.mode, Place: readout.Place{Country: tt.place},
			Participants: []readout.Participant{
				{Name: "A", Country: "Japan", Role: readout.RolePrincipal},
				{Name: "B", Country: tt.counterpart, Organization: tt.org, Role: readout.RoleCounterpart},
			}}
		var r ploverRecord
		if err := json.Unmarshal([]byte(encode(t, "plover", m, "")), &r); err != nil {
			t.Errorf("%s: %v", tt.reason, err)
			continue
		}
		got := []string{r.Event, r.Mode, r.Actor, r.Recipient}
		want := []string{"CONSULT", tt.wantMode, tt.wantActor, tt.wantRecip}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: event, mode, actor, recipient (-want +got):\n%s", tt.reason, diff)
		}
	}
}

func TestPloverTimes(t *testing.T) {
	src := "On April 7, ... the lead.\n"
	m := meetingAt(t, "a.txt", readout.Date{Year: 2022, Month: 4, Day: 7}, readout.ClockOf(23, 0), "Europe/Brussels", 90)
	m.Lead = readout.Passage{Text: src[:len(src)-1], Span: readout.Span{Start: readout.Pos{Offset: 0, Line: 1, Column: 1}, End: readout.Pos{Offset: int32(len(src) - 1), Line: 1, Column: 25}}}
	var r ploverRecord
	if err := json.Unmarshal([]byte(encode(t, "plover", m, src)), &r); err != nil {
		t.Fatal(err)
	}
	got := []string{r.Date, r.Time, r.EndDate, r.EndTime, r.TimeZone, r.EventText, r.Text}
	want := []string{"2022-04-07", "23:00:00+02:00", "2022-04-08", "00:30:00+02:00", "Europe/Brussels", "On April 7, ... the lead.", "On April 7, ... the lead."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("date, time, enddate, endtime, timezone, event_text, text (-want +got):\n%s", diff)
	}
}

func TestPhrase(t *testing.T) {
	tests := []struct {
		reason string
		date   readout.Date
		clock  readout.Clock
		zone   string
		want   string
	}{
		{"the seed: Brussels in summer time", readout.Date{Year: 2022, Month: 4, Day: 7}, readout.ClockOf(9, 45), "Europe/Brussels", "9:45 a.m. (local time; same day, 4:45 p.m. JST)"},
		{"an evening in Brussels is the next day in Tokyo", readout.Date{Year: 2022, Month: 1, Day: 7}, readout.ClockOf(20, 0), "Europe/Brussels", "8:00 p.m. (local time; next day, 4:00 a.m. JST)"},
		{"Honolulu, behind UTC, is also the next day in Tokyo", readout.Date{Year: 2022, Month: 1, Day: 7}, readout.ClockOf(9, 0), "Pacific/Honolulu", "9:00 a.m. (local time; next day, 4:00 a.m. JST)"},
		{"Auckland in the morning is the previous day in Tokyo", readout.Date{Year: 2022, Month: 1, Day: 7}, readout.ClockOf(1, 0), "Pacific/Auckland", "1:00 a.m. (local time; previous day, 9:00 p.m. JST)"},
		{"a start in a daylight saving gap keeps the clock as written", readout.Date{Year: 2022, Month: 3, Day: 27}, readout.ClockOf(2, 30), "Europe/Brussels", "2:30 a.m."},
		{"a meeting in Tokyo needs no conversion", readout.Date{Year: 2022, Month: 1, Day: 7}, readout.ClockOf(17, 0), "Asia/Tokyo", "5:00 p.m. JST"},
	}
	for _, tt := range tests {
		loc, err := readout.LoadLocation(tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		s := readout.Schedule{Date: tt.date, Start: tt.clock, TimeZone: tt.zone, StartTime: tt.date.In(tt.clock, loc)}
		if got := phrase(s); got != tt.want {
			t.Errorf("%s: phrase = %q, want %q", tt.reason, got, tt.want)
		}
	}
}

func TestText(t *testing.T) {
	m := meetingAt(t, "a.txt", readout.Date{Year: 2022, Month: 4, Day: 7}, readout.ClockOf(9, 45), "Europe/Brussels", 165)
	m.Schedule.DurationQualifier = readout.DurationApproximately
	m.Category = "NATO"
	m.Place = readout.Place{Country: "Belgium"}
	m.Statements = []readout.Statement{{Speaker: "HAYASHI Yoshimasa", Section: 2, Points: []readout.SpeechPoint{{Number: 1, Text: "I am highly\nhonored " + strings.Repeat("x", 200)}}}}
	want := "a.txt\n" +
		"  NATO\n" +
		"  When:   April 7, 2022, 9:45 a.m. (local time; same day, 4:45 p.m. JST), for approximately 165 minutes\n" +
		"  Where:  Belgium\n" +
		"  What:   meeting, in person\n" +
		"  Who:\n" +
		"    principal    HAYASHI Yoshimasa (Japan)\n" +
		"    counterpart  Antony Blinken (United States)\n" +
		"  Points (HAYASHI Yoshimasa):\n" +
		"    (1) I am highly honored " + strings.Repeat("x", 79) + "…\n"
	if diff := cmp.Diff(want, encode(t, "text", m, "")); diff != "" {
		t.Errorf("text (-want +got):\n%s", diff)
	}
}

func TestJSONArray(t *testing.T) {
	f, _ := New("json", true)
	var out bytes.Buffer
	f.Begin(&out)
	for i, src := range []string{"a", "b"} {
		if i > 0 {
			out.WriteString(f.Separator())
		}
		f.Encode(&out, Doc{Meeting: &readout.Meeting{Source: src}})
	}
	f.End(&out)
	var got []readout.Meeting
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out.String())
	}
	if len(got) != 2 || got[0].Source != "a" || got[1].Source != "b" {
		t.Errorf("got %d meetings %+v, want a and b", len(got), got)
	}
}
