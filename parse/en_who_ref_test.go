package parse

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/diplomacy-data/readout"
)

// findNameRef is findName as first written: the second loop splits every
// participant's name.
func (p *parser) findNameRef(name string) int {
	one := !strings.Contains(name, " ")
	for k := range p.m.Participants {
		pt := &p.m.Participants[k]
		if pt.Name == "" {
			continue
		}
		if eqFold(pt.Name, name) {
			return k
		}
		if !one {
			if len(pt.Name) > len(name) && eqFold(pt.Name[:len(name)], name) && pt.Name[len(name)] == ' ' {
				return k
			}
			continue
		}
		if pt.FamilyName != "" && eqFold(pt.FamilyName, name) {
			return k
		}
		if f := lastNameWord(pt.Name); f != "" && eqFold(f, name) {
			return k
		}
	}
	if !one {
		return -1
	}
	found := -1
	for k := range p.m.Participants {
		pt := &p.m.Participants[k]
		var wb [8]string
		for _, w := range appendNameWords(wb[:0], pt.Name) {
			if eqFold(w, name) && !isParticle(w) {
				if found >= 0 && found != k {
					return -1
				}
				found = k
			}
		}
	}
	return found
}

// TestFindNameRef checks findName, which does not split again the names
// its first loop read whole, against findNameRef on random participants
// (one-word, several-word, empty, with commas, suffixes, particles and
// non-ASCII letters) and names.
func TestFindNameRef(t *testing.T) {
	words := []string{"Abe", "ABE", "Shinzo", "Kishida", "Fumio", "bin", "Zayed", "Jr.", "II", "Li", "Wang", "Yi", "Joko",
		"Widodo", "Al", "de", "Müller", "MÜLLER", "\u212aishida", "Sheikh", "Abdullah", ","}
	rnd := rand.New(rand.NewPCG(61, 62))
	randName := func() string {
		var b strings.Builder
		for k := range rnd.IntN(4) {
			if k > 0 {
				b.WriteString([]string{" ", " ", "  ", ", ", "\t"}[rnd.IntN(5)])
			}
			b.WriteString(words[rnd.IntN(len(words))])
		}
		return b.String()
	}
	for range 20000 {
		p := &parser{m: &readout.Meeting{}}
		for range rnd.IntN(5) {
			pt := readout.Participant{Name: randName()}
			if rnd.IntN(2) == 0 {
				pt.FamilyName = words[rnd.IntN(len(words))]
			}
			p.m.Participants = append(p.m.Participants, pt)
		}
		name := randName()
		if rnd.IntN(3) == 0 {
			name = words[rnd.IntN(len(words))]
		}
		if got, want := p.findName(name), p.findNameRef(name); got != want {
			t.Errorf("findName(%q) among %q = %d, want %d", name, p.m.Participants, got, want)
		}
	}
}
