package formats

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
)

// textFormat is a readable summary of each meeting: what, when (with the
// MOFA-style time phrase recomputed from the parsed time, not copied from
// the text), where, who, and the points made. Summaries are separated by a
// blank line.
type textFormat struct{ nop }

func (textFormat) Separator() string { return "\n" }

// pointWidth is the length in runes at which a point's text is cut in the
// summary.
const pointWidth = 100

func (textFormat) Encode(buf *bytes.Buffer, d Doc) ([]string, error) {
	m := d.Meeting
	fmt.Fprintf(buf, "%s\n", m.Source)
	if head := joinNonEmpty(": ", m.Category, oneLine(m.Event)); head != "" {
		fmt.Fprintf(buf, "  %s\n", head)
	}
	writeWhen(buf, m.Schedule)
	for _, s := range m.Sessions {
		writeWhen(buf, s.Schedule)
	}
	if p := place(m.Place); p != "" {
		fmt.Fprintf(buf, "  Where:  %s\n", p)
	}
	if what := kindMode(m.Kind, m.Mode); what != "" {
		fmt.Fprintf(buf, "  What:   %s\n", what)
	}
	if len(m.Participants) > 0 {
		fmt.Fprintf(buf, "  Who:\n")
		for _, p := range m.Participants {
			fmt.Fprintf(buf, "    %-12s %s\n", p.Role, person(p))
		}
	}
	for _, st := range m.Statements {
		if len(st.Points) == 0 {
			continue
		}
		who := st.Speaker
		if who == "" {
			who = "unnamed speaker"
		}
		fmt.Fprintf(buf, "  Points (%s):\n", who)
		for _, pt := range st.Points {
			fmt.Fprintf(buf, "    (%d) %s\n", pt.Number, cut(oneLine(pt.Text), pointWidth))
		}
	}
	if n := len(m.Unparsed); n > 0 {
		fmt.Fprintf(buf, "  Unparsed: %d fragment(s)\n", n)
	}
	return nil, nil
}

// writeWhen writes the "When:" line of a schedule, if it says anything.
func writeWhen(buf *bytes.Buffer, s readout.Schedule) {
	var parts []string
	if !s.Date.IsZero() {
		parts = append(parts, longDate(s.Date))
	}
	if p := phrase(s); p != "" {
		parts = append(parts, p)
	}
	if s.Duration != 0 {
		q := ""
		if s.DurationQualifier != readout.DurationExact {
			q = strings.ReplaceAll(s.DurationQualifier.String(), "_", " ") + " "
		}
		parts = append(parts, fmt.Sprintf("for %s%d minutes", q, s.Duration.Minutes()))
	}
	if len(parts) > 0 {
		fmt.Fprintf(buf, "  When:   %s\n", strings.Join(parts, ", "))
	}
}

// longDate writes d as MOFA's English readouts do: "April 7, 2022".
func longDate(d readout.Date) string {
	if !d.HasYear() {
		return fmt.Sprintf("%s %d", d.Month, d.Day)
	}
	return fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year)
}

// phrase returns the MOFA-style time phrase of s, recomputed with
// [readout.Phrase] from its date, clock and zone (not copied from the text):
// "9:45 a.m. (local time; same day, 4:45 p.m. JST)", "5:00 p.m. JST" in
// Tokyo, preceded by the start qualifier ("around "). Without a dated,
// zoned start it is the clock alone.
func phrase(s readout.Schedule) string {
	if !s.Start.Valid {
		return ""
	}
	q := ""
	switch s.StartQualifier {
	case readout.StartAround:
		q = "around "
	case readout.StartJustAfter:
		q = "just after "
	case readout.StartAfter:
		q = "after "
	}
	if s.TimeZone != "" && s.Date.HasYear() {
		if p, err := readout.Phrase(s.Date, s.Start, s.TimeZone); err == nil {
			return q + p
		}
	}
	return q + s.Start.Kitchen()
}

// kindMode names the kind and mode of an engagement: "meeting, telephone".
func kindMode(k readout.Kind, m readout.Mode) string {
	var parts []string
	if k != readout.KindUnknown {
		parts = append(parts, strings.ReplaceAll(k.String(), "_", " "))
	}
	if m != readout.ModeUnknown {
		parts = append(parts, strings.ReplaceAll(m.String(), "_", " "))
	}
	return strings.Join(parts, ", ")
}

// person describes a participant on one line: "Mr. HAYASHI Yoshimasa,
// Minister for Foreign Affairs of Japan (Japan)".
func person(p readout.Participant) string {
	s := joinNonEmpty(" ", p.Honorific, p.Name)
	s = joinNonEmpty(", ", s, p.Title)
	if where := joinNonEmpty(", ", p.Country, p.Organization); where != "" {
		s += " (" + where + ")"
	}
	return oneLine(s)
}

// cut shortens s to n runes, ending it with "…" when it was longer.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n - 1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return strings.TrimRight(s[:i], " ") + "…"
}
