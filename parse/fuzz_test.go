package parse

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/sample"
)

// Fuzz targets. Each checks invariants, not only the absence of a panic.
// Crashers found by `go test -fuzz` are kept in testdata/fuzz/FuzzX as
// regression seeds and run with the normal tests.

// fuzzSeeds adds the seeds, a few corpus readouts, and short hostile shapes.
func fuzzSeeds(f *testing.F) {
	f.Add(sample.English)
	f.Add(sample.Japanese)
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	for i, name := range files {
		if i%8 != 0 { // a handful is enough to start from; the fuzzer mutates
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{
		"", " \n", "April 7, 2022\r\nOn April 7, the Minister held a meeting.\r\n1. Text.\r\n(1) Point.",
		"1.\n(1)\n•\n・\n- \n(99)\n99)", "(((((", "１．（１）　令和４年", "e\u0301\u200b\ufeff",
		strings.Repeat(", ", 50), "\xff\xfe", "Back to NATO\nPage Top",
	} {
		f.Add(s)
	}
}

// FuzzText parses arbitrary text: either an error that is one of the
// package's sentinels, or a meeting that satisfies every invariant and
// holds nothing of the buffers its parser leaves in parserPool
// (textPooled).
func FuzzText(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, src string) {
		m, _, err := textPooled(t, "input", src)
		if err != nil {
			var perr *Error
			if !errors.As(err, &perr) {
				t.Fatalf("error %T %v is not a *parse.Error", err, err)
			}
			for _, s := range []error{ErrEmpty, ErrTooLarge, ErrInvalidUTF8, ErrUTF16, ErrBinary} {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("unexpected error: %v", err)
		}
		for _, e := range checkInvariants(src, m) {
			t.Error(e)
		}
	})
}

// FuzzValidate validates the meeting of arbitrary text: validation never
// panics, and its problems point into the input like every other span.
func FuzzValidate(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, src string) {
		m, err := Text(src)
		if err != nil {
			return
		}
		m.Problems = readout.Validate(m)
		for _, p := range m.Problems {
			if p.Code == "" || p.Message == "" {
				t.Errorf("problem without a code or a message: %+v", p)
			}
		}
		for _, e := range checkInvariants(src, m) {
			t.Error(e)
		}
	})
}

// FuzzNormalize checks normalize against NFKC-then-fold of the whole text,
// and its offset map: monotone, in range, unchanged stretches identical.
func FuzzNormalize(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return // Text rejects it before normalising
		}
		for _, e := range checkNormalize(src) {
			t.Error(e)
		}
	})
}

// FuzzReader reads arbitrary bytes, UTF-16 included: the result is the same
// as Text's on the decoded text.
func FuzzReader(f *testing.F) {
	f.Add([]byte(sample.English))
	f.Add(utf16LE(sample.Japanese, true))
	f.Add(utf16BE("April 7, 2022\nOn April 7, the Minister held a meeting."))
	f.Add([]byte{0xff, 0xfe, 0x3d, 0xd8})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Reader(strings.NewReader(string(b)))
		if err != nil {
			return
		}
		src := string(b)
		if s, ok := decodeUTF16(b); ok {
			src = s
		}
		for _, e := range checkInvariants(src, m) {
			t.Error(e)
		}
	})
}
