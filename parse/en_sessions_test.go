package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEnWhenBody(t *testing.T) {
	src := `Visit to the United States: Second Day
September 25, 2021
On September 24, 2021 (local time), the Prime Minister, who is visiting Washington D.C. in the United States, held a summit meeting with the Hon Scott Morrison, MP, Prime Minister of the Commonwealth of Australia.
In the afternoon, the Prime Minister attended the second Japan-Australia-India-U.S. summit meeting with the Honorable Joseph R. Biden, Jr., President of the United States of America. After the meeting, the leaders issued a joint statement.
Then the Prime Minister attended a meeting hosted by the Honorable Kamala Harris, Vice President of the United States of America, from 4:30 p.m. for about 30 minutes.
Afterwards, the Prime Minister spoke to the press.
`
	m, err := Text(src)
	if err != nil {
		t.Fatal(err)
	}
	type session struct{ Kind, Event, Date, Start string }
	var got []session
	for _, s := range m.Sessions {
		got = append(got, session{s.Kind.String(), s.Event, s.Schedule.Date.String(), s.Schedule.Start.String()})
	}
	want := []session{
		{"summit", "the second Japan-Australia-India-U.S. summit meeting", "2021-09-24", ""},
		{"meeting", "a meeting", "2021-09-24", "16:30"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sessions (-want +got):\n%s", diff)
	}
}

func TestEnSentenceEnd(t *testing.T) {
	tests := []struct {
		in     string
		want   int
		reason string
	}{
		{"Mr. Abe met Mr. Biden. Then", 22, "titles are not sentence ends"},
		{"the U.S. summit meeting. Next", 24, "initials are not sentence ends"},
		{"at 4:30 p.m. for about", 22, "a.m./p.m. are not sentence ends"},
		{"one line\nnext", 9, "a line break ends a sentence"},
	}
	for _, tt := range tests {
		if got := enSentenceEnd(tt.in, 0, len(tt.in)); got != tt.want {
			t.Errorf("enSentenceEnd(%q) = %d, want %d (%s)", tt.in, got, tt.want, tt.reason)
		}
	}
}
