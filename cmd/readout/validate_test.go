package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout/sample"
)

func TestValidateCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	seed := write("seed.txt", sample.English)
	empty := write("empty.txt", "")
	tests := []struct {
		reason     string
		args       []string
		stdin      string
		wantStatus int
		wantOut    []string // substrings of standard output
		wantErr    string   // substring of standard error
	}{
		{
			reason: "no file: the embedded seed, its doubled comma shown with a caret",
			args:   []string{"validate"}, wantStatus: 0,
			wantOut: []string{
				"embedded:12:265: warning text-doubled-punctuation: doubled punctuation \", ,\"\n" +
					"   12 | …d by Russia’s aggression against Ukraine, , the security of Europe and the Indo-Pac…\n" +
					"      |                                          ^^^\n",
			},
		},
		{
			reason: "a file, by name", args: []string{"validate", seed}, wantStatus: 0,
			wantOut: []string{seed + ":12:265: warning text-doubled-punctuation"},
		},
		{
			reason: "standard input", args: []string{"validate", "-"}, stdin: sample.English, wantStatus: 0,
			wantOut: []string{"-:12:265: warning text-doubled-punctuation"},
		},
		{
			reason: "-json", args: []string{"validate", "-json"}, wantStatus: 0,
			wantOut: []string{`"source": "embedded"`, `"code": "text-doubled-punctuation"`, `"column": 265`},
		},
		{
			reason: "a missing file is unreadable input", args: []string{"validate", filepath.Join(dir, "missing.txt")}, wantStatus: 2,
			wantErr: "missing.txt",
		},
		{
			reason: "an empty file is not a readout", args: []string{"validate", empty}, wantStatus: 2,
			wantErr: "empty input",
		},
		{
			reason: "an unknown flag is a usage error", args: []string{"validate", "-x"}, wantStatus: 2,
			wantErr: "usage: readout validate",
		},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
		if status != tt.wantStatus {
			t.Errorf("%s: status %d, want %d (stderr %q)", tt.reason, status, tt.wantStatus, stderr.String())
		}
		for _, w := range tt.wantOut {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%s: output lacks %q; got:\n%s", tt.reason, w, stdout.String())
			}
		}
		if !strings.Contains(stderr.String(), tt.wantErr) {
			t.Errorf("%s: stderr %q lacks %q", tt.reason, stderr.String(), tt.wantErr)
		}
	}
}

// TestValidateCommandJSON checks that -json output for one input is one
// JSON object with its source and problems (as parse writes one json
// document), and that warnings alone give status 0.
func TestValidateCommandJSON(t *testing.T) {
	bad := strings.Replace(sample.English, "(Japan, Australia, Finland", "(Japan, Australia, Finland (", 1)
	var stdout, stderr bytes.Buffer
	status := run([]string{"validate", "-json", "-"}, strings.NewReader(bad), &stdout, &stderr)
	var got struct {
		Source   string
		Problems []struct{ Code, Severity string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, stdout.String())
	}
	if got.Source != "-" {
		t.Errorf("source %q, want -", got.Source)
	}
	found := false
	for _, p := range got.Problems {
		found = found || p.Code == "text-unbalanced"
	}
	if !found {
		t.Errorf("no text-unbalanced problem in %+v", got.Problems)
	}
	if status != 0 {
		t.Errorf("status %d for warnings only, want 0", status)
	}
}

func TestParseCommandHasProblems(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := run([]string{"parse"}, strings.NewReader(""), &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	if !strings.Contains(stdout.String(), `"code": "text-doubled-punctuation"`) {
		t.Errorf("parse output has no problems[] with the doubled comma")
	}
}

// TestValidateCommandError checks that a contradiction (a JST edited from
// 4:45 p.m. to 5:45 p.m.) gives status 1.
func TestValidateCommandError(t *testing.T) {
	bad := strings.Replace(sample.English, "4:45 p.m. JST", "5:45 p.m. JST", 1)
	var stdout, stderr bytes.Buffer
	status := run([]string{"validate", "-"}, strings.NewReader(bad), &stdout, &stderr)
	if !strings.Contains(stdout.String(), "jst-mismatch") {
		t.Errorf("output lacks jst-mismatch:\n%s", stdout.String())
	}
	if status != 1 {
		t.Errorf("status %d, want 1; output:\n%s", status, stdout.String())
	}
	if want := "expected 16:45"; !strings.Contains(stdout.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, stdout.String())
	}
}

func TestValidateStatus(t *testing.T) {
	tests := []struct {
		reason string
		sum    summary
		want   int
	}{
		{"nothing wrong", summary{written: 3}, 0},
		{"an error-severity problem", summary{written: 3, invalid: 1}, 1},
		{"an unreadable input", summary{written: 2, failed: 1}, 2},
		{"an unreadable input outranks a problem in another", summary{written: 2, failed: 1, invalid: 2}, 2},
		{"the output could not be written", summary{written: 1, werr: os.ErrClosed}, 2},
	}
	for _, tt := range tests {
		if got := validateStatus(tt.sum); got != tt.want {
			t.Errorf("%s: validateStatus(%+v) = %d, want %d", tt.reason, tt.sum, got, tt.want)
		}
	}
}

// TestValidateBatch runs validate over a directory with good and bad files,
// built and run as a user would: the problems of the good files come in
// input order, whatever -j; each bad file is reported; the status is 2.
func TestValidateBatch(t *testing.T) {
	dir, good, bad := corpusDir(t)
	stdout, stderr, code := readoutCmd(t, "", "validate", dir)
	if code != 2 {
		t.Errorf("status %d with unreadable inputs, want 2", code)
	}
	at := -1
	for _, p := range good {
		want := p + ":12:265: warning text-doubled-punctuation"
		i := strings.Index(stdout, want)
		if i < 0 {
			t.Errorf("output lacks %q:\n%s", want, stdout)
			continue
		}
		if i < at {
			t.Errorf("%s is reported before the input that precedes it", p)
		}
		at = i
	}
	for _, p := range bad {
		if !strings.Contains(stderr, "readout: "+p+":") {
			t.Errorf("stderr does not report %s:\n%s", p, stderr)
		}
	}
	if want := fmt.Sprintf("readout validate: %d of %d inputs failed\n", len(bad), len(good)+len(bad)); !strings.HasSuffix(stderr, want) {
		t.Errorf("stderr does not end with %q:\n%s", want, stderr)
	}
	serial, _, _ := readoutCmd(t, "", "validate", "-j", "1", dir)
	if serial != stdout {
		t.Errorf("-j 1 output differs from the parallel output:\n%s\nvs\n%s", serial, stdout)
	}

	// -json over several inputs: JSON Lines, one object per good input, in
	// order.
	stdout, _, code = readoutCmd(t, "", "validate", "-json", "-j", "3", dir)
	if code != 2 {
		t.Errorf("-json: status %d, want 2", code)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	var sources []string
	for _, l := range lines {
		var v struct {
			Source   string
			Problems []struct{ Code string }
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Errorf("-json: line %q is not a JSON object: %v", l, err)
			continue
		}
		sources = append(sources, v.Source)
		if len(v.Problems) == 0 {
			t.Errorf("-json: %s has no problems; the doubled comma is one", v.Source)
		}
	}
	if diff := cmp.Diff(good, sources); diff != "" {
		t.Errorf("-json: sources (-want +got):\n%s", diff)
	}
}

func TestValidateFlags(t *testing.T) {
	dir, good, _ := corpusDir(t)
	wrongJST := filepath.Join(t.TempDir(), "wrong-jst.txt")
	if err := os.WriteFile(wrongJST, []byte(strings.Replace(sample.English, "4:45 p.m. JST", "5:45 p.m. JST", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		reason  string
		args    []string
		code    int
		sources []string // the inputs in the -json output, in order
		stderr  string
	}{
		{"-glob keeps the matching files, all good: status 0", []string{"-json", "-glob", "0[13].txt", dir}, 0, good[:2], ""},
		{"files and a directory mixed, in the order given", []string{"-json", "-glob", "05.txt", good[1], dir, good[0]}, 0, []string{good[1], good[2], good[0]}, ""},
		{"-max-bytes fails larger inputs with their size", []string{"-json", "-max-bytes", "1K", good[0], good[1]}, 2, nil, "input too large"},
		{"a missing file among good ones: status 2, the others checked", []string{"-json", good[0], filepath.Join(dir, "missing.txt"), good[1]}, 2, good[:2], "missing.txt: no such file"},
		{"an error-severity problem in one of several inputs: status 1", []string{"-json", good[0], wrongJST, good[1]}, 1, []string{good[0], wrongJST, good[1]}, ""},
		{"an unreadable input outranks the problem: status 2", []string{"-json", wrongJST, filepath.Join(dir, "missing.txt")}, 2, []string{wrongJST}, "missing.txt"},
		{"-j 0 is a usage error", []string{"-j", "0", dir}, 2, nil, "readout validate: -j must be at least 1"},
		{"a malformed -glob is a usage error", []string{"-glob", "[", dir}, 2, nil, "readout validate: -glob: malformed pattern"},
		{"-h shows the shared flags", []string{"-h"}, 0, nil, "-max-bytes SIZE"},
	}
	for _, tt := range tests {
		stdout, stderr, code := readoutCmd(t, "", append([]string{"validate"}, tt.args...)...)
		if code != tt.code || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%s: status %d, stderr %q; want %d, stderr with %q", tt.reason, code, stderr, tt.code, tt.stderr)
		}
		var sources []string
		for l := range strings.Lines(stdout) {
			var v struct{ Source string }
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Errorf("%s: line %q is not JSON: %v", tt.reason, l, err)
			}
			sources = append(sources, v.Source)
		}
		if diff := cmp.Diff(tt.sources, sources); diff != "" {
			t.Errorf("%s: sources (-want +got):\n%s", tt.reason, diff)
		}
	}
}

// TestUTF16Files checks that a readout saved as UTF-16 (with a byte order
// mark, as Windows editors write it) is parsed and validated like the UTF-8
// file: same meeting, same problem positions and source lines.
func TestUTF16Files(t *testing.T) {
	dir := t.TempDir()
	utf8File := filepath.Join(dir, "seed.txt")
	le, be := filepath.Join(dir, "seed-le.txt"), filepath.Join(dir, "seed-be.txt")
	units := utf16.Encode([]rune(sample.English))
	bLE, bBE := []byte{0xff, 0xfe}, []byte{0xfe, 0xff}
	for _, u := range units {
		bLE = append(bLE, byte(u), byte(u>>8))
		bBE = append(bBE, byte(u>>8), byte(u))
	}
	for name, b := range map[string][]byte{utf8File: []byte(sample.English), le: bLE, be: bBE} {
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantJSON, _, _ := readoutCmd(t, "", "parse", utf8File)
	wantProblems, _, _ := readoutCmd(t, "", "validate", utf8File)
	if !strings.Contains(wantProblems, "text-doubled-punctuation") {
		t.Fatalf("the UTF-8 seed has no doubled comma:\n%s", wantProblems)
	}
	for _, name := range []string{le, be} {
		got, stderr, code := readoutCmd(t, "", "parse", name)
		if code != 0 {
			t.Errorf("parse %s: status %d: %s", name, code, stderr)
			continue
		}
		if diff := cmp.Diff(wantJSON, strings.ReplaceAll(got, name, utf8File)); diff != "" {
			t.Errorf("parse %s differs from the UTF-8 file (-want +got):\n%s", name, diff)
		}
		got, stderr, code = readoutCmd(t, "", "validate", name)
		if code != 0 {
			t.Errorf("validate %s: status %d: %s", name, code, stderr)
		}
		if diff := cmp.Diff(wantProblems, strings.ReplaceAll(got, name, utf8File)); diff != "" {
			t.Errorf("validate %s differs from the UTF-8 file (-want +got):\n%s", name, diff)
		}
	}
	// Standard input is decoded too.
	got, _, code := readoutCmd(t, string(bLE), "validate", "-")
	if code != 0 || !strings.Contains(got, "-:12:265: warning text-doubled-punctuation") {
		t.Errorf("validate - with UTF-16: status %d, output:\n%s", code, got)
	}
}
