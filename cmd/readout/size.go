package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/diplomacy-data/readout/parse"
)

// byteSize is a flag value for a size in bytes, written as a number with an
// optional binary suffix: 500000, 64K, 16M, 1G (KiB, MiB, GiB are accepted
// too), at most parse.MaxInputBytes.
type byteSize int64

func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		suffix string
		shift  uint
	}{{"G", 30}, {"M", 20}, {"K", 10}} {
		if n > 0 && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToUpper(s), "B"), "I")
	shift := uint(0)
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			shift = 10
		case 'M':
			shift = 20
		case 'G':
			shift = 30
		}
	}
	if shift > 0 {
		t = t[:len(t)-1]
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > parse.MaxInputBytes>>shift {
		return fmt.Errorf("invalid size %q (want a positive number up to 1G, such as 500000, 64K or 16M)", s)
	}
	*b = byteSize(n << shift)
	return nil
}
