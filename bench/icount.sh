#!/usr/bin/env bash
# icount.sh BENCH [N]: instructions per op of a benchmark of ./parse,
# counted by valgrind's cachegrind, so the figure does not depend on the
# load of the machine (wall-clock benchmarks on a shared machine drift by
# tens of percent; this moves by about 0.2 % at N = 1000).
#
# Run from the repository root; needs valgrind. Examples:
#
#	bench/icount.sh 'Text/seed-en$' 1000
#	bench/icount.sh 'Floor/seed-en$' 1000
#
# It runs the benchmark with N and 2N iterations and prints
# (I(2N) - I(N)) / N, which cancels start-up and the b.N = 1 probe run.
# GOMAXPROCS=1 GOGC=off keep the runtime's own threads out of the count, so
# garbage collection is not counted: watch allocs/op separately
# (go test ./parse -run '^$' -bench 'Text/seed-en$' -benchmem).
#
# For a profile by function of the same run:
#
#	go test -c -o /tmp/parse.test ./parse && cd parse &&
#	GOMAXPROCS=1 GOGC=off valgrind --tool=cachegrind --cache-sim=no \
#		--cachegrind-out-file=/tmp/cg.out /tmp/parse.test -test.run '^$' \
#		-test.bench 'Text/seed-en$' -test.benchtime 300x &&
#	cg_annotate /tmp/cg.out | head -60
set -euo pipefail
bench=${1:?usage: bench/icount.sh BENCH [N]}
n=${2:-100}
bin=$(mktemp /tmp/icount.XXXXXX)
trap 'rm -f "$bin"' EXIT
go test -c -o "$bin" ./parse
count() {
	(cd parse && GOMAXPROCS=1 GOGC=off valgrind --tool=cachegrind --cache-sim=no \
		--cachegrind-out-file=/dev/null "$bin" -test.run '^$' -test.bench "$bench" \
		-test.benchtime "${1}x" 2>&1) |
		awk '/I *refs:/ {gsub(",", "", $NF); print $NF}'
}
a=$(count "$n")
b=$(count $((2 * n)))
echo "$bench: $(((b - a) / n)) instructions/op"
