package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestOrdered checks that results come out in input order whatever order
// the workers finish in, and that no more than the window is in flight.
func TestOrdered(t *testing.T) {
	const n, j, window = 200, 4, 8
	var inFlight, peak atomic.Int64
	seq := func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
	work := func(i int) int {
		v := inFlight.Add(1)
		for {
			p := peak.Load()
			if v <= p || peak.CompareAndSwap(p, v) {
				break
			}
		}
		if i%7 == 0 {
			time.Sleep(time.Millisecond) // finish out of order
		}
		return i * i
	}
	var got []int
	ordered(seq, j, window, work, func(r int) {
		inFlight.Add(-1)
		got = append(got, r)
	})
	want := make([]int, n)
	for i := range want {
		want[i] = i * i
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	// The window bounds the slots; one more item can be taken by the
	// feeder before it blocks.
	if p := peak.Load(); p > window+1 {
		t.Errorf("%d results in flight at once, want at most %d", p, window+1)
	}
}

func TestInputs(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.txt", "sub/c.txt", "sub/d.md", ".hidden/e.txt", "z.TXT"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	var got []string
	for in := range inputs([]string{filepath.Join(dir, "sub", "d.md"), dir, "-", filepath.Join(dir, "missing")}, "*.txt") {
		name := strings.TrimPrefix(filepath.ToSlash(in.name), filepath.ToSlash(dir)+"/")
		if in.err != nil {
			name += " (error)"
		}
		got = append(got, name)
	}
	want := []string{"sub/d.md", "a.txt", "b.txt", "sub/c.txt", "-", "missing (error)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"500000", 500000, true},
		{"64K", 64 << 10, true},
		{"16M", 16 << 20, true},
		{"16MiB", 16 << 20, true},
		{"1g", 1 << 30, true},
		{"0", 0, false},
		{"-5", 0, false},
		{"ten", 0, false},
	}
	for _, tt := range tests {
		var b byteSize
		err := b.Set(tt.in)
		if (err == nil) != tt.ok || (tt.ok && int64(b) != tt.want) {
			t.Errorf("Set(%q) = %d, %v; want %d, ok %v", tt.in, b, err, tt.want, tt.ok)
		}
	}
	b := byteSize(16 << 20)
	if got := b.String(); got != "16M" {
		t.Errorf("String() = %q, want 16M", got)
	}
}

func TestProgressLine(t *testing.T) {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &progress{start: start}
	p.found.Store(1000) // still listing
	p.done = 250
	if got, want := p.line(start.Add(time.Second)), "250/1000+ readouts  250/s  ETA ?"; got != want {
		t.Errorf("while listing: %q, want %q", got, want)
	}
	p.listed.Store(true)
	if got, want := p.line(start.Add(time.Second)), "250/1000 readouts  250/s  ETA 3s"; got != want {
		t.Errorf("listed: %q, want %q", got, want)
	}
	var nilBar *progress
	nilBar.count(nil)
	nilBar.step()
	nilBar.clear() // a nil bar does nothing and does not panic
}
