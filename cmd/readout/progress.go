package main

import (
	"fmt"
	"io"
	"iter"
	"os"
	"sync/atomic"
	"time"
)

// manyInputs is the number of inputs from which a run on a terminal shows a
// progress bar.
const manyInputs = 100

// A progress reports a long run on standard error: the inputs done out of
// those found so far, the rate, and the time left. Found is counted by a
// goroutine of its own that lists the inputs ahead of the workers (which
// list them lazily, a window at a time), the rest by the writer; a nil
// *progress does nothing.
type progress struct {
	w       io.Writer
	start   time.Time
	found   atomic.Int64
	listed  atomic.Bool // the inputs are all found: the total is known
	done    int64
	last    time.Time // last render
	showing bool      // a bar is on the screen
	now     func() time.Time
}

// newProgress returns a progress bar writing to stderr if stderr is a
// terminal, else nil.
func newProgress(stderr io.Writer) *progress {
	if !isTerminal(stderr) {
		return nil
	}
	return &progress{w: stderr, start: time.Now(), now: time.Now}
}

// isTerminal reports whether w is a terminal (a character device). No
// dependency is needed: the mode bits say it. /dev/null is a character
// device too, which is harmless: nobody sees the bar.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// count counts the inputs of in, in the background, for the total and the
// ETA. Listing a directory is much faster than parsing its files, so the
// total is soon known.
func (p *progress) count(in iter.Seq[input]) {
	if p == nil {
		return
	}
	go func() {
		for range in {
			p.found.Add(1)
		}
		p.listed.Store(true)
	}()
}

// step counts one input done and redraws the bar at most ten times a second.
func (p *progress) step() {
	if p == nil {
		return
	}
	p.done++
	now := p.now()
	if p.found.Load() < manyInputs || now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "\r%s\x1b[K", p.line(now))
	p.showing = true
}

// line renders the bar: "1234/10000 readouts  2500/s  ETA 4s".
func (p *progress) line(now time.Time) string {
	elapsed := now.Sub(p.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(p.done) / elapsed
	}
	found := p.found.Load()
	total, eta := fmt.Sprint(found), "?"
	if !p.listed.Load() {
		total += "+"
	} else if rate > 0 {
		eta = time.Duration(float64(found-p.done) / rate * float64(time.Second)).Round(time.Second).String()
	}
	return fmt.Sprintf("%d/%s readouts  %.0f/s  ETA %s", p.done, total, rate, eta)
}

// clear removes the bar so that a message can be printed; the next step
// draws it again.
func (p *progress) clear() {
	if p != nil && p.showing {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.showing = false
		p.last = time.Time{}
	}
}
