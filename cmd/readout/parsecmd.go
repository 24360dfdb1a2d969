package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/diplomacy-data/readout"
	"github.com/diplomacy-data/readout/cmd/readout/internal/formats"
	"github.com/diplomacy-data/readout/parse"
	"github.com/diplomacy-data/readout/sample"
)

// batchFlags are the flags parse and validate share: which inputs, how
// many at once, how large.
type batchFlags struct {
	j        int
	glob     string
	maxBytes byteSize
}

func (b *batchFlags) register(fs *flag.FlagSet) {
	b.maxBytes = parse.DefaultMaxBytes
	fs.IntVar(&b.j, "j", runtime.GOMAXPROCS(0), "parse `N` inputs in parallel")
	fs.StringVar(&b.glob, "glob", "*.txt", "in directories, read the files whose names match `PATTERN`")
	fs.Var(&b.maxBytes, "max-bytes", "fail inputs larger than `SIZE` (such as 500000, 64K, 16M)")
}

// check validates the flag values, reporting a usage error on stderr.
func (b *batchFlags) check(cmd string, stderr io.Writer) bool {
	switch {
	case b.j < 1:
		fmt.Fprintf(stderr, "readout %s: -j must be at least 1\n", cmd)
	case !validGlob(b.glob):
		fmt.Fprintf(stderr, "readout %s: -glob: malformed pattern %q\n", cmd, b.glob)
	default:
		return true
	}
	return false
}

// single reports whether args name exactly one document: one file or "-",
// or nothing (the embedded sample).
func single(args []string) bool {
	if len(args) == 0 {
		return true
	}
	if len(args) > 1 {
		return false
	}
	if args[0] == "-" {
		return true
	}
	fi, err := os.Stat(args[0])
	return err != nil || !fi.IsDir()
}

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, parseUsage) }
	var bf batchFlags
	bf.register(fs)
	format := fs.String("format", "", "write `FORMAT`: "+strings.Join(formats.Names, ", "))
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if !bf.check("parse", stderr) {
		return 2
	}
	one := single(fs.Args())
	if *format == "" {
		*format = "jsonl"
		if one {
			*format = "json"
		}
	}
	f, err := formats.New(*format, !one)
	if err != nil {
		fmt.Fprintf(stderr, "readout parse: -format: %v\n", err)
		return 2
	}
	var in []string
	if fs.NArg() > 0 {
		in = fs.Args() // else nil: the embedded sample, so the command runs anywhere
	}
	sum := batch("parse", f, bf, in, stdin, stdout, stderr)
	if sum.werr != nil || sum.failed > 0 {
		return 1
	}
	return 0
}

// A result is one input, parsed and encoded (by a worker), waiting to be
// written in order.
type result struct {
	name    string
	out     []byte
	notes   []string
	err     error
	invalid bool // the meeting has an error-severity problem
}

// A summary is what a batch run found, for the command's exit status.
type summary struct {
	written int   // inputs written to the output
	failed  int   // inputs that could not be read, parsed or encoded
	invalid int   // written inputs with an error-severity problem
	werr    error // writing the output failed
}

// batch parses and validates the inputs named by args (the embedded sample
// when args is nil) with bf.j workers and writes them to stdout in f, in
// input order. Failed inputs are reported on stderr, with a count at the
// end, and the others still written. cmd names the command in messages
// that are not about one input.
func batch(cmd string, f formats.Format, bf batchFlags, args []string, stdin io.Reader, stdout, stderr io.Writer) summary {
	bar := newProgress(stderr)
	in := inputs(args, bf.glob)
	if args == nil {
		in = func(yield func(input) bool) { yield(input{name: sample.EnglishName}) }
	}
	bar.count(in)
	work := func(x input) result {
		r := result{name: x.name}
		if x.err != nil {
			r.err = x.err
			return r
		}
		d, err := load(x.name, stdin, int(bf.maxBytes))
		if err != nil {
			r.err = err
			return r
		}
		r.invalid = d.Meeting.Problems.Count(readout.SeverityError) > 0
		var buf bytes.Buffer
		r.notes, r.err = f.Encode(&buf, d)
		r.out = buf.Bytes()
		return r
	}
	var sum summary
	if sum.werr = f.Begin(stdout); sum.werr != nil {
		fmt.Fprintf(stderr, "readout %s: writing output: %v\n", cmd, sum.werr)
		return sum
	}
	ordered(in, bf.j, 4*bf.j, work, func(r result) {
		defer bar.step()
		for _, n := range r.notes {
			bar.clear()
			fmt.Fprintf(stderr, "readout: %s: %s\n", r.name, n)
		}
		if r.err != nil {
			sum.failed++
			bar.clear()
			fmt.Fprintf(stderr, "readout: %s\n", describe(r.name, r.err))
			return
		}
		if sum.werr != nil {
			return
		}
		if sum.written > 0 {
			_, sum.werr = io.WriteString(stdout, f.Separator())
		}
		if sum.werr == nil {
			_, sum.werr = stdout.Write(r.out)
		}
		sum.written++
		if r.invalid {
			sum.invalid++
		}
	})
	bar.clear()
	if sum.werr == nil {
		sum.werr = f.End(stdout)
	}
	if sum.werr != nil {
		fmt.Fprintf(stderr, "readout %s: writing output: %v\n", cmd, sum.werr)
	}
	if sum.failed > 0 {
		fmt.Fprintf(stderr, "readout %s: %d of %d inputs failed\n", cmd, sum.failed, sum.failed+sum.written)
	}
	return sum
}

// describe renders an input's error with its path first. Errors from the
// parser and from os already name the path; others get it added.
func describe(name string, err error) string {
	var perr *parse.Error
	var pathErr *os.PathError
	switch {
	case errors.As(err, &perr) && perr.Source != "":
		return err.Error()
	case errors.As(err, &pathErr) && pathErr.Path == name:
		return fmt.Sprintf("%s: %v", name, pathErr.Err)
	}
	return fmt.Sprintf("%s: %v", name, err)
}

// load reads, decodes ([parse.Decode]), parses and validates one input. A
// file larger than maxBytes fails before
// it is read; standard input and files that grow are cut off at maxBytes+1
// by parse.Reader.
func load(name string, stdin io.Reader, maxBytes int) (formats.Doc, error) {
	opts := []parse.Option{parse.Source(name), parse.MaxBytes(maxBytes)}
	if name == sample.EnglishName {
		m, err := parse.Text(sample.English, opts...)
		validate(m)
		return formats.Doc{Meeting: m, Src: sample.English}, err
	}
	var r io.Reader = stdin
	hint := int64(0)
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return formats.Doc{}, err
		}
		defer f.Close()
		fi, err := f.Stat()
		switch {
		case err != nil:
			return formats.Doc{}, err
		case fi.IsDir():
			return formats.Doc{}, errors.New("is a directory")
		case fi.Mode().IsRegular() && fi.Size() > int64(maxBytes):
			return formats.Doc{}, &parse.Error{Source: name, Err: fmt.Errorf("%w: %d bytes, limit %d (see -max-bytes)", parse.ErrTooLarge, fi.Size(), maxBytes)}
		}
		r, hint = f, fi.Size()
	}
	b, err := readLimited(r, maxBytes, hint)
	if err != nil {
		return formats.Doc{}, &parse.Error{Source: name, Err: err}
	}
	if len(b) > maxBytes {
		return formats.Doc{}, &parse.Error{Source: name, Err: fmt.Errorf("%w: more than %d bytes (see -max-bytes)", parse.ErrTooLarge, maxBytes)}
	}
	// UTF-16 files (Windows editors save them) are decoded; the spans then
	// point into the decoded text, which the formats and validate show.
	src := parse.Decode(b)
	m, err := parse.Text(src, opts...)
	validate(m)
	return formats.Doc{Meeting: m, Src: src}, err
}

// validate fills the meeting's problems, so that the output carries them
// beside the data.
func validate(m *readout.Meeting) {
	if m != nil {
		m.Problems = readout.Validate(m)
	}
}

// readLimited reads at most maxBytes+1 bytes of r; hint is the expected
// size, if known: a file of that size is read into one allocation, as
// [os.ReadFile] does.
func readLimited(r io.Reader, maxBytes int, hint int64) ([]byte, error) {
	r = io.LimitReader(r, int64(maxBytes)+1)
	b := make([]byte, 0, min(hint, int64(maxBytes))+1)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}
