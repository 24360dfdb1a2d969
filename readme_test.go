package readout_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMEListsExamples keeps the README's list of example programs in
// step with examples/: every program is linked, and every linked program
// exists.
func TestREADMEListsExamples(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := filepath.Glob("examples/*/main.go")
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no example programs found")
	}
	for _, d := range dirs {
		link := "(" + filepath.ToSlash(d) + ")"
		if !strings.Contains(string(readme), link) {
			t.Errorf("README.md does not link %s", link)
		}
	}
	for _, line := range strings.Split(string(readme), "\n") {
		_, rest, ok := strings.Cut(line, "](examples/")
		if !ok {
			continue
		}
		path, _, _ := strings.Cut(rest, ")")
		if _, err := os.Stat(filepath.Join("examples", path)); err != nil {
			t.Errorf("README.md links examples/%s, which does not exist", path)
		}
	}
}
