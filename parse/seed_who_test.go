package parse_test

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/parse"
)

// TestSeedWho checks the who/where/what values issue 2 gives for the seed.
func TestSeedWho(t *testing.T) {
	src, err := os.ReadFile("../sample/nato-2022-04-07.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	m, err := parse.Text(string(src))
	if err != nil {
		t.Fatal(err)
	}
	ignoreSpans := cmpopts.IgnoreFields(readout.Participant{}, "Span", "Mentions")
	wantPeople := []readout.Participant{
		{Name: "HAYASHI Yoshimasa", FamilyName: "HAYASHI", GivenName: "Yoshimasa", Honorific: "Mr.",
			Title: "Minister for Foreign Affairs of Japan", Country: "Japan", Role: readout.RolePrincipal},
		{Name: "Stoltenberg", FamilyName: "Stoltenberg", Title: "Secretary-General", Organization: "NATO", Role: readout.RoleAttendee},
		{Name: "Blinken", FamilyName: "Blinken", Title: "Secretary", Role: readout.RoleAttendee},
		{Name: "KULEBA", FamilyName: "KULEBA", Title: "Foreign Minister", Role: readout.RoleMentioned},
	}
	if diff := cmp.Diff(wantPeople, m.Participants, ignoreSpans); diff != "" {
		t.Errorf("participants (-want +got):\n%s", diff)
	}
	// Every later mention of Hayashi is linked to the one participant:
	// the caption, items 1 (twice) and 2.
	if len(m.Participants) > 0 && len(m.Participants[0].Mentions) != 4 {
		t.Errorf("HAYASHI Yoshimasa has %d mentions, want 4", len(m.Participants[0].Mentions))
	}
	if m.Category != "North Atlantic Treaty Organization (NATO)" {
		t.Errorf("category = %q", m.Category)
	}
	if got := m.Published.String(); got != "2022-04-07" {
		t.Errorf("published = %q, want 2022-04-07", got)
	}
	if m.Kind != readout.KindMultilateral || m.Mode != readout.ModeInPerson {
		t.Errorf("kind, mode = %v, %v; want multilateral, in_person", m.Kind, m.Mode)
	}
	if m.Event != "Meeting of Ministers of Foreign Affairs" {
		t.Errorf("event = %q", m.Event)
	}
	if diff := cmp.Diff(readout.Place{Country: "Belgium"}, m.Place, cmpopts.IgnoreFields(readout.Place{}, "Span")); diff != "" {
		t.Errorf("place (-want +got):\n%s", diff)
	}
	var dels []string
	for _, d := range m.Delegations {
		dels = append(dels, d.Name)
	}
	wantDels := []string{"Japan", "Australia", "Finland", "Georgia", "Republic of Korea", "New Zealand", "Sweden", "Ukraine", "EU"}
	if diff := cmp.Diff(wantDels, dels); diff != "" {
		t.Errorf("delegations (-want +got):\n%s", diff)
	}
	if len(m.Statements) != 1 {
		t.Fatalf("%d statements, want 1", len(m.Statements))
	}
	st := m.Statements[0]
	if st.Speaker != "HAYASHI Yoshimasa" || st.Section != 2 || len(st.Points) != 9 {
		t.Errorf("statement = %q section %d, %d points; want HAYASHI Yoshimasa, 2, 9", st.Speaker, st.Section, len(st.Points))
	}
	for i, pt := range st.Points {
		if pt.Number != i+1 {
			t.Errorf("point %d numbered %d", i+1, pt.Number)
		}
	}
	if len(st.Points) > 0 && len(st.Points[0].Text) < 19 || st.Points[0].Text[:19] != "I am highly honored" {
		t.Errorf("point 1 = %q", st.Points[0].Text)
	}
	if len(m.Unparsed) != 0 {
		t.Errorf("unparsed = %v, want none", m.Unparsed)
	}
}
