package parse

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLongLead checks that an English lead is read up to maxEnLead bytes,
// and that the rest of a longer one is kept as an Unparsed fragment.
func TestLongLead(t *testing.T) {
	const head = "April 7, 2022\nOn April 7, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with "
	const tail = "H.E. Mr. Jens Stoltenberg, Secretary General of NATO.\n1. Text.\n"
	const sentence = "The two ministers exchanged views on the situation in Ukraine. "
	leadStart := strings.IndexByte(head, '\n') + 1
	under := maxEnLead - (len(head) - leadStart) - len(tail)
	tests := []struct {
		name      string
		filler    string   // between head and tail
		wantNames []string // participants
		cut       bool     // whether the lead is cut
		atStop    bool     // whether the cut follows a sentence
	}{
		{"a lead just under the limit is read whole", strings.Repeat(", ", under/2), []string{"HAYASHI Yoshimasa", "Jens Stoltenberg"}, false, false},
		{"a sentence over the limit is cut at a word", strings.Repeat(", ", 10_000), nil, true, false},
		{"sentences over the limit are cut after one", "NATO. " + strings.Repeat(sentence, 2*maxEnLead/len(sentence)), nil, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := head + tt.filler + tail
			m, err := Text(src)
			if err != nil {
				t.Fatalf("Text: %v", err)
			}
			leadEnd := strings.Index(src, ".\n1.") + 1
			if int(m.Lead.Span.Start.Offset) != leadStart || int(m.Lead.Span.End.Offset) != leadEnd {
				t.Errorf("lead %v, want the whole paragraph [%d, %d)", m.Lead.Span, leadStart, leadEnd)
			}
			var names, reasons []string
			for _, ps := range m.Participants {
				names = append(names, ps.Name)
			}
			for _, f := range m.Unparsed {
				reasons = append(reasons, f.Reason)
			}
			if !tt.cut {
				if diff := cmp.Diff(tt.wantNames, names); diff != "" {
					t.Errorf("participants (-want +got):\n%s", diff)
				}
				if len(reasons) > 0 {
					t.Errorf("unparsed %q, want none", reasons)
				}
				return
			}
			if len(m.Unparsed) != 1 || reasons[0] != tooLongLead {
				t.Fatalf("unparsed %q, want one %q", reasons, tooLongLead)
			}
			// The fragment is the rest of the lead, from a word start at
			// most maxEnLead bytes into it.
			f := m.Unparsed[0]
			s, e := int(f.Span.Start.Offset), int(f.Span.End.Offset)
			if e != leadEnd || s <= leadStart || s > leadStart+maxEnLead || src[s-1] != ' ' {
				t.Errorf("fragment [%d, %d), want from a word start within %d bytes of %d to %d", s, e, maxEnLead, leadStart, leadEnd)
			}
			if got := src[s-2] == '.'; got != tt.atStop {
				t.Errorf("fragment after %q, want after a sentence: %v", src[s-10:s], tt.atStop)
			}
			// The principal is read; nothing is read from the rest.
			if len(names) == 0 || names[0] != "HAYASHI Yoshimasa" {
				t.Errorf("participants %q, want HAYASHI Yoshimasa first", names)
			}
			for _, ps := range m.Participants {
				if int(ps.Span.End.Offset) > s {
					t.Errorf("participant %q at %v, past the cut at %d", ps.Name, ps.Span, s)
				}
			}
		})
	}
}

// TestLeadCut checks where a lead too long to read whole is cut.
func TestLeadCut(t *testing.T) {
	tests := []struct {
		name string
		s    string
		n    int
		want int
	}{
		{"short enough: the end", "a b c", 5, 5},
		{"at the last space within n", "ab cd ef", 4, 2},
		{"a space at n itself", "ab cd ef", 5, 5},
		{"one long word: the space after it", "abcdef gh", 3, 6},
		{"one word, no space: the end", "abcdefgh", 3, 8},
		{"a line end is white space", "ab\ncd ef", 4, 2},
		{"after the last sentence within n", "Ab. Cd ef. Gh ij", 13, 10},
		{"a question mark ends a sentence", "Ab? Cd ef gh", 9, 3},
		{"a bracket after the dot", "(Ab.) Cd ef gh", 11, 5},
		{"not after an abbreviation", "Ab. Mr. Cd ef", 11, 3},
		{"not after an initial", "Ab cd R. Ef gh", 12, 11},
	}
	for _, tt := range tests {
		if got := leadCut(tt.s, 0, len(tt.s), tt.n); got != tt.want {
			t.Errorf("%s: leadCut(%q, %d) = %d, want %d", tt.name, tt.s, tt.n, got, tt.want)
		}
	}
}
