package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	goical "github.com/emersion/go-ical"
	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/sample"
)

// The tests run the command as a user would: built once, run with os/exec.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "readout-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "readout")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// readoutCmd runs the command with args and stdin, returning its standard
// output, standard error and exit status.
func readoutCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running readout: %v", err)
	}
	return o.String(), e.String(), code
}

// corpusDir writes a directory of readouts for batch tests: three good ones
// under names whose lexical order is known, and bad ones (not UTF-8, empty,
// binary), plus files the glob must skip. It returns the directory and the
// good and bad paths in input order.
func corpusDir(t *testing.T) (dir string, good, bad []string) {
	t.Helper()
	dir = t.TempDir()
	files := []struct {
		name string
		data string
		ok   bool
	}{
		{"01.txt", sample.English, true},
		{"02-latin1.txt", "Japan\n\nApril 7, 2022\n\nOn April 7, Mr. Hayashi met Mr. M\xfcller.\n", false},
		{"03.txt", strings.Replace(sample.English, "April 7, 2022", "April 8, 2022", 1), true},
		{"04-empty.txt", " \n", false},
		{"sub/05.txt", sample.English, true},
		{"sub/06-binary.txt", "ELF\x00\x01\x02", false},
		{"notes.md", "not a readout", true}, // skipped by the glob
		{".git/x.txt", "skipped: hidden", true},
	}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(f.name, ".md") || strings.HasPrefix(f.name, ".") {
			continue
		}
		if f.ok {
			good = append(good, p)
		} else {
			bad = append(bad, p)
		}
	}
	return dir, good, bad
}

func TestHelp(t *testing.T) {
	tests := []struct {
		reason   string
		args     []string
		code     int
		stdout   string // a line the output must contain
		stderr   string
		wantBoth bool
	}{
		{"no command: usage on stderr, status 2", nil, 2, "", "Usage:\n\n\treadout <command> [arguments]", false},
		{"--help: usage on stdout", []string{"--help"}, 0, "The commands are:", "", false},
		{"help", []string{"help"}, 0, "readout parse -format csv readouts/ > meetings.csv", "", false},
		{"-h", []string{"-h"}, 0, "Examples:", "", false},
		{"parse -h: the flags and examples", []string{"parse", "-h"}, 0, "", "usage: readout parse [-format FORMAT]", false},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`, false},
	}
	for _, tt := range tests {
		stdout, stderr, code := readoutCmd(t, "", tt.args...)
		if code != tt.code {
			t.Errorf("%s: exit status %d, want %d", tt.reason, code, tt.code)
		}
		if !strings.Contains(stdout, tt.stdout) {
			t.Errorf("%s: stdout lacks %q:\n%s", tt.reason, tt.stdout, stdout)
		}
		if !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%s: stderr lacks %q:\n%s", tt.reason, tt.stderr, stderr)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		reason string
		args   []string
		stderr string
	}{
		{"unknown flag", []string{"parse", "-frob"}, "flag provided but not defined: -frob"},
		{"unknown format", []string{"parse", "-format", "xml"}, `unknown format "xml"`},
		{"-j 0", []string{"parse", "-j", "0"}, "-j must be at least 1"},
		{"-j not a number", []string{"parse", "-j", "many"}, `invalid value "many" for flag -j`},
		{"malformed glob", []string{"parse", "-glob", "[", "."}, "malformed pattern"},
		{"-max-bytes not a size", []string{"parse", "-max-bytes", "big"}, `invalid size "big"`},
		{"-max-bytes above what positions can hold", []string{"parse", "-max-bytes", "2G"}, `invalid size "2G" (want a positive number up to 1G`},
	}
	for _, tt := range tests {
		stdout, stderr, code := readoutCmd(t, "", tt.args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%s: status %d, stdout %q, stderr %q; want status 2, no output, stderr with %q", tt.reason, code, stdout, stderr, tt.stderr)
		}
	}
}

// TestParseSingle checks the single-input forms: the embedded sample, a
// file and standard input all give one indented JSON document by default.
func TestParseSingle(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "seed.txt")
	os.WriteFile(file, []byte(sample.English), 0o644)
	tests := []struct {
		reason, stdin string
		args          []string
		source        string
	}{
		{"no input: the embedded sample", "", []string{"parse"}, "embedded"},
		{"a file", "", []string{"parse", file}, file},
		{"standard input", sample.English, []string{"parse", "-"}, "-"},
		{"-format json explicitly", "", []string{"parse", "-format", "json", file}, file},
	}
	for _, tt := range tests {
		stdout, stderr, code := readoutCmd(t, tt.stdin, tt.args...)
		if code != 0 || stderr != "" {
			t.Errorf("%s: status %d, stderr %q", tt.reason, code, stderr)
			continue
		}
		var m readout.Meeting
		if err := json.Unmarshal([]byte(stdout), &m); err != nil {
			t.Errorf("%s: output is not one JSON document: %v", tt.reason, err)
			continue
		}
		if m.Source != tt.source || m.Category != "North Atlantic Treaty Organization (NATO)" || m.Published.String() != "2022-04-07" {
			t.Errorf("%s: source %q, category %q, published %v", tt.reason, m.Source, m.Category, m.Published)
		}
		if !strings.HasPrefix(stdout, "{\n  \"source\"") {
			t.Errorf("%s: output is not indented JSON: %.40q", tt.reason, stdout)
		}
	}
}

// TestBatch runs a directory with good and bad files through every format:
// the good ones are written in input order, each bad one is reported with
// its path and reason, and the status is 1.
func TestBatch(t *testing.T) {
	dir, good, bad := corpusDir(t)
	checkStderr := func(t *testing.T, format, stderr string) {
		t.Helper()
		for _, p := range bad {
			if !strings.Contains(stderr, p+":") {
				t.Errorf("-format %s: stderr does not report %s:\n%s", format, p, stderr)
			}
		}
		for _, reason := range []string{"invalid UTF-8", "empty input", "binary input"} {
			if !strings.Contains(stderr, reason) {
				t.Errorf("-format %s: stderr does not give the reason %q:\n%s", format, reason, stderr)
			}
		}
		if want := fmt.Sprintf("readout parse: %d of %d inputs failed\n", len(bad), len(good)+len(bad)); !strings.HasSuffix(stderr, want) {
			t.Errorf("-format %s: stderr does not end with %q:\n%s", format, want, stderr)
		}
	}

	t.Run("jsonl", func(t *testing.T) {
		stdout, stderr, code := readoutCmd(t, "", "parse", "-j", "3", dir)
		if code != 1 {
			t.Errorf("status %d, want 1", code)
		}
		checkStderr(t, "jsonl", stderr)
		var sources []string
		for line := range strings.Lines(stdout) {
			var m readout.Meeting
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("line %q: %v", line, err)
			}
			sources = append(sources, m.Source)
		}
		if diff := cmp.Diff(good, sources); diff != "" {
			t.Errorf("sources in order (-want +got):\n%s", diff)
		}
	})
	t.Run("json", func(t *testing.T) {
		stdout, stderr, code := readoutCmd(t, "", "parse", "-format", "json", dir)
		checkStderr(t, "json", stderr)
		var ms []readout.Meeting
		if err := json.Unmarshal([]byte(stdout), &ms); err != nil || len(ms) != len(good) || code != 1 {
			t.Errorf("status %d; %d meetings, want a JSON array of %d: %v", code, len(ms), len(good), err)
		}
	})
	t.Run("csv", func(t *testing.T) {
		stdout, stderr, code := readoutCmd(t, "", "parse", "-format", "csv", dir)
		checkStderr(t, "csv", stderr)
		rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if err != nil || code != 1 {
			t.Fatalf("status %d, %v", code, err)
		}
		var sources []string
		for _, r := range rows[1:] {
			sources = append(sources, r[0])
		}
		if diff := cmp.Diff(good, sources); diff != "" || rows[0][0] != "source" {
			t.Errorf("header %q; sources in order (-want +got):\n%s", rows[0], diff)
		}
	})
	t.Run("csv-participants", func(t *testing.T) {
		stdout, stderr, code := readoutCmd(t, "", "parse", "-format", "csv-participants", dir)
		checkStderr(t, "csv-participants", stderr)
		rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if err != nil || code != 1 || len(rows) == 0 || strings.Join(rows[0], ",") != "source,date,name,family_name,given_name,honorific,title,country,organization,role,line,column" {
			t.Errorf("status %d, %v, rows %q", code, err, rows)
		}
	})
	t.Run("ics", func(t *testing.T) {
		stdout, stderr, code := readoutCmd(t, "", "parse", "-format", "ics", dir)
		checkStderr(t, "ics", stderr)
		if _, err := goical.NewDecoder(strings.NewReader(stdout)).Decode(); err != nil || code != 1 {
			t.Errorf("status %d; not a calendar: %v\n%s", code, err, stdout)
		}
	})
	t.Run("text", func(t *testing.T) {
		stdout, stderr, code := readoutCmd(t, "", "parse", "-format", "text", dir)
		checkStderr(t, "text", stderr)
		want := strings.Join(good, "\n") // the first line of each summary, in order
		var got []string
		for _, block := range strings.Split(stdout, "\n\n") {
			got = append(got, strings.SplitN(block, "\n", 2)[0])
		}
		if strings.Join(got, "\n") != want || code != 1 {
			t.Errorf("status %d; summaries of %q, want %q", code, got, good)
		}
	})
	t.Run("plover", func(t *testing.T) {
		stdout, stderr, code := readoutCmd(t, "", "parse", "-format", "plover", dir)
		checkStderr(t, "plover", stderr)
		var cites []string
		for line := range strings.Lines(stdout) {
			var r struct{ Event, Cite_Info string }
			if err := json.Unmarshal([]byte(line), &r); err != nil || r.Event != "CONSULT" {
				t.Errorf("record %q: event %q, %v", line, r.Event, err)
			}
			cites = append(cites, r.Cite_Info)
		}
		if diff := cmp.Diff(good, cites); diff != "" || code != 1 {
			t.Errorf("status %d; cite_info in order (-want +got):\n%s", code, diff)
		}
	})
}

// TestInputsMixed checks files, directories, stdin and a missing path in
// one run, and -glob.
func TestInputsMixed(t *testing.T) {
	dir, _, _ := corpusDir(t)
	stdout, stderr, code := readoutCmd(t, sample.English, "parse", "-glob", "0[13].txt", "-j", "1",
		filepath.Join(dir, "notes.md"), dir, "-", filepath.Join(dir, "missing.txt"))
	if code != 1 || !strings.Contains(stderr, filepath.Join(dir, "missing.txt")+": no such file or directory") {
		t.Errorf("status %d, stderr %q; want 1 and the missing file reported", code, stderr)
	}
	var sources []string
	for line := range strings.Lines(stdout) {
		var m readout.Meeting
		json.Unmarshal([]byte(line), &m)
		sources = append(sources, m.Source)
	}
	want := []string{filepath.Join(dir, "notes.md"), filepath.Join(dir, "01.txt"), filepath.Join(dir, "03.txt"), "-"}
	if diff := cmp.Diff(want, sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, []byte(sample.English), 0o644)
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(small, []byte(sample.English[:900]), 0o644)
	tests := []struct {
		reason string
		stdin  string
		args   []string
		code   int
		stderr string
	}{
		{"a file over the limit fails before it is read", "", []string{"parse", "-max-bytes", "1K", big, small}, 1, big + ": input too large: " + fmt.Sprint(len(sample.English)) + " bytes, limit 1024"},
		{"standard input over the limit", sample.English, []string{"parse", "-max-bytes", "1000", "-"}, 1, "-: input too large: more than 1000 bytes"},
		{"under the limit", "", []string{"parse", "-max-bytes", "16M", big}, 0, ""},
	}
	for _, tt := range tests {
		stdout, stderr, code := readoutCmd(t, tt.stdin, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%s: status %d, stderr %q; want %d and %q", tt.reason, code, stderr, tt.code, tt.stderr)
		}
		if tt.code == 1 && len(tt.args) == 5 && !strings.Contains(stdout, `"source":"`+small+`"`) {
			t.Errorf("%s: the file under the limit was not written:\n%.200s", tt.reason, stdout)
		}
	}
}
