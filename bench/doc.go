// Package bench compares readout's parser with the date parsers a Go user
// would reach for today, on the same text, in one process:
//
//	go test -run '^$' -bench . -count 10 | tee new.txt && benchstat new.txt
//
// It is a module of its own so that the library's go.mod never gains the
// peers (github.com/olebedev/when, github.com/markusmobius/go-dateparser).
// BENCHMARKS.md at the repository root has the method and the results.
package bench
