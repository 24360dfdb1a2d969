package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the got/want values of testdata/{corpus,heldout,blind2}/*.misses.json (reasons are kept)")

// A knownMiss is a field of a corpus readout that the parser is known not
// to match, with the reason it is a label problem rather than a parser one
// (or a limitation the project accepts). The list is reviewed by hand.
type knownMiss struct {
	File   string `json:"file"`
	Field  string `json:"field"`
	Want   string `json:"want"`
	Got    string `json:"got"`
	Reason string `json:"reason"`
}

// TestCorpusAccuracy parses every labelled readout of the corpus copy in
// testdata/corpus and of the blind held-out sets in testdata/heldout and
// testdata/blind2, and
// requires the misses to be exactly the known, explained
// ones: a new miss is a regression, and a miss that went away must be taken
// off the list. Run with -update to refresh the values of the list (new
// misses get an empty reason, which the test then rejects until one is
// written).
func TestCorpusAccuracy(t *testing.T) {
	for _, set := range []string{"corpus/en", "corpus/ja", "heldout/en", "heldout/ja", "blind2/en", "blind2/ja"} {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", filepath.FromSlash(set))
			checks, err := run(dir)
			if err != nil {
				t.Fatal(err)
			}
			listFile := dir + ".misses.json"
			var known []knownMiss
			if b, err := os.ReadFile(listFile); err == nil {
				if err := json.Unmarshal(b, &known); err != nil {
					t.Fatalf("%s: %v", listFile, err)
				}
			}
			reasons := map[string]string{}
			for _, k := range known {
				reasons[k.File+" "+k.Field] = k.Reason
			}
			var got []knownMiss
			total := 0
			for _, c := range checks {
				total++
				if !c.OK() {
					got = append(got, knownMiss{File: c.File, Field: c.Field, Want: c.Want, Got: c.Got, Reason: reasons[c.File+" "+c.Field]})
				}
			}
			sort.Slice(got, func(i, j int) bool {
				if got[i].File != got[j].File {
					return got[i].File < got[j].File
				}
				return got[i].Field < got[j].Field
			})
			t.Logf("%s: %d/%d labelled fields right", set, total-len(got), total)
			if *update {
				if got == nil {
					got = []knownMiss{} // an empty list, not null
				}
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(listFile, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			gotKeys := map[string]knownMiss{}
			for _, g := range got {
				gotKeys[g.File+" "+g.Field] = g
				if _, ok := reasons[g.File+" "+g.Field]; !ok {
					t.Errorf("new miss: %s %s: want %q, got %q", g.File, g.Field, g.Want, g.Got)
				} else if g.Reason == "" {
					t.Errorf("known miss without a reason in %s: %s %s", listFile, g.File, g.Field)
				}
			}
			var fixed []string
			for _, k := range known {
				if _, ok := gotKeys[k.File+" "+k.Field]; !ok {
					fixed = append(fixed, fmt.Sprintf("%s %s", k.File, k.Field))
				}
			}
			if len(fixed) > 0 {
				t.Errorf("misses that are now right; take them off %s: %s", listFile, strings.Join(fixed, "; "))
			}
		})
	}
}
