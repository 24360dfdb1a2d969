package readout

// Validate checks a meeting for what is inconsistent or doubtful in its
// readout and returns every problem found, not only the first, sorted by
// position (see [Problems]). It returns nil for a meeting with no
// problems, and for a nil meeting.
//
// The checks, by theme (each problem's code is one of the Code constants,
// whose doc comments give its severity):
//   - time: the stated Japan time against the local time converted through
//     the IANA zone (jst-mismatch, jst-day-mismatch), the zone itself
//     (zone-unknown, zone-ambiguous, abbreviation-season), daylight saving
//     edges (time-in-gap, time-in-overlap), the duration
//     (duration-implausible), for the meeting and each further session;
//   - dates: the weekday written beside the date (date-weekday-mismatch)
//     and the page's date (date-far-from-published);
//   - numbering of sections and of the points in a section (numbering);
//   - participants (no-principal, participant-incomplete);
//   - text: the values read from the text — category, title, event, photo
//     captions, section headings and texts, points — for doubled
//     punctuation and words, unbalanced brackets and quotation marks, and a
//     space before punctuation (the text-* codes), with exact columns. One
//     value reports at most ten problems of a text-* code, the first by
//     position, then one more of that code that counts the others ("and
//     990 more of this kind in this value, not listed one by one") and
//     spans them;
//   - what the parser did not understand (unparsed), one note per fragment.
//
// Validate reads m and does not change it; to keep the result beside the
// data, as the JSON form does, assign it: m.Problems = readout.Validate(m).
// Each problem's Source is m.Source. Validate is safe for concurrent use and
// takes time linear in the size of the meeting.
func Validate(m *Meeting) Problems {
	if m == nil {
		return nil
	}
	var ps Problems
	checkSchedule(&ps, m.Schedule, m.Place, m.Published)
	for _, s := range m.Sessions {
		checkSchedule(&ps, s.Schedule, m.Place, m.Published)
	}
	checkNumbering(&ps, m)
	checkParticipants(&ps, m)
	checkTexts(&ps, m)
	checkUnparsed(&ps, m.Unparsed)
	if len(ps) == 0 {
		return nil
	}
	ps.Sort()
	ps = dedupe(ps)
	for _, p := range ps {
		p.Source = m.Source
	}
	return ps
}

// dedupe drops, from a sorted list, a problem identical in code, span and
// message to the one before it (a point may be reached both from its
// section and from its statement).
func dedupe(ps Problems) Problems {
	out := ps[:1]
	for _, p := range ps[1:] {
		q := out[len(out)-1]
		if p.Code == q.Code && p.Span == q.Span && p.Message == q.Message {
			continue
		}
		out = append(out, p)
	}
	return out
}

// checkUnparsed notes each fragment the parser kept but did not understand.
func checkUnparsed(ps *Problems, frags []Fragment) {
	for _, f := range frags {
		reason := f.Reason
		if reason == "" {
			reason = "not understood"
		}
		ps.Add(CodeUnparsed, f.Span, "%s: %q", reason, excerpt(f.Text, 60))
	}
}

// excerpt returns s cut to at most n runes, with "…" where it was cut.
func excerpt(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}
