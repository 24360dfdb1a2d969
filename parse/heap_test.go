package parse

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// A heapUse is the memory one call used (see measureHeap). Sizes are over
// the live heap before the call.
type heapUse struct {
	alloc    uint64 // bytes allocated, freed or not
	peak     uint64 // the largest live heap the collector found: an estimate of the peak
	peakMax  uint64 // an upper bound of the peak live heap
	retained uint64 // the live heap after the call, its result kept
	cycles   int    // GC cycles during the call
	seen     int    // of which the live heap was read
}

// measureHeap calls f once and measures the peak of its live heap.
//
// The garbage collector runs after every gcPercent of heap growth, and a
// watching goroutine reads, as soon as it sees that a cycle has ended, the
// heap the cycle marked live and the bytes allocated so far. The largest heap marked live (or the live
// heap after f, if larger) is peak, a high-water mark of the live heap:
// an estimate, not a bound. It misses growth between two cycles, and it
// counts as live what was allocated while a cycle marked even if it was
// dropped before the cycle ended; with a cycle every 2% of growth both are
// small. A marked heap is at least the live heap when its cycle ended, and
// until the next cycle ends the live heap grows by at most the bytes
// allocated meanwhile: so the marked heap of a cycle plus the bytes
// allocated from the reading before it to the reading after it bounds the
// peak from above (peakMax). A cycle the watcher missed (the next one had
// ended when it looked; seen < cycles) or an input too small to run cycles
// (the minimum heap is 4 MB × gcPercent/100) widens that bound. What f
// returns is kept live to the end, so the result counts.
//
// measureHeap changes the collector's settings and GOMAXPROCS (2 at least,
// for the watcher) for the whole process while it runs: it is for
// benchmarks and tests run one at a time.
func measureHeap(gcPercent int, f func() any) heapUse {
	samples := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/cycles/total:gc-cycles"},
	}
	// ReadMemStats, not runtime/metrics, for the bytes allocated: it also
	// counts the allocations still cached per processor.
	allocated := func() uint64 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.TotalAlloc
	}
	// An observation: the live heap a cycle found, and the bytes allocated
	// before and after it was read.
	type obs struct {
		live          uint64
		cycle         int
		before, after uint64
	}
	observe := func() obs {
		var o obs
		o.before = allocated()
		metrics.Read(samples)
		o.live, o.cycle = samples[0].Value.Uint64(), int(samples[1].Value.Uint64())
		o.after = allocated()
		return o
	}

	// The watcher polls the cycle count (runtime/metrics reads do not
	// stop the world) and observes each new cycle it sees. Its memory is
	// allocated before the start.
	seen := make([]obs, 0, 1024)
	stop, stopped := make(chan struct{}), make(chan struct{})
	// The watcher runs beside f: two processors at least.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0))))
	runtime.GC()
	runtime.GC()
	start := observe()
	seen = append(seen, start)
	go func() {
		defer close(stopped)
		cycle := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
		for {
			select {
			case <-stop:
				return
			default:
			}
			metrics.Read(cycle)
			if int(cycle[0].Value.Uint64()) > seen[len(seen)-1].cycle {
				if o := observe(); o.cycle > seen[len(seen)-1].cycle {
					seen = append(seen, o)
				}
			}
			time.Sleep(20 * time.Microsecond)
		}
	}()
	old := debug.SetGCPercent(gcPercent)
	r := f()
	close(stop)
	<-stopped // observe is the watcher's until here
	end := observe()
	all := append(seen, obs{cycle: end.cycle, before: end.before, after: end.after})
	debug.SetGCPercent(old)
	runtime.GC()
	retained := sub(observe().live, start.live)
	runtime.KeepAlive(r)

	u := heapUse{
		alloc:    end.before - start.after,
		retained: retained,
		peak:     retained,
		cycles:   end.cycle - start.cycle,
		seen:     len(all) - 2,
	}
	// all[0] is the start, all[len(all)-1] the end; in between, the live
	// heap all[i] read holds from its cycle's end to the next one's,
	// which lie after all[i-1] was read and before all[i+1] was.
	for i, o := range all[:len(all)-1] {
		if i > 0 {
			u.peak = max(u.peak, sub(o.live, start.live))
		}
		from := all[max(i-1, 0)].before
		u.peakMax = max(u.peakMax, sub(o.live, start.live)+all[i+1].after-from)
	}
	u.peakMax = max(min(u.peakMax, u.alloc), u.retained)
	return u
}

// sub returns a-b, or 0 if b > a.
func sub(a, b uint64) uint64 {
	if b > a {
		return 0
	}
	return a - b
}

var sinkChunks [][]byte

// TestMeasureHeap checks measureHeap on a call whose peak is known: 8 MB
// made of 4 KB chunks, freed and made again five times, then a 1 MB result.
func TestMeasureHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("changes the collector's settings and allocates 41 MB")
	}
	const big, small, chunk = 8 << 20, 1 << 20, 4 << 10
	u := measureHeap(2, func() any {
		for range 5 {
			sinkChunks = make([][]byte, 0, big/chunk)
			for range big / chunk {
				sinkChunks = append(sinkChunks, make([]byte, chunk))
			}
			sinkChunks = nil
		}
		return make([]byte, small)
	})
	t.Logf("%+v", u)
	if u.alloc < 5*big+small {
		t.Errorf("alloc = %d, want at least %d", u.alloc, 5*big+small)
	}
	if u.retained < small-small/16 || u.retained > small+small/2 {
		t.Errorf("retained = %d, want about %d", u.retained, small)
	}
	// The peak is 8 MB and the chunk index, 32 KB.
	const peak = big + big/chunk*24
	if u.peakMax < peak || u.peakMax > u.alloc {
		t.Errorf("peakMax = %d, want from %d to alloc %d", u.peakMax, peak, u.alloc)
	}
	if u.seen < u.cycles/2 {
		t.Skipf("the watcher saw %d of %d cycles: the estimate is not checked", u.seen, u.cycles)
	}
	if u.peak < peak/2 || u.peak > peak*3/2 {
		t.Errorf("peak = %d, want about %d", u.peak, peak)
	}
}
