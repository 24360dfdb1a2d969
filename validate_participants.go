package readout

import "strings"

// checkParticipants reports a readout with no principal, and a principal or
// counterpart whose name, title or country the text does not give.
func checkParticipants(ps *Problems, m *Meeting) {
	if _, ok := m.Principal(); !ok {
		ps.Add(CodeNoPrincipal, m.Lead.Span, "no participant is the principal (the Japanese official the readout is about)")
	}
	for _, p := range m.Participants {
		if p.Role != RolePrincipal && p.Role != RoleCounterpart {
			continue
		}
		var lacks []string
		if p.Name == "" {
			lacks = append(lacks, "name")
		}
		if p.Title == "" {
			lacks = append(lacks, "title")
		}
		if p.Country == "" && p.Organization == "" {
			lacks = append(lacks, "country")
		}
		if len(lacks) == 0 {
			continue
		}
		who := p.Name
		if who == "" {
			who = "the " + p.Role.String()
		} else {
			who = p.Role.String() + " " + who
		}
		ps.Add(CodeParticipantIncomplete, p.Span, "the text gives no %s for %s", joinWords(lacks), who)
	}
}

// joinWords joins ["a", "b", "c"] as "a, b or c".
func joinWords(w []string) string {
	if len(w) == 1 {
		return w[0]
	}
	return strings.Join(w[:len(w)-1], ", ") + " or " + w[len(w)-1]
}
