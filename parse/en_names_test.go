package parse

import (
	"os"
	"path/filepath"
	"testing"
)

// The filters that keep personAt from being tried must never skip a word
// where personAt finds a phrase: they save work, they do not decide.

// checkStarters reports, through t, every word of toks where personAt finds
// a phrase but starters.may says none can start.
func checkStarters(t *testing.T, name string, toks []tok) {
	t.Helper()
	st := newStarters(toks)
	for i := range toks {
		if _, ok := personAt(toks, i); ok && !st.may(i) {
			t.Errorf("%s: personAt finds a phrase at word %d (%q) that starters.may rules out", name, i, toks[i].w)
		}
	}
}

func TestStartersMay(t *testing.T) {
	tests := []struct {
		text   string
		i      int // the word personAt finds a phrase at
		reason string
	}{
		{"met the Honourable Malcolm Turnbull", 1, "an article before an honorific"},
		{"received His Majesty King Abdullah II", 1, `"His" before "Majesty"`},
		{"with NATO Secretary-General Stoltenberg", 1, "a one-word organisation before the head"},
		{"with U.S. Secretary of State Rice", 1, "a country adjective before the head"},
		{"with Saudi Arabian Foreign Minister Faisal", 1, "a two-word adjective"},
		{"with the North Atlantic Treaty Organization Secretary-General Stoltenberg", 1, "the article and a four-word organisation"},
		{"the United Nations General Assembly President Smith spoke", 0, "a starter (General) inside the organisation"},
		{"a call from the Prime Minister.", 3, "an article before the head"},
		{"Sheikh Tamim bin Hamad Al Thani", 0, "a name that carries its address"},
		{"talks with Korea. Foreign Minister Park said", 2, "a clause end right before the head does not stop an adjective"},
		{"talks with the World Bank. Director Smith said", 2, "nor an organisation"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		if _, ok := personAt(toks, tt.i); !ok {
			t.Errorf("personAt(%q, %d) finds nothing; the row is wrong (%s)", tt.text, tt.i, tt.reason)
			continue
		}
		st := newStarters(toks)
		for i := 0; i < tt.i; i++ {
			st.may(i)
		}
		if !st.may(tt.i) {
			t.Errorf("starters.may(%d) = false in %q (%s)", tt.i, tt.text, tt.reason)
		}
	}
}

func TestStartersMaySkips(t *testing.T) {
	tests := []struct {
		text   string
		i      int
		reason string
	}{
		{"at the invitation from NATO, for the first time as Ministers", 4, "a comma between the word and the head"},
		{"Japan attended. This was Foreign Minister Hayashi", 0, "a clause end inside what would be an organisation"},
		{"the speech by Minister Hayashi", 0, "an article before a lower-case word"},
		{"outline of the speech by Minister Hayashi", 0, "a lower-case word"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		st := newStarters(toks)
		for i := 0; i < tt.i; i++ {
			st.may(i)
		}
		if st.may(tt.i) {
			t.Errorf("starters.may(%d) = true in %q, want false (%s)", tt.i, tt.text, tt.reason)
		}
	}
}

// TestStartersMayCorpus checks every line and every lead of the corpus
// copy: wherever personAt finds a phrase, starters.may lets it be tried.
func TestStartersMayCorpus(t *testing.T) {
	var files []string
	for _, pat := range []string{"../testdata/corpus/en/*.txt", "../testdata/heldout/en/*.txt", "../testdata/blind2/en/*.txt", "../testdata/en/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := normalize(string(b))
		for _, l := range splitLines(s) {
			checkStarters(t, f, tokenize(s, int(l.start), int(l.end)))
		}
	}
}
