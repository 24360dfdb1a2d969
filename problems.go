package readout

import (
	"cmp"
	"fmt"
	"slices"
)

// Problems is a list of [Problem]s, as [Validate] returns them: sorted by
// position. The zero value is an empty list, ready to use; append to it or
// use [Problems.Add]. A Problems value is an error: errors.Is and errors.As
// reach each problem through [Problems.Unwrap], so
//
//	errors.Is(ps, readout.ErrJSTMismatch)
//
// reports whether any problem has the code "jst-mismatch". Use
// [Problems.Err] to return the list as an error only when it is not empty.
type Problems []*Problem

// Add appends a problem with the given code, span and message (formatted
// with [fmt.Sprintf]); its severity is the code's.
func (ps *Problems) Add(code string, span Span, format string, args ...any) {
	*ps = append(*ps, &Problem{Code: code, Severity: SeverityOf(code), Message: fmt.Sprintf(format, args...), Span: span})
}

// Sort sorts the list by position: by start offset, then end offset, then
// code. Problems with no position come first. The sort is stable.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b *Problem) int {
		if av, bv := a.Span.IsValid(), b.Span.IsValid(); av != bv {
			if av {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(a.Span.Start.Offset, b.Span.Start.Offset); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Span.End.Offset, b.Span.End.Offset); c != 0 {
			return c
		}
		return cmp.Compare(a.Code, b.Code)
	})
}

// Error returns the first problem's error string, followed by
// "(and N more problems)" when there are others; "no problems" for an empty
// list.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].Error()
	case 2:
		return ps[0].Error() + " (and 1 more problem)"
	}
	return fmt.Sprintf("%s (and %d more problems)", ps[0].Error(), len(ps)-1)
}

// Err returns the list as an error, or nil when it is empty.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Unwrap returns the problems as errors, for errors.Is and errors.As.
func (ps Problems) Unwrap() []error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errs
}

// AtLeast returns the problems whose severity is sev or more serious, in
// order. ps.AtLeast(SeverityError).Err() is nil when nothing contradicts
// itself.
func (ps Problems) AtLeast(sev Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity >= sev {
			out = append(out, p)
		}
	}
	return out
}

// Count returns the number of problems of severity sev.
func (ps Problems) Count(sev Severity) int {
	n := 0
	for _, p := range ps {
		if p.Severity == sev {
			n++
		}
	}
	return n
}

// add appends a problem with the given code, span and message, as written.
func (ps *Problems) add(code string, span Span, msg string) {
	*ps = append(*ps, &Problem{Code: code, Severity: SeverityOf(code), Message: msg, Span: span})
}
