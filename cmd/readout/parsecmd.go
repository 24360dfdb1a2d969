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
	if fs.NArg() == 0 {
		// No input: the embedded sample, so the command runs anywhere.
		return batch(f, bf, nil, stdin, stdout, stderr)
	}
	return batch(f, bf, fs.Args(), stdin, stdout, stderr)
}

// A result is one input, parsed and encoded (by a worker), waiting to be
// written in order.
type result struct {
	name  string
	out   []byte
	notes []string
	err   error
}

// batch parses the inputs named by args (the embedded sample when args is
// nil) with bf.j workers and writes them to stdout in f, in input order.
// Failed inputs are reported on stderr and the others still written; the
// exit status is 1 if any failed.
func batch(f formats.Format, bf batchFlags, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
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
		var buf bytes.Buffer
		r.notes, r.err = f.Encode(&buf, d)
		r.out = buf.Bytes()
		return r
	}
	failed, written := 0, 0
	var werr error
	if werr = f.Begin(stdout); werr != nil {
		fmt.Fprintf(stderr, "readout: %v\n", werr)
		return 1
	}
	ordered(in, bf.j, 4*bf.j, work, func(r result) {
		defer bar.step()
		for _, n := range r.notes {
			bar.clear()
			fmt.Fprintf(stderr, "readout: %s: %s\n", r.name, n)
		}
		if r.err != nil {
			failed++
			bar.clear()
			fmt.Fprintf(stderr, "readout: %s\n", describe(r.name, r.err))
			return
		}
		if werr != nil {
			return
		}
		if written > 0 {
			_, werr = io.WriteString(stdout, f.Separator())
		}
		if werr == nil {
			_, werr = stdout.Write(r.out)
		}
		written++
	})
	bar.clear()
	if werr == nil {
		werr = f.End(stdout)
	}
	if werr != nil {
		fmt.Fprintf(stderr, "readout: writing output: %v\n", werr)
		return 1
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "readout: %d of %d inputs failed\n", failed, failed+written)
		return 1
	}
	return 0
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

// load reads and parses one input. A file larger than maxBytes fails before
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
	src, err := readLimited(r, maxBytes, hint)
	if err != nil {
		return formats.Doc{}, &parse.Error{Source: name, Err: err}
	}
	if len(src) > maxBytes {
		return formats.Doc{}, &parse.Error{Source: name, Err: fmt.Errorf("%w: more than %d bytes (see -max-bytes)", parse.ErrTooLarge, maxBytes)}
	}
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
// size, if known.
func readLimited(r io.Reader, maxBytes int, hint int64) (string, error) {
	var b strings.Builder
	b.Grow(int(min(hint, int64(maxBytes))) + 1)
	_, err := io.Copy(&b, io.LimitReader(r, int64(maxBytes)+1))
	return b.String(), err
}
