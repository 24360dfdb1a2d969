package parse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplomacy-data/readout"
)

// TestPooledBuffersNotInMeeting checks, over every readout in testdata,
// that the meeting Text returns holds no reference to the buffers its
// parser keeps in parserPool (textPooled). Each is parsed as it is and with
// "\r\n" line ends, which makes Text write its normalised text in the
// pooled buffer.
func TestPooledBuffersNotInMeeting(t *testing.T) {
	var files []string
	for _, pat := range append(englishReadouts, "../testdata/corpus/ja/*.txt", "../testdata/heldout/ja/*.txt",
		"../testdata/blind2/ja/*.txt", "../testdata/ja/*.txt", "../testdata/invalid/*.txt") {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 100 {
		t.Fatalf("%d readouts in testdata, want the corpus and more", len(files))
	}
	written := 0 // parses whose normalised text was in the pooled buffer
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, src := range []string{string(b), strings.ReplaceAll(string(b), "\n", "\r\n")} {
			_, inBuf, err := textPooled(t, f, src)
			if err != nil {
				t.Errorf("%s: %v", f, err)
			}
			if inBuf {
				written++
			}
		}
	}
	if written < len(files) {
		t.Errorf("the normalised text was in the pooled buffer in %d parses, want at least %d (every CRLF one)", written, len(files))
	}
}

// textPooled parses src with Text and reports an error on t if the meeting
// holds a reference to the buffers of the parser, which parserPool keeps
// for the next parse: they are overwritten as the parser is released (by
// testHookRelease), and the meeting must read the same before and after.
// inBuf reports whether the normalised text was in the pooled buffer. A
// test that calls textPooled must not run in parallel with other calls of
// Text.
func textPooled(t testing.TB, name, src string) (m *readout.Meeting, inBuf bool, err error) {
	t.Helper()
	var before []byte
	testHookRelease = func(p *parser) {
		if p.m == nil {
			return
		}
		var err error
		if before, err = json.Marshal(p.m); err != nil {
			t.Fatal(err)
		}
		inBuf = len(p.textBuf) > 0
		poison(p.textBuf[:cap(p.textBuf)])
		for _, toks := range [][]tok{p.toks[:cap(p.toks)], p.leadToks[:cap(p.leadToks)]} {
			for i := range toks {
				toks[i] = tok{w: "\xff", start: -1, end: -1}
			}
		}
		lines := p.lines[:cap(p.lines)]
		for i := range lines {
			lines[i] = line{-1, -1}
		}
	}
	defer func() { testHookRelease = nil }()
	m, err = Text(src)
	if err != nil {
		return m, inBuf, err
	}
	after, jerr := json.Marshal(m)
	if jerr != nil {
		t.Fatal(jerr)
	}
	if string(after) != string(before) {
		t.Errorf("%s: the meeting changed when the parser's buffers were overwritten:\nbefore %s\nafter  %s", name, before, after)
	}
	return m, inBuf, err
}

// poison overwrites b with bytes that are not UTF-8.
func poison(b []byte) {
	for i := range b {
		b[i] = 0xff
	}
}
