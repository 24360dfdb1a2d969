package readout

import (
	"slices"
	"strconv"
)

// A finding is a problem found by a text check inside one value, located
// by byte offsets into the value. Its message is written only when it is
// reported (see [finding.message]): a hostile value may hold a million
// findings, of which [maxFindingsPerCode] per code are reported.
type finding struct {
	start, end int
	r, r2      rune // the marks of a text-unbalanced finding
	kind       findingKind
}

// The kinds of findings, one per message.
type findingKind uint8

const (
	findDoubledPunctuation findingKind = iota // "doubled punctuation ", ,""
	findDoubledWord                           // "word written twice "the the""
	findClosesNone                            // r closes no r2
	findNotClosedBefore                       // r is not closed before r2
	findNotClosed                             // r is not closed
	findOddQuotes                             // an odd number of straight quotes
	findSpaceBefore                           // space before the mark at end-1
)

// textCodes are the codes of the text checks, in the order of codeIndex.
var textCodes = [...]string{CodeTextDoubledPunctuation, CodeTextDoubledWord, CodeTextUnbalanced, CodeTextSpaceBeforePunctuation}

// codeIndex returns the index in textCodes of f's code.
func (f finding) codeIndex() int {
	switch f.kind {
	case findDoubledPunctuation:
		return 0
	case findDoubledWord:
		return 1
	case findSpaceBefore:
		return 3
	}
	return 2
}

// message returns the message of f, found in the value s.
func (f finding) message(s string) string {
	switch f.kind {
	case findDoubledPunctuation:
		return "doubled punctuation " + quote(s[f.start:f.end])
	case findDoubledWord:
		return "word written twice " + quote(s[f.start:f.end])
	case findClosesNone:
		return quote(string(f.r)) + " closes no " + quote(string(f.r2))
	case findNotClosedBefore:
		return quote(string(f.r)) + " is not closed before " + quote(string(f.r2))
	case findNotClosed:
		return quote(string(f.r)) + " is not closed"
	case findOddQuotes:
		return `"\"" is not closed (odd number of straight quotation marks)`
	}
	return "space before " + quote(s[f.end-1:f.end])
}

// maxFindingsPerCode is how many problems of one text-* code one value
// reports: the first ones by position. Past it, one more problem of that
// code, spanning the findings left out, counts them ("and 1048566 more of
// this kind in this value, not listed one by one"), so that a value of a
// million "(" gives eleven problems, not a million, in time linear in the
// value.
const maxFindingsPerCode = 10

// findings collects the findings of the text checks in one value: for each
// code the first [maxFindingsPerCode] by start (of findings with the same
// start, the one found first), and the number and extent of the others.
// Adding a finding costs at most maxFindingsPerCode steps, and memory is
// fixed, however many there are.
type findings struct {
	kept     [len(textCodes)][maxFindingsPerCode]finding // sorted by start
	count    [len(textCodes)]int                         // found, kept or not
	restFrom [len(textCodes)]int                         // the first start left out
	restTo   [len(textCodes)]int                         // the last end left out
}

func (fs *findings) reset() { fs.count = [len(textCodes)]int{} }

// add records f.
func (fs *findings) add(f finding) {
	c := f.codeIndex()
	n := fs.count[c]
	fs.count[c]++
	kept := &fs.kept[c]
	if n >= maxFindingsPerCode {
		last := kept[maxFindingsPerCode-1]
		if f.start >= last.start {
			fs.leaveOut(c, n, f)
			return
		}
		fs.leaveOut(c, n, last) // f comes before the last kept: it takes its place
		n = maxFindingsPerCode - 1
	}
	i := n
	for i > 0 && kept[i-1].start > f.start {
		kept[i] = kept[i-1]
		i--
	}
	kept[i] = f
}

// leaveOut records f, of code index c, as a finding not reported; n is the
// number of findings of that code before it.
func (fs *findings) leaveOut(c, n int, f finding) {
	if n == maxFindingsPerCode {
		fs.restFrom[c], fs.restTo[c] = f.start, f.end
		return
	}
	fs.restFrom[c] = min(fs.restFrom[c], f.start)
	fs.restTo[c] = max(fs.restTo[c], f.end)
}

// report adds the findings in the value text, whose span is span, to ps:
// the findings kept, then for each code with more, one problem counting the
// others and spanning them.
func (fs *findings) report(ps *Problems, text string, span Span) {
	var buf [len(textCodes) * maxFindingsPerCode]finding
	all := buf[:0]
	for c, n := range fs.count {
		all = append(all, fs.kept[c][:min(n, maxFindingsPerCode)]...)
	}
	if len(all) == 0 {
		return
	}
	slices.SortStableFunc(all, func(a, b finding) int { return a.start - b.start })
	starts, ends := textCursor{text: text, base: span.Start, cur: span.Start}, textCursor{text: text, base: span.Start, cur: span.Start}
	at := func(start, end int) Span {
		if !span.IsValid() {
			return Span{}
		}
		return Span{Start: starts.at(start), End: ends.at(end)}
	}
	for _, f := range all {
		ps.add(textCodes[f.codeIndex()], at(f.start, f.end), f.message(text))
	}
	// The cursors go back to the value's start once per code left out: at
	// most four times.
	for c, n := range fs.count {
		if n > maxFindingsPerCode {
			ps.add(textCodes[c], at(fs.restFrom[c], fs.restTo[c]),
				"and "+strconv.Itoa(n-maxFindingsPerCode)+" more of this kind in this value, not listed one by one")
		}
	}
}
