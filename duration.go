package readout

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// A Duration is the length of an engagement. It is a [time.Duration] whose
// text form is ISO 8601 ("PT2H45M"); readouts state durations to the minute.
type Duration time.Duration

// Minutes returns d in whole minutes.
func (d Duration) Minutes() int { return int(time.Duration(d) / time.Minute) }

// String returns the ISO 8601 form, such as "PT2H45M", "PT30M" or "PT0S".
func (d Duration) String() string {
	if d == 0 {
		return "PT0S"
	}
	var b strings.Builder
	if d < 0 {
		b.WriteByte('-')
		d = -d
	}
	b.WriteString("PT")
	td := time.Duration(d)
	if h := td / time.Hour; h > 0 {
		b.WriteString(strconv.Itoa(int(h)))
		b.WriteByte('H')
		td -= h * time.Hour
	}
	if m := td / time.Minute; m > 0 {
		b.WriteString(strconv.Itoa(int(m)))
		b.WriteByte('M')
		td -= m * time.Minute
	}
	if s := td / time.Second; s > 0 {
		b.WriteString(strconv.Itoa(int(s)))
		b.WriteByte('S')
	}
	return b.String()
}

// ParseDuration parses the ISO 8601 time durations written by
// [Duration.String] ("PT2H45M", "-PT5M").
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if !strings.HasPrefix(s, "PT") || len(s) == 2 {
		return 0, fmt.Errorf("readout: invalid ISO 8601 duration %q", orig)
	}
	s = s[2:]
	var d time.Duration
	for s != "" {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 || i == len(s) || i > 9 {
			return 0, fmt.Errorf("readout: invalid ISO 8601 duration %q", orig)
		}
		n, _ := strconv.Atoi(s[:i])
		var unit time.Duration
		switch s[i] {
		case 'H':
			unit = time.Hour
		case 'M':
			unit = time.Minute
		case 'S':
			unit = time.Second
		default:
			return 0, fmt.Errorf("readout: invalid ISO 8601 duration %q", orig)
		}
		if time.Duration(n) > (math.MaxInt64-d)/unit {
			return 0, fmt.Errorf("readout: ISO 8601 duration %q out of range", orig)
		}
		d += time.Duration(n) * unit
		s = s[i+1:]
	}
	if neg {
		d = -d
	}
	return Duration(d), nil
}

// MarshalText implements [encoding.TextMarshaler] using [Duration.String].
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] using [ParseDuration].
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := ParseDuration(string(b))
	*d = v
	return err
}
