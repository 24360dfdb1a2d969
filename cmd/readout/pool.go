package main

import "iter"

// ordered runs work on every item of in with j goroutines and calls emit with
// the results in the order of in, from the calling goroutine.
//
// Memory stays flat: at most window results (finished or in progress) exist
// at once, however many items in has. A slow item holds back emission, never
// the bound: workers wait for emit to catch up rather than pile up results.
// in is consumed from a single goroutine, so it need not be safe for
// concurrent use.
func ordered[T, R any](in iter.Seq[T], j, window int, work func(T) R, emit func(R)) {
	if j < 1 {
		j = 1
	}
	if window < j {
		window = j
	}
	type job struct {
		item T
		out  chan R
	}
	jobs := make(chan job)
	// pending holds the result slots in input order; its capacity is the
	// window, so the feeder blocks when the writer falls behind.
	pending := make(chan chan R, window)
	go func() {
		defer close(jobs)
		defer close(pending)
		for item := range in {
			out := make(chan R, 1)
			pending <- out
			jobs <- job{item, out}
		}
	}()
	for range j {
		go func() {
			for jb := range jobs {
				jb.out <- work(jb.item)
			}
		}()
	}
	for out := range pending {
		emit(<-out)
	}
}
