package parse

import (
	"io"
	"math"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/diplomacy-data/readout"
)

// Text parses the text of one readout into a [readout.Meeting].
//
// The language is detected from the characters used unless [Language] says
// otherwise. Text returns an error only when the input is not a readout's
// text at all (empty, binary, not UTF-8, too large); the error is an
// [*Error] with the position of the problem. Anything else — a readout the
// grammar only partly understands — gives a Meeting whose Unparsed list holds
// what was not understood.
//
// Text is safe for concurrent use.
func Text(src string, opts ...Option) (m *readout.Meeting, err error) {
	o := newOptions(opts)
	sc, err := scanInput(src, o)
	if err != nil {
		return nil, err
	}
	defer func() {
		// A bug in the grammar must not take the caller down: it becomes an
		// error that names the input.
		if r := recover(); r != nil {
			m, err = nil, errorf(o.source, readout.Pos{}, ErrInternal, "%v", r)
		}
	}()
	p := newScannedParser(src, o, &sc)
	defer p.release()
	if len(p.text) > math.MaxInt32 {
		// Normalisation can lengthen the text (NFKC makes one character
		// up to 18), and offsets into it are kept as int32 (structure.go).
		return nil, errorf(o.source, readout.Pos{}, ErrTooLarge, "%d bytes once normalised, limit %d", len(p.text), math.MaxInt32)
	}
	p.run()
	return p.m, nil
}

// Reader reads all of r and parses it with [Text]. It reads at most the
// [MaxBytes] limit plus one byte, so an endless reader fails with
// [ErrTooLarge] instead of exhausting memory. Input that starts with a UTF-16
// byte order mark is decoded to UTF-8 first with [Decode]; positions then
// refer to the decoded text.
func Reader(r io.Reader, opts ...Option) (*readout.Meeting, error) {
	o := newOptions(opts)
	b, err := readAtMost(r, o.maxBytes+1)
	if err != nil {
		return nil, &Error{Source: o.source, Err: err}
	}
	if len(b) > o.maxBytes {
		return nil, errorf(o.source, readout.Pos{}, ErrTooLarge, "more than %d bytes", o.maxBytes)
	}
	return Text(Decode(b), opts...)
}

// readAtMost reads r to its end or to n bytes, whichever comes first. The
// buffer doubles as it fills, so reading allocates at most about 2n bytes
// in all (io.ReadAll grows by a quarter at a time, about 5n).
func readAtMost(r io.Reader, n int) ([]byte, error) {
	// Start at n halved until it is small, so that the last doubling ends
	// at n exactly.
	c := n
	for c > 64<<10 {
		c = (c + 1) / 2
	}
	b := make([]byte, 0, c)
	for len(b) < n {
		if len(b) == cap(b) {
			nb := make([]byte, len(b), min(2*cap(b), n))
			copy(nb, b)
			b = nb
		}
		k, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
	return b, nil
}

// An inputScan is what the one pass of scanInput over the input finds.
type inputScan struct {
	norm normScan
	high bool // a byte outside ASCII
	// runs lists the runs of bytes outside ASCII while they are few
	// (posIndex counts columns from them); incomplete unless the scan
	// went to the end.
	runs highRuns
	// latin and cjk count ASCII letters and Han and kana characters
	// until they reach langSample together (when the language is to be
	// detected).
	latin, cjk int
}

// scanInput rejects input that is not a readout's text, naming the
// position, and learns on the way what normalising the text takes and
// which language its letters are (pickLanguage).
func scanInput(src string, o options) (inputScan, error) {
	var sc inputScan
	if len(src) > o.maxBytes {
		return sc, errorf(o.source, readout.Pos{}, ErrTooLarge, "%d bytes, limit %d", len(src), o.maxBytes)
	}
	if len(src) >= 2 && (src[:2] == "\xff\xfe" || src[:2] == "\xfe\xff") {
		return sc, errorf(o.source, readout.Pos{Offset: 0, Line: 1, Column: 1}, ErrUTF16, "byte order mark %q; decode to UTF-8 first (parse.Decode)", src[:2])
	}
	count := o.language != "en" && o.language != "ja" // see pickLanguage
	blank := true
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if !blank {
				// Sixteen printable ASCII bytes a step, in a loop of
				// their own: their letters counted with one popcount
				// (the letter bits of the second eight moved one place
				// down) while the sample has room for sixteen more. At
				// a byte that is not printable ASCII, the bytes before
				// it are taken (their letters counted) and the byte
				// is left to the byte-by-byte path.
				i0, lat, room := i, 0, langSample-sc.latin-sc.cjk-16
				for i+32 <= len(src) && lat+16 <= room {
					// Thirty-two at a time while all are printable: the
					// four words' letter bits moved 0–3 places down,
					// within their bytes, for one popcount.
					w := src[i : i+32]
					a, b, c, d := load8(w), load8(w[8:]), load8(w[16:]), load8(w[24:])
					if notPlainASCII(a)|notPlainASCII(b)|notPlainASCII(c)|notPlainASCII(d) != 0 {
						break
					}
					lat += bits.OnesCount64(asciiLetterBits(a) | asciiLetterBits(b)>>1 | asciiLetterBits(c)>>2 | asciiLetterBits(d)>>3)
					i += 32
				}
				for i+16 <= len(src) && lat <= room {
					w := src[i : i+16]
					x, y := load8(w), load8(w[8:])
					if m := notPlainASCII(x); m != 0 {
						k := bits.TrailingZeros64(m) >> 3
						lat += bits.OnesCount64(asciiLetterBits(x) & (1<<(8*k) - 1))
						i += k
						break
					}
					if m := notPlainASCII(y); m != 0 {
						k := bits.TrailingZeros64(m) >> 3
						lat += bits.OnesCount64(asciiLetterBits(x) | (asciiLetterBits(y)&(1<<(8*k)-1))>>1)
						i += 8 + k
						break
					}
					lat += bits.OnesCount64(asciiLetterBits(x) | asciiLetterBits(y)>>1)
					i += 16
				}
				if i > i0 {
					sc.latin += lat
					count = count && sc.latin+sc.cjk < langSample
					continue
				}
			}
			if !blank && i+8 <= len(src) {
				if x := load8(src[i:]); plainASCII(x) {
					// Eight printable ASCII bytes: nothing to check
					// or normalise, only letters to count.
					if !count {
						i += 8
						continue
					}
					if sc.latin+sc.cjk+8 <= langSample {
						sc.latin += asciiLetters8(x)
						count = sc.latin+sc.cjk < langSample
						i += 8
						continue
					}
				}
			}
			switch asciiClass[c] {
			case asciiControl:
				return sc, errorf(o.source, newPosIndex(src).pos(i), ErrBinary, "control byte %#02x", c)
			case asciiText:
				blank = false
				if count && uint8(c|0x20)-'a' < 26 {
					sc.latin++
					count = sc.latin+sc.cjk < langSample
				}
			default:
				if c == '\r' {
					n := 1
					if i+1 < len(src) && src[i+1] == '\n' {
						n = 2
					}
					sc.norm.lineEnd(i, n)
					i += n
					continue
				}
			}
			i++
			continue
		}
		sc.high = true
		if k, cjk := commonJaRun(src[i:]); k > 0 {
			if !sc.runs.over {
				sc.runs.add(i, k, k/3*2) // three-byte characters
			}
			blank = false
			if count {
				sc.cjk += min(cjk, langSample-sc.latin-sc.cjk)
				count = sc.latin+sc.cjk < langSample
			}
			i += k
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && size == 1 {
			return sc, errorf(o.source, newPosIndex(src).pos(i), ErrInvalidUTF8, "byte %#02x", src[i])
		}
		if r != '\u00a0' && r != '\u3000' && r != '\ufeff' && r != '\u200b' {
			blank = false
		}
		if count && isHanKana(r) {
			sc.cjk++
			count = sc.latin+sc.cjk < langSample
		}
		sc.norm.char(i, r, size)
		if !sc.runs.over {
			sc.runs.add(i, size, size-1)
		}
		i += size
	}
	if blank {
		return sc, errorf(o.source, readout.Pos{}, ErrEmpty, "")
	}
	return sc, nil
}

// commonJaRun returns the length of the run of commonJa characters that s
// starts with, and how many of them are Han or kana. They are decoded in
// place: three bytes from a lead byte E3 to E9 (never an overlong form nor
// a surrogate).
func commonJaRun(s string) (n, cjk int) {
	rest := s
	for len(rest) >= 3 {
		c, c1, c2 := rest[0], rest[1], rest[2]
		if c1&0xc0 != 0x80 || c2&0xc0 != 0x80 {
			break
		}
		switch {
		case c >= 0xe5 && c <= 0xe9, c == 0xe4 && c1 >= 0xb8:
			cjk++ // U+4E00 to U+9FFF: a unified ideograph
		case c == 0xe3:
			hanKana, ok := commonJa(rune(c&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f))
			if !ok {
				return len(s) - len(rest), cjk
			}
			if hanKana {
				cjk++
			}
		default:
			return len(s) - len(rest), cjk
		}
		rest = rest[3:]
	}
	return len(s) - len(rest), cjk
}

// commonJa classifies the commonest characters of Japanese text without
// the Unicode tables: kana and the unified ideographs (Han or kana:
// isHanKana), the ideographic comma and full stop and the CJK brackets
// (not). All of them are text (not white space) and normal as they are
// (nfkcStable). ok is false for any other rune.
func commonJa(r rune) (hanKana, ok bool) {
	switch {
	case r >= 0x4e00 && r <= 0x9fff, r >= 0x3041 && r <= 0x3096, r >= 0x30a1 && r <= 0x30fa:
		return true, true
	case r >= 0x3001 && r <= 0x3002, r >= 0x3008 && r <= 0x3011:
		return false, true
	}
	return false, false
}

// plainASCII8 reports whether the eight bytes of s are all printable ASCII
// (' ' to '~'), testing them at once.
func plainASCII8(s string) bool { return plainASCII(load8(s)) }

// plainASCII reports whether the eight bytes of x are all printable ASCII.
func plainASCII(x uint64) bool {
	const ones = 0x0101010101010101
	// A byte >= 0x80, a byte < 0x20 (x - 0x20 borrows) or 0x7f (x + 1
	// carries into the high bit) sets its high bit in one of the terms.
	return (x|(x-0x20*ones)|(x+ones))&highBits == 0
}

// notPlainASCII has the high bit set in the first byte of x that is not
// printable ASCII, if any (bytes after it may be set too: a borrow or a
// carry runs only towards the later bytes).
func notPlainASCII(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x | (x - 0x20*ones) | (x + ones)) & highBits
}

// The classes of ASCII bytes for check.
const (
	asciiText    = iota // printable
	asciiSpace          // white space: "\t\n\v\f\r "
	asciiControl        // NUL, other control bytes and DEL: never in text
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ':
			t[c] = asciiSpace
		case c < ' ' || c == 0x7f:
			t[c] = asciiControl
		}
	}
	return t
}()

// Decode returns the bytes of a readout file as text for [Text]. Input that
// starts with a UTF-16 byte order mark (FF FE little-endian, FE FF
// big-endian) is decoded to UTF-8 without the mark; unpaired surrogates and
// a trailing odd byte become U+FFFD, so nothing is dropped silently. Any
// other input is returned as it is, a UTF-8 byte order mark included: Text
// checks that it is UTF-8.
//
// Positions in the meeting parsed from the result refer to the decoded text,
// not to the file's bytes. Decode is what [Reader] applies; use it when you
// read the text yourself and keep it, for example to show the source line of
// a problem.
func Decode(b []byte) string {
	if s, ok := decodeUTF16(b); ok {
		return s
	}
	return string(b)
}

// decodeUTF16 decodes b if it starts with a UTF-16 byte order mark. Broken
// UTF-16 — an unpaired surrogate, an odd byte at the end — decodes to
// U+FFFD there, so nothing vanishes unseen.
func decodeUTF16(b []byte) (string, bool) {
	if len(b) < 2 {
		return "", false
	}
	var big bool
	switch {
	case b[0] == 0xfe && b[1] == 0xff:
		big = true
	case b[0] == 0xff && b[1] == 0xfe:
	default:
		return "", false
	}
	b = b[2:]
	unit := func(i int) rune {
		if big {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2) // a BMP character: 2 bytes in, at most 3 out
	for i := 0; i < len(b); {
		if i+1 == len(b) {
			sb.WriteRune(utf8.RuneError)
			break
		}
		c := unit(i)
		i += 2
		if utf16.IsSurrogate(c) {
			if c < 0xdc00 && i+1 < len(b) {
				if r := utf16.DecodeRune(c, unit(i)); r != utf8.RuneError {
					sb.WriteRune(r)
					i += 2
					continue
				}
			}
			c = utf8.RuneError
		}
		sb.WriteRune(c)
	}
	return sb.String(), true
}

// A parser holds the state of one call to Text.
type parser struct {
	src string // the input as given
	// text is the normalised text the grammar matches: src itself, or
	// in textBuf, which the next parser from parserPool overwrites. So
	// the meeting never holds a slice of it: values are slices of src
	// (orig), or copies.
	text  string
	nm    offsetMap // text offsets → src offsets
	idx   posIndex  // src offsets → positions
	lang  *language // the grammar of the text's language
	m     *readout.Meeting
	opts  options
	lines []line // the lines of text (structure.go)
	toks  []tok  // a buffer for English words: a batch of lines (enWhoBody), a section

	// Buffers kept with the parser in parserPool for the next one: the
	// normalised text when it is not src, and the words of the lead.
	textBuf   []byte
	leadToks  []tok
	bodyBatch []bodyLine // the lines of a batch of enWhoBody

	// The first session of the lead's time grammar (enWhen), scratch
	// kept with the parser rather than allocated for each lead.
	leadWhen sessionChunk

	// The lead paragraph, as offsets into text; both len(text) when
	// there is none (run).
	leadStart, leadEnd int

	// The later mentions of participants, until each gets its own
	// (linkMention, attachMentions in en_who.go).
	mentions   []mention
	mentionBuf [8]mention
}

// newParser returns the parser of src.
func newParser(src string, o options) *parser {
	sc, err := scanInput(src, o)
	if err != nil {
		// Text would not parse src; normalise it the full way.
		sc = inputScan{norm: normScan{slow: true}, high: true, runs: highRuns{over: true}}
	}
	return newScannedParser(src, o, &sc)
}

// newScannedParser returns the parser of src, which scanInput has checked
// into sc.
func newScannedParser(src string, o options, sc *inputScan) *parser {
	p := parserPool.Get().(*parser)
	p.src, p.opts = src, o
	p.text, p.textBuf, p.nm = sc.norm.normalize(src, p.textBuf)
	p.idx.init(src)
	p.idx.setRuns(&sc.runs) // none if ASCII
	if sc.norm.slow {
		// NFKC may make letters of other characters: count them in
		// the text.
		p.lang = pickLanguage(o.language, p.text)
	} else {
		// The folds and line ends make no letters: the counts of the
		// input are the text's.
		p.lang = languageOf(o.language, sc.latin, sc.cjk)
	}
	p.m = &readout.Meeting{
		Source:       o.source,
		Language:     p.lang.tag,
		Participants: []readout.Participant{},
		Delegations:  []readout.Delegation{},
		Photos:       []readout.Photo{},
		Sections:     []readout.Section{},
		Statements:   []readout.Statement{},
		Unparsed:     []readout.Fragment{},
	}
	return p
}

// parserPool keeps parsers between calls of Text, so that their buffers
// (the normalised text, the lines, the words) are made once per goroutine
// rather than once per readout.
var parserPool = sync.Pool{New: func() any { return new(parser) }}

// maxPooledBytes bounds the buffers a parser keeps in parserPool: one huge
// input must not keep its buffers alive for the next small ones.
const maxPooledBytes = 1 << 20

// release returns p to parserPool with its buffers and nothing else: no
// reference to the input or the meeting stays with it. The meeting holds
// no reference to the buffers (its strings are slices of the input, see
// orig).
func (p *parser) release() {
	if testHookRelease != nil {
		testHookRelease(p)
	}
	*p = parser{
		textBuf:   keepBuf(p.textBuf),
		lines:     keepBuf(p.lines),
		toks:      keepBuf(p.toks),
		leadToks:  keepBuf(p.leadToks),
		bodyBatch: keepBuf(p.bodyBatch),
	}
	parserPool.Put(p)
}

// testHookRelease, when set by a test, sees each parser release is about
// to return to parserPool.
var testHookRelease func(*parser)

// keepBuf returns b emptied, or nil if it holds more than maxPooledBytes.
func keepBuf[T any](b []T) []T {
	var t T
	if uintptr(cap(b))*unsafe.Sizeof(t) > maxPooledBytes {
		return nil
	}
	return b[:0]
}

// span returns the span of the original input that the normalised text
// [start, end) came from.
func (p *parser) span(start, end int) readout.Span {
	s, e := start, end
	if len(p.nm.bps) > 0 {
		s, e = p.nm.start(start), p.nm.end(end)
	}
	return readout.Span{Start: p.idx.pos(s), End: p.idx.pos(e)}
}

// orig returns the original input that the normalised text [start, end)
// came from: values are reported as written.
func (p *parser) orig(start, end int) string {
	if len(p.nm.bps) == 0 {
		return p.src[start:end]
	}
	return p.src[p.nm.start(start):p.nm.end(end)]
}

// unparsed keeps the text [start, end) as not understood, with a reason.
func (p *parser) unparsed(start, end int, reason string) {
	start, end = trimSpace(p.text, start, end)
	if start >= end {
		return
	}
	p.m.Unparsed = append(p.m.Unparsed, readout.Fragment{
		Text: p.orig(start, end), Reason: reason, Span: p.span(start, end),
	})
}

func (p *parser) run() {
	d := p.structure()
	p.leadStart, p.leadEnd = len(p.text), len(p.text)
	if d.leadEnd > d.leadStart {
		p.leadStart, p.leadEnd = d.leadStart, d.leadEnd
		p.m.Lead = readout.Passage{Text: p.orig(d.leadStart, d.leadEnd), Span: p.span(d.leadStart, d.leadEnd)}
		p.lang.lead(p, d.leadStart, d.leadEnd)
	}
	p.sections(d.body)
	if p.lang.body != nil {
		p.lang.body(p)
	}
}
