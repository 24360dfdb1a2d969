package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/sample"
)

// TestRun runs the program on a directory holding the two samples, a file
// that is not UTF-8 and a file that is not a readout (*.md): one JSON line
// per readout, in name order, with the codes of its problems, and one error
// line.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a-nato.en.txt": sample.English,
		"b-nato.ja.txt": sample.Japanese,
		"c-broken.txt":  "Meeting\n\xff\n",
		"notes.md":      "not a readout",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errs bytes.Buffer
	failed, err := run(&out, &errs, dir)
	if err != nil {
		t.Fatal(err)
	}
	if failed != 1 {
		t.Errorf("failed = %d, want 1", failed)
	}
	wantErr := filepath.Join(dir, "c-broken.txt") + ":2:1: invalid UTF-8: byte 0xff\n"
	if diff := cmp.Diff(wantErr, errs.String()); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}

	type line struct {
		Source, Language string
		Problems         []string // codes
	}
	var got []line
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m readout.Meeting
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d is not a meeting: %v", len(got)+1, err)
		}
		var codes []string
		for _, p := range m.Problems {
			codes = append(codes, p.Code)
		}
		got = append(got, line{filepath.Base(m.Source), m.Language, codes})
	}
	want := []line{
		{"a-nato.en.txt", "en", []string{"text-doubled-punctuation"}},
		{"b-nato.ja.txt", "ja", nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON lines mismatch (-want +got):\n%s", diff)
	}
}

// TestRunEmptyDir: a directory with no readouts is an error, not silence.
func TestRunEmptyDir(t *testing.T) {
	var out, errs bytes.Buffer
	if _, err := run(&out, &errs, t.TempDir()); err == nil {
		t.Error("run on an empty directory: no error")
	}
}
