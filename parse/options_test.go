package parse

import (
	"math"
	"testing"
)

func TestMaxBytes(t *testing.T) {
	tests := []struct {
		reason string
		n      int
		want   int
	}{
		{"a limit is kept", 1000, 1000},
		{"zero restores the default", 0, DefaultMaxBytes},
		{"a negative limit restores the default", -1, DefaultMaxBytes},
		{"the largest input whose positions fit int32", MaxInputBytes, MaxInputBytes},
		{"above it, positions would not fit", MaxInputBytes + 1, MaxInputBytes},
		{"the largest int (Reader reads one byte more: no overflow)", math.MaxInt, MaxInputBytes},
	}
	for _, tt := range tests {
		if got := newOptions([]Option{MaxBytes(tt.n)}).maxBytes; got != tt.want {
			t.Errorf("%s: MaxBytes(%d) gives a limit of %d, want %d", tt.reason, tt.n, got, tt.want)
		}
	}
}
