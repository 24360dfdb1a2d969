package parse

import "github.com/diplomacy-data/readout"

// DefaultMaxBytes is the input size [Text] accepts unless [MaxBytes] says
// otherwise: far above any real readout (the longest MOFA pages are under
// 100 KB), low enough that a stray binary file cannot exhaust memory.
const DefaultMaxBytes = 16 << 20

// MaxInputBytes is the largest input [Text] accepts whatever [MaxBytes]
// says, 1 GiB: the fields of a [readout.Pos] are int32, and every offset,
// line and column of a longer input would not fit.
const MaxInputBytes = 1 << 30

// An Option changes how [Text] parses. Options are applied in order.
type Option func(*options)

type options struct {
	source    string
	language  string
	maxBytes  int
	published readout.Date
}

func newOptions(opts []Option) options {
	if len(opts) == 0 {
		// Without options nothing is allocated (the options an Option
		// changes live on the heap).
		return options{maxBytes: DefaultMaxBytes}
	}
	o := &options{maxBytes: DefaultMaxBytes}
	for _, f := range opts {
		if f != nil {
			f(o)
		}
	}
	return *o
}

// Source sets the input's name, recorded in [readout.Meeting].Source and in
// error messages: a file path, "-" for standard input.
func Source(name string) Option { return func(o *options) { o.source = name } }

// Language sets the language of the text, "en" or "ja", instead of detecting
// it from the characters used. Any other tag means "detect".
func Language(tag string) Option { return func(o *options) { o.language = tag } }

// MaxBytes sets the largest input accepted; longer input fails with
// [ErrTooLarge]. n <= 0 restores [DefaultMaxBytes]; n above
// [MaxInputBytes] means MaxInputBytes.
func MaxBytes(n int) Option {
	return func(o *options) {
		if n <= 0 {
			n = DefaultMaxBytes
		}
		o.maxBytes = min(n, MaxInputBytes)
	}
}

// Published sets the page's date for a text that has no date line (a lead
// copied out of its page): it supplies the year when the lead gives none.
// A date line in the text takes precedence.
func Published(d readout.Date) Option { return func(o *options) { o.published = d } }
