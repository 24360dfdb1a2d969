package parse

// A personMemo remembers what personAt found at the words of one slice of
// tokens: the lead's people, its engagement phrase and its group
// counterpart are read from the same words, and each asks personAt at
// mostly the same places. personAt depends only on the words, so a result
// kept for an index holds for as long as the words do.
type personMemo struct {
	toks []tok
	n    int
	at   [8]int
	ps   [8]person
	ok   [8]bool
}

// personAt returns personAt(toks, i), from the memo when it holds it. A
// different slice of tokens empties the memo first.
func (m *personMemo) personAt(toks []tok, i int) (person, bool) {
	if len(toks) != len(m.toks) || len(toks) > 0 && &toks[0] != &m.toks[0] {
		m.toks, m.n = toks, 0
	}
	for k := range m.n {
		if m.at[k] == i {
			return m.ps[k], m.ok[k]
		}
	}
	ps, ok := personAt(toks, i)
	if m.n < len(m.at) {
		m.at[m.n], m.ps[m.n], m.ok[m.n] = i, ps, ok
		m.n++
	}
	return ps, ok
}
