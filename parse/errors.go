package parse

import (
	"errors"
	"fmt"

	"github.com/diplomacy-data/readout"
)

// Sentinel errors for input that is not a readout's text. Match them with
// [errors.Is]; the error returned by [Text] is an [*Error] that wraps one of
// them and says where the problem is.
var (
	// ErrEmpty: the input is empty or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrTooLarge: the input is longer than the limit set with [MaxBytes].
	ErrTooLarge = errors.New("input too large")
	// ErrInvalidUTF8: the input is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrUTF16: the input is UTF-16 (it starts with a byte order mark);
	// decode it to UTF-8 first with [Decode], as [Reader] does.
	ErrUTF16 = errors.New("UTF-16 input")
	// ErrBinary: the input holds NUL or other control bytes that text
	// never has.
	ErrBinary = errors.New("binary input")
	// ErrInternal: a bug in the parser was caught; please report it with the
	// input.
	ErrInternal = errors.New("internal parser error")
)

// An Error is a problem that stops parsing, with the position it was found at.
// Err is one of the sentinel errors of this package.
type Error struct {
	Source string      // the input's name, as given to [Source]; may be ""
	Pos    readout.Pos // where the problem is; zero when it is the whole input
	Err    error
}

// Error returns "source:line:col: message", leaving out the parts that are
// unknown.
func (e *Error) Error() string {
	s := e.Source
	if e.Pos.IsValid() {
		if s != "" {
			s += ":"
		}
		s += e.Pos.String()
	}
	if s != "" {
		s += ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns the sentinel error.
func (e *Error) Unwrap() error { return e.Err }

func errorf(src string, pos readout.Pos, sentinel error, format string, args ...any) *Error {
	err := sentinel
	if format != "" {
		err = fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)
	}
	return &Error{Source: src, Pos: pos, Err: err}
}
