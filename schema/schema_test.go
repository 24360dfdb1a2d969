package schema_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
	"github.com/diplomacy-data/readout/schema"
)

// compile compiles the schema with an independent validator, asserting
// formats (date-time) as well as types, patterns and enums.
func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.Meeting))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(schema.ID, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(schema.ID)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	return sch
}

func validate(sch *jsonschema.Schema, b []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}

// TestGoldenFiles validates every golden meeting of the repository
// (sample/*.golden.json and testdata/**/*.golden.json) against the schema.
func TestGoldenFiles(t *testing.T) {
	sch := compile(t)
	var files []string
	for _, root := range []string{"../sample", "../testdata"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), ".golden.json") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 2 {
		t.Fatalf("found %d golden files, want at least the two samples", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Error(err)
			continue
		}
		if err := validate(sch, b); err != nil {
			t.Errorf("%s does not match schema/meeting.schema.json:\n%v", f, err)
		}
	}
	t.Logf("validated %d golden files", len(files))
}

// TestSamples validates the JSON of the samples as parsed and validated now,
// so that a change to the parser that breaks the contract fails here even
// before the golden files are rewritten.
func TestSamples(t *testing.T) {
	sch := compile(t)
	for _, src := range []string{sample.English, sample.Japanese} {
		m, err := parse.Text(src, parse.Source("sample"))
		if err != nil {
			t.Fatal(err)
		}
		m.Problems = readout.Validate(m) // as `readout parse` writes it
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(sch, b); err != nil {
			t.Errorf("meeting (language %s) does not match the schema:\n%v", m.Language, err)
		}
	}
}

// TestReadouts parses and validates every readout text in testdata (the
// corpus, the held-out set, the invalid cases) and validates the JSON, so
// the contract holds on every real readout, not only on the golden ones.
func TestReadouts(t *testing.T) {
	sch := compile(t)
	var files []string
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".txt") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Error(err)
			continue
		}
		m, err := parse.Text(string(src), parse.Source(f))
		if err != nil {
			continue // not a readout's text; parse tests cover the errors
		}
		m.Problems = readout.Validate(m)
		b, err := json.Marshal(m)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if err := validate(sch, b); err != nil {
			t.Errorf("%s: the JSON does not match the schema:\n%v", f, err)
		}
		n++
	}
	t.Logf("validated the JSON of %d readouts", n)
}

// full returns a meeting with every field set, so that every key of the
// document appears in its JSON.
func full() *readout.Meeting {
	sp := readout.Span{
		Start: readout.Pos{Offset: 0, Line: 1, Column: 1},
		End:   readout.Pos{Offset: 5, Line: 1, Column: 6},
	}
	d := readout.Date{Year: 2022, Month: time.April, Day: 7}
	brussels, _ := readout.LoadLocation("Europe/Brussels")
	sched := readout.Schedule{
		Date: d, DateSpan: sp, Weekday: "Thursday",
		Start: readout.ClockOf(9, 45), StartQualifier: readout.StartAround, StartSpan: sp,
		TimeZone: "Europe/Brussels", ZoneSource: readout.ZoneFromCountry,
		ZoneNote: "local time", ZoneNoteSpan: sp,
		StartTime: d.In(readout.ClockOf(9, 45), brussels),
		StatedJST: readout.StatedTime{Time: readout.ClockOf(16, 45), Day: readout.DaySame, Date: d, Span: sp},
		Duration:  readout.Duration(165 * time.Minute), DurationQualifier: readout.DurationApproximately, DurationSpan: sp,
		End: readout.ClockOf(12, 30), EndSpan: sp, EndDay: readout.DaySame,
		Span: sp,
	}
	point := readout.SpeechPoint{Number: 1, Text: "I am highly honored", Span: sp}
	return &readout.Meeting{
		Source: "embedded", Language: "en",
		Category: "North Atlantic Treaty Organization (NATO)", CategorySpan: sp,
		Title: "Foreign Minister Hayashi attends NATO", TitleSpan: sp,
		Published: d, PublishedSpan: sp,
		Kind: readout.KindMultilateral, Mode: readout.ModeInPerson,
		Event: "Meeting of Ministers of Foreign Affairs", EventSpan: sp,
		Lead:     readout.Passage{Text: "On April 7, ...", Span: sp},
		Schedule: sched,
		Place:    readout.Place{Country: "Belgium", City: "Brussels", Venue: "NATO Headquarters", Span: sp},
		Sessions: []readout.Session{{Kind: readout.KindWorkingMeal, Mode: readout.ModeInPerson, Event: "working lunch", Schedule: sched, Span: sp}},
		Participants: []readout.Participant{{
			Name: "HAYASHI Yoshimasa", FamilyName: "HAYASHI", GivenName: "Yoshimasa",
			Honorific: "Mr.", PostNominal: "M.P.", Title: "Minister for Foreign Affairs of Japan",
			Country: "Japan", Organization: "Government of Japan", Role: readout.RolePrincipal,
			Span: sp, Mentions: []readout.Span{sp},
		}},
		Delegations: []readout.Delegation{{Name: "Australia", Span: sp}},
		Photos:      []readout.Photo{{Caption: "The state of the meeting", Span: sp}},
		Sections:    []readout.Section{{Number: 2, Heading: "Speech", Text: "The outline", Points: []readout.SpeechPoint{point}, Span: sp}},
		Statements:  []readout.Statement{{Speaker: "HAYASHI Yoshimasa", Section: 2, Points: []readout.SpeechPoint{point}, Span: sp}},
		Unparsed:    []readout.Fragment{{Text: "Back", Reason: "footer", Span: sp}},
		Problems:    readout.Problems{{Code: "jst-mismatch", Severity: readout.SeverityError, Message: "stated 16:45 JST, computed 17:45", Span: sp}},
	}
}

// TestFullMeeting validates a meeting with every key present, so the
// keys the golden files do not use yet are checked too.
func TestFullMeeting(t *testing.T) {
	sch := compile(t)
	b, err := json.Marshal(full())
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(sch, b); err != nil {
		t.Errorf("full meeting does not match the schema:\n%v\n%s", err, b)
	}
}

// TestRejects checks that the schema is not vacuous: each document breaks
// the contract in one way and must fail validation.
func TestRejects(t *testing.T) {
	sch := compile(t)
	good, err := json.Marshal(full())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		reason string
		edit   func(m map[string]any)
	}{
		{"enum given as a number", func(m map[string]any) { m["kind"] = 5 }},
		{"enum word not in the list", func(m map[string]any) { m["mode"] = "phone" }},
		{"unknown key", func(m map[string]any) { m["meeting_kind"] = "summit" }},
		{"required key missing", func(m map[string]any) { delete(m, "source") }},
		{"clock in 12-hour form", func(m map[string]any) { sched(m)["start"] = "9:45 a.m." }},
		{"date not ISO 8601", func(m map[string]any) { sched(m)["date"] = "April 7, 2022" }},
		{"instant without offset", func(m map[string]any) { sched(m)["start_time"] = "2022-04-07 09:45" }},
		{"duration in Go form", func(m map[string]any) { sched(m)["duration"] = "2h45m0s" }},
		{"day relation not a word", func(m map[string]any) { sched(m)["stated_jst"].(map[string]any)["day"] = 1 }},
		{"line 0 in a span", func(m map[string]any) {
			m["lead"].(map[string]any)["span"].(map[string]any)["start"].(map[string]any)["line"] = 0
		}},
		{"participants null", func(m map[string]any) { m["participants"] = nil }},
		{"role missing", func(m map[string]any) {
			delete(m["participants"].([]any)[0].(map[string]any), "role")
		}},
	}
	for _, tt := range tests {
		var m map[string]any
		if err := json.Unmarshal(good, &m); err != nil {
			t.Fatal(err)
		}
		tt.edit(m)
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(sch, b); err == nil {
			t.Errorf("%s: document validated, want a schema error", tt.reason)
		}
	}
}

func sched(m map[string]any) map[string]any { return m["schedule"].(map[string]any) }

// TestKeysMatchGoTypes checks that each object of the schema names exactly
// the JSON keys of the Go type it describes, so that a field added to the
// model without a schema update (or the reverse) fails here.
func TestKeysMatchGoTypes(t *testing.T) {
	var s struct {
		Properties map[string]json.RawMessage `json:"properties"`
		Defs       map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Meeting, &s); err != nil {
		t.Fatal(err)
	}
	props := func(def string) []string {
		var m map[string]json.RawMessage
		if def == "" {
			m = s.Properties
		} else {
			d, ok := s.Defs[def]
			if !ok {
				t.Errorf("schema has no $defs/%s", def)
			}
			m = d.Properties
		}
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return keys
	}
	tests := []struct {
		def   string // "" for the root
		typ   any
		extra []string // keys written by a MarshalJSON method
	}{
		{"", readout.Meeting{}, nil},
		{"pos", readout.Pos{}, nil},
		{"span", readout.Span{}, nil},
		{"schedule", readout.Schedule{}, []string{"start_jst", "duration_minutes", "end_time", "end_jst"}},
		{"stated_time", readout.StatedTime{}, nil},
		{"place", readout.Place{}, nil},
		{"session", readout.Session{}, nil},
		{"participant", readout.Participant{}, nil},
		{"delegation", readout.Delegation{}, nil},
		{"photo", readout.Photo{}, nil},
		{"section", readout.Section{}, nil},
		{"statement", readout.Statement{}, nil},
		{"speech_point", readout.SpeechPoint{}, nil},
		{"passage", readout.Passage{}, nil},
		{"fragment", readout.Fragment{}, nil},
		{"problem", readout.Problem{}, nil},
	}
	for _, tt := range tests {
		want := append(jsonKeys(reflect.TypeOf(tt.typ)), tt.extra...)
		sort.Strings(want)
		if diff := cmp.Diff(want, props(tt.def)); diff != "" {
			t.Errorf("%T: JSON keys of the Go type (-) vs properties of the schema (+):\n%s", tt.typ, diff)
		}
	}
}

// jsonKeys returns the JSON object keys encoding/json writes for struct
// type t.
func jsonKeys(t reflect.Type) []string {
	var keys []string
	for f := range t.Fields() {
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			keys = append(keys, jsonKeys(f.Type)...)
			continue
		}
		if name == "" {
			name = f.Name
		}
		if !slices.Contains(keys, name) {
			keys = append(keys, name)
		}
	}
	return keys
}
