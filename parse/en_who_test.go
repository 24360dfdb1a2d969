package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
)

// leadPeople parses one lead sentence and returns its participants.
func leadPeople(t *testing.T, lead string) []readout.Participant {
	t.Helper()
	p := newParser(lead, newOptions(nil))
	p.enWho(0, len(p.text))
	return p.m.Participants
}

func TestSplitName(t *testing.T) {
	tests := []struct {
		name, country string
		family, given string
		reason        string
	}{
		{"HAYASHI Yoshimasa", "Japan", "HAYASHI", "Yoshimasa", "MOFA's family-first order, family name in capitals"},
		{"Yair LAPID", "Israel", "LAPID", "Yair", "a capitalised family name written last"},
		{"Fumio Kishida", "Japan", "Kishida", "Fumio", "older readouts write Japanese names given-first"},
		{"Antony Blinken", "United States", "Blinken", "Antony", "foreign names are given-first"},
		{"Joseph R. Biden, Jr.", "United States", "Biden", "Joseph R.", "the suffix is not the family name"},
		{"Wang Yi", "China", "Wang", "Yi", "Chinese names are family-first"},
		{"Yun Byung-se", "Republic of Korea", "Yun", "Byung-se", "Korean names are family-first"},
		{"Stoltenberg", "", "Stoltenberg", "", "a surname alone"},
		{"KULEBA", "", "KULEBA", "", "a capitalised surname alone"},
		{"Sheikh Abdullah bin Zayed Al Nahyan", "United Arab Emirates", "", "", "names with particles are not split"},
		{"Antonio de Aguiar Patriota", "Brazil", "", "", "a particle: the order cannot be told"},
	}
	for _, tt := range tests {
		f, g := splitName(tt.name, tt.country, tt.name)
		if f != tt.family || g != tt.given {
			t.Errorf("splitName(%q, %q) = %q, %q; want %q, %q (%s)", tt.name, tt.country, f, g, tt.family, tt.given, tt.reason)
		}
	}
}

func TestPersonPhrases(t *testing.T) {
	tests := []struct {
		lead   string
		want   readout.Participant // the first participant, spans ignored
		reason string
	}{
		{
			"Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, attended the meeting.",
			readout.Participant{Name: "HAYASHI Yoshimasa", FamilyName: "HAYASHI", GivenName: "Yoshimasa", Honorific: "Mr.",
				Title: "Minister for Foreign Affairs of Japan", Country: "Japan", Role: readout.RolePrincipal},
			"honorific, name, appositive title with the country",
		},
		{
			"Prime Minister Shinzo Abe held a summit meeting with H.E. Mr. Uhuru Kenyatta, President of the Republic of Kenya.",
			readout.Participant{Name: "Shinzo Abe", FamilyName: "Abe", GivenName: "Shinzo", Title: "Prime Minister", Country: "Japan", Role: readout.RolePrincipal},
			"title before the name",
		},
		{
			"Upon request from U.S. Secretary of State Condoleezza Rice, Foreign Minister Hirofumi Nakasone had a teleconference with her.",
			readout.Participant{Name: "Condoleezza Rice", FamilyName: "Rice", GivenName: "Condoleezza", Title: "U.S. Secretary of State", Country: "United States", Role: readout.RoleCounterpart},
			"a country adjective before the title; the foreign official is not the principal",
		},
		{
			"On March 6, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with the Hon. Malcolm Turnbull, MP, Prime Minister of Australia.",
			readout.Participant{Name: "Shinzo Abe", FamilyName: "Abe", GivenName: "Shinzo", Honorific: "Mr.", Title: "Prime Minister of Japan", Country: "Japan", Role: readout.RolePrincipal},
			"the principal comes first",
		},
		{
			"On September 24, 2021 (local time), the Prime Minister, who is visiting Washington D.C. in the United States, held a summit meeting with the Hon Scott Morrison, MP, Prime Minister of the Commonwealth of Australia.",
			readout.Participant{Title: "the Prime Minister", Country: "Japan", Role: readout.RolePrincipal},
			"an unnamed principal keeps its title and no name",
		},
	}
	for _, tt := range tests {
		got := leadPeople(t, tt.lead)
		if len(got) == 0 {
			t.Errorf("%s: no participants (%s)", tt.lead, tt.reason)
			continue
		}
		g := got[0]
		g.Span, g.Mentions = readout.Span{}, nil
		if diff := cmp.Diff(tt.want, g); diff != "" {
			t.Errorf("%s (%s): first participant (-want +got):\n%s", tt.lead, tt.reason, diff)
		}
	}
}

func TestHonorificsAndPostNominals(t *testing.T) {
	tests := []struct {
		lead, honorific, name, post, reason string
	}{
		{"Mr. Taro Kono held a meeting with H.E. Mr. Wang Yi, Foreign Minister of China.", "H.E. Mr.", "Wang Yi", "", "two honorifics"},
		{"Mr. Taro Kono held a meeting with H. E. Eng. Kamel Elwazer, Minister of Transport of Egypt.", "H. E. Eng.", "Kamel Elwazer", "", "spaced H. E. and Eng."},
		{"Mr. Taro Kono held a meeting with His Excellency Mr. Santiago Cafiero, Minister of Foreign Affairs of the Argentine Republic.", "His Excellency Mr.", "Santiago Cafiero", "", "His Excellency"},
		{"Mr. Taro Kono held a meeting with H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of the United Arab Emirates.", "H.H.", "Sheikh Abdullah bin Zayed Al Nahyan", "", "Sheikh is part of the name"},
		{"Mr. Taro Kono held a meeting with Senator the Hon Marise Payne, Minister for Foreign Affairs of Australia.", "Senator the Hon", "Marise Payne", "", "Senator the Hon"},
		{"Mr. Taro Kono held a meeting with Rt. Hon. Winston Peters, Minister of Foreign Affairs of New Zealand.", "Rt. Hon.", "Winston Peters", "", "Rt. Hon."},
		{"Mr. Shinzo Abe held a telephone talk with the Hon. Malcolm Turnbull, MP, Prime Minister of Australia.", "the Hon.", "Malcolm Turnbull", "MP", "a post-nominal"},
		{"Mr. KISHIDA Fumio had a talk with the Honorable Joseph R. Biden, Jr., President of the United States of America.", "the Honorable", "Joseph R. Biden, Jr.", "", "a name with a suffix after a comma"},
	}
	for _, tt := range tests {
		got := leadPeople(t, tt.lead)
		if len(got) < 2 {
			t.Errorf("%s: %d participants, want 2 (%s)", tt.lead, len(got), tt.reason)
			continue
		}
		c := got[1]
		if c.Honorific != tt.honorific || c.Name != tt.name || c.PostNominal != tt.post || c.Role != readout.RoleCounterpart {
			t.Errorf("%s (%s): got %q %q %q %v; want %q %q %q counterpart", tt.lead, tt.reason,
				c.Honorific, c.Name, c.PostNominal, c.Role, tt.honorific, tt.name, tt.post)
		}
	}
}

func TestTitleCountry(t *testing.T) {
	tests := []struct {
		lead, title, country, org, reason string
	}{
		{"Mr. Taro Kono met H.E. Mr. Wang Yi, State Councilor and Foreign Minister of the People's Republic of China.", "State Councilor and Foreign Minister of the People's Republic of China", "China", "", "a formal country name"},
		{"Mr. Taro Kono met the Honorable Antony Blinken, Secretary of State of the United States of America.", "Secretary of State of the United States of America", "United States", "", "of the United States of America"},
		{"Mr. Taro Kono met H.E. Mr. Adel Al-Jubeir, Minister of Foreign Affairs, Kingdom of Saudi Arabia.", "Minister of Foreign Affairs, Kingdom of Saudi Arabia", "Saudi Arabia", "", "the country after a comma"},
		{"Mr. Taro Kono met H.E. Ms. Diana MONDINO, Minister of Foreign Affairs, International Trade and Worship of the Argentine Republic.", "Minister of Foreign Affairs, International Trade and Worship of the Argentine Republic", "Argentina", "", "a title with a comma inside"},
		{"Mr. Taro Kono met H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation of the United Arab Emirates (UAE).", "Minister of Foreign Affairs and International Cooperation of the United Arab Emirates (UAE)", "United Arab Emirates", "", "a bracketed abbreviation stays in the title"},
		{"Foreign Minister Gemba held a meeting with Secretary of State Clinton.", "Secretary of State", "United States", "", "Secretary of State alone is the United States'"},
		{"Mr. Taro Kono met NATO Secretary-General Jens Stoltenberg.", "NATO Secretary-General", "", "NATO", "an organisation before the title"},
		{"Mr. Taro Kono met Mr. Jens Stoltenberg, Secretary-General of NATO.", "Secretary-General of NATO", "", "NATO", "an organisation after the title"},
	}
	for _, tt := range tests {
		got := leadPeople(t, tt.lead)
		if len(got) < 2 {
			t.Errorf("%s: %d participants, want 2 (%s)", tt.lead, len(got), tt.reason)
			continue
		}
		c := got[1]
		if c.Title != tt.title || c.Country != tt.country || c.Organization != tt.org {
			t.Errorf("%s (%s): got title %q country %q org %q; want %q %q %q", tt.lead, tt.reason, c.Title, c.Country, c.Organization, tt.title, tt.country, tt.org)
		}
	}
}

func TestKindAndMode(t *testing.T) {
	tests := []struct {
		lead   string
		kind   readout.Kind
		mode   readout.Mode
		reason string
	}{
		{"On April 7, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, attended the Meeting of Ministers of Foreign Affairs in Belgium.", readout.KindMultilateral, readout.ModeInPerson, "attended a meeting"},
		{"On August 2, Mr. Fumio Kishida, Minister for Foreign Affairs, held telephone talks with the Honorable John F. Kerry, Secretary of State of the United States of America.", readout.KindMeeting, readout.ModeTelephone, "telephone talks"},
		{"On December 20, Mr. HAYASHI Yoshimasa held a video conference with His Excellency Mr. Santiago Cafiero, Minister of Foreign Affairs of the Argentine Republic.", readout.KindMeeting, readout.ModeVideo, "video conference"},
		{"On August 28, Prime Minister Shinzo Abe held a summit meeting with H.E. Mr. Uhuru Kenyatta, President of the Republic of Kenya.", readout.KindSummit, readout.ModeInPerson, "summit meeting"},
		{"On March 14, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Summit Telephone Talk with H.E. Mr. Isaac HERZOG, President of the State of Israel.", readout.KindSummit, readout.ModeTelephone, "a summit by telephone"},
		{"On December 25th, H.E. Mr. Taro Kono, Minister for Foreign Affairs, paid a courtesy call on H.E. Mr. Reuven Rivlin, President of the State of Israel.", readout.KindCourtesyCall, readout.ModeInPerson, "paid a courtesy call"},
		{"On August 24, Mr. Shinzo Abe, Prime Minister of Japan, received a courtesy call from Mr. Wang Yi, Foreign Minister of the People's Republic of China.", readout.KindCourtesyCall, readout.ModeInPerson, "received a courtesy call"},
		{"On September 30, Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a dinner meeting with H.E. Mr. Adel Al-Jubeir, Minister of Foreign Affairs of Saudi Arabia.", readout.KindWorkingMeal, readout.ModeInPerson, "dinner meeting"},
		{"On April 24, Mr. Fumio Kishida held a Foreign Ministers' Meeting and working dinner with H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of the UAE.", readout.KindMeeting, readout.ModeInPerson, "the first engagement decides"},
		{"Mr. Fumio Kishida held a working lunch with H.E. Mr. Adel Al-Jubeir, Minister of Foreign Affairs of Saudi Arabia.", readout.KindWorkingMeal, readout.ModeInPerson, "working lunch"},
		{"Prime Minister Shinzo Abe visited the Republic of Kenya from August 26 to 28.", readout.KindVisit, readout.ModeInPerson, "visited a country"},
		{"On September 27, Mr. Shinzo Abe, the Prime Minister of Japan, held informal talks with the Rt. Hon. John Key, Prime Minister of New Zealand.", readout.KindInformalTalk, readout.ModeInPerson, "informal talks"},
		{"On June 14, Mr. KISHIDA Fumio had a brief informal talk with the Honorable Joseph R. Biden, Jr., President of the United States of America.", readout.KindInformalTalk, readout.ModeInPerson, "brief informal talk"},
		{"On February 19, 2021, Prime Minister Suga Yoshihide attended the G7 leaders' video conference.", readout.KindMultilateral, readout.ModeVideo, "a multilateral video conference"},
		{"On October 6, Mr. MOTEGI Toshimitsu chaired the Second Japan-Australia-India-U.S. Foreign Ministers' Meeting with Senator the Hon Marise Payne, Minister for Foreign Affairs of Australia.", readout.KindMultilateral, readout.ModeInPerson, "chaired a four-party meeting"},
		{"Talks between the Foreign Minister of Japan Mr. Taro Aso and his Chinese counterpart Mr. Li Zhaoxing by telephone took place at 15:00 on July 5th.", readout.KindMeeting, readout.ModeTelephone, "no main verb before the people: the sentence decides"},
		{"On January 10, Mr. HAYASHI Yoshimasa, who is visiting Buenos Aires, Argentina, met with six representatives of Japanese companies in Argentina.", readout.KindMeeting, readout.ModeInPerson, "met with"},
	}
	for _, tt := range tests {
		p := newParser(tt.lead, newOptions(nil))
		p.enWho(0, len(p.text))
		if p.m.Kind != tt.kind || p.m.Mode != tt.mode {
			t.Errorf("%s (%s): got %v %v, want %v %v", tt.lead, tt.reason, p.m.Kind, p.m.Mode, tt.kind, tt.mode)
		}
	}
}

func TestPlace(t *testing.T) {
	tests := []struct {
		lead          string
		country, city string
		reason        string
	}{
		{"Mr. HAYASHI Yoshimasa attended the Meeting of Ministers of Foreign Affairs in Belgium.", "Belgium", "", "in a country"},
		{"Mr. HAYASHI Yoshimasa, who is visiting Washington D.C., held a meeting with Mansfield Fellows.", "United States", "Washington D.C.", "a known city, as written"},
		{"Mr. Taro Kono held a meeting with Rt. Hon. Winston Peters, during his visit to Wellington, New Zealand.", "New Zealand", "Wellington", "during his visit to a city and country"},
		{"Mr. Fumio Kishida, upon his visit to Beijing, the People's Republic of China, held a meeting with the Hon. Murray McCully.", "China", "Beijing", "a formal country name after the city"},
		{"Prime Minister Shinzo Abe held a summit meeting with H.E. Mr. Uhuru Kenyatta, President of the Republic of Kenya, in Yokoyama, Japan.", "Japan", "Yokoyama", "an unknown city written with its country"},
		{"Ms. KAMIKAWA Yoko, who was visiting Busan in the Republic of Korea to attend the meeting, held a meeting with H.E. Mr. Wang Yi.", "Republic of Korea", "Busan", "city in country"},
		{"Mr. HAYASHI Yoshimasa held a Foreign Ministers' Meeting with the Honorable Antony Blinken, Secretary of State of the United States of America, who was visiting Japan.", "Japan", "", "a visitor to Japan: the meeting is in Japan"},
		{"Mr. Shinzo Abe held a summit meeting with the Hon. Scott Morrison, who was visiting France in response to the invitation to attend the G7 Summit in Biarritz.", "France", "Biarritz", "a later phrase gives the city"},
		{"On September 19, from 4:35 p.m. (NY time), Mr. Taro Kono held a meeting with H.H. Sheikh Abdullah bin Zayed Al Nahyan.", "United States", "New York", "a zone note names the place"},
		{"On August 2, commencing at around 2:55 p.m. (Japan time), Mr. Taro Kono, who is visiting Singapore, held a meeting with Mr. Wang Yi.", "Singapore", "", "Japan time is a JST note, not the place"},
		{"On August 2, Mr. Fumio Kishida held telephone talks with the Honorable John F. Kerry.", "", "", "no place stated: none assumed"},
	}
	for _, tt := range tests {
		p := newParser(tt.lead, newOptions(nil))
		p.enWho(0, len(p.text))
		if p.m.Place.Country != tt.country || p.m.Place.City != tt.city {
			t.Errorf("%s (%s): got %q %q, want %q %q", tt.lead, tt.reason, p.m.Place.Country, p.m.Place.City, tt.country, tt.city)
		}
	}
}

func TestAttendees(t *testing.T) {
	lead := "On August 24, Mr. Shinzo Abe, Prime Minister of Japan, received a courtesy call from Mr. Wang Yi, Foreign Minister of the People's Republic of China, and Mr. Yun Byung-se, Minister of Foreign Affairs of the Republic of Korea, who are visiting Japan. Mr. Fumio Kishida, Minister for Foreign Affairs, was also present during the courtesy call."
	var got []string
	for _, pt := range leadPeople(t, lead) {
		got = append(got, pt.Name+"/"+pt.Role.String()+"/"+pt.Country)
	}
	want := []string{"Shinzo Abe/principal/Japan", "Wang Yi/counterpart/China", "Yun Byung-se/counterpart/Republic of Korea", "Fumio Kishida/attendee/"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("participants (-want +got):\n%s", diff)
	}
}

// TestAttachMentions checks that each participant gets its noted mentions
// in the order they were noted, after any it already has, however many
// participants there are.
func TestAttachMentions(t *testing.T) {
	sp := func(o int) readout.Span { return readout.Span{Start: readout.Pos{Offset: int32(o)}} }
	for _, n := range []int{3, 40} { // the counts on the stack, and not
		p := &parser{m: &readout.Meeting{}}
		for range n {
			p.m.Participants = append(p.m.Participants, readout.Participant{})
		}
		p.m.Participants[0].Mentions = []readout.Span{sp(1)}
		for _, m := range []struct{ k, o int }{{2, 10}, {0, 11}, {2, 12}, {n - 1, 13}, {0, 14}} {
			p.addMention(m.k, sp(m.o))
		}
		p.attachMentions()
		want := make([][]readout.Span, n)
		want[0] = []readout.Span{sp(1), sp(11), sp(14)}
		want[2] = []readout.Span{sp(10), sp(12)}
		want[n-1] = append(want[n-1], sp(13))
		var got [][]readout.Span
		for _, pt := range p.m.Participants {
			got = append(got, pt.Mentions)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%d participants: mentions (-want +got):\n%s", n, diff)
		}
	}
}
