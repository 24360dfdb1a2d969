package parse

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/sample"
)

// TestConcurrent parses and validates the samples from many goroutines at
// once: Text and readout.Validate are documented as safe for concurrent
// use, and `go test -race` (run by CI) checks that they share no mutable
// state.
func TestConcurrent(t *testing.T) {
	inputs := []string{sample.English, sample.Japanese, "April 7, 2022\r\nOn April 7, the Minister held talks.\r\n(1) Point."}
	want := make([]any, len(inputs))
	for i, s := range inputs {
		m, err := Text(s)
		if err != nil {
			t.Fatal(err)
		}
		m.Problems = readout.Validate(m)
		want[i] = m
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for r := 0; r < 5; r++ {
				i := (g + r) % len(inputs)
				m, err := Text(inputs[i])
				if err != nil {
					t.Error(err)
					return
				}
				m.Problems = readout.Validate(m)
				if diff := cmp.Diff(want[i], any(m)); diff != "" {
					t.Errorf("goroutine %d, input %d: meeting differs (-want +got):\n%s", g, i, diff)
				}
			}
		})
	}
	wg.Wait()
}
