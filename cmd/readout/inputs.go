package main

import (
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// An input is one readout to process: a file path, or "-" for standard
// input. Err is set when the input could not even be listed (a missing path,
// an unreadable directory); it is reported like a file that failed to parse.
type input struct {
	name string
	err  error
}

// inputs expands the command-line arguments into the readouts to process, in
// order: a file is itself (whatever its name), "-" is standard input, and a
// directory is every file below it whose base name matches glob, in lexical
// order, skipping directories whose names start with "." (.git, .cache).
// The expansion is lazy, so a directory of a million files is never listed
// in memory at once.
//
// glob must be a valid [filepath.Match] pattern; check it with validGlob.
func inputs(args []string, glob string) iter.Seq[input] {
	return func(yield func(input) bool) {
		for _, arg := range args {
			if arg == "-" {
				if !yield(input{name: "-"}) {
					return
				}
				continue
			}
			fi, err := os.Stat(arg)
			if err != nil {
				if !yield(input{name: arg, err: err}) {
					return
				}
				continue
			}
			if !fi.IsDir() {
				if !yield(input{name: arg}) {
					return
				}
				continue
			}
			if !walk(arg, glob, yield) {
				return
			}
		}
	}
}

// walk yields the files below dir that match glob, and reports whether the
// consumer wants more.
func walk(dir, glob string, yield func(input) bool) bool {
	more := true
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable directory (or one that vanished) is one failed
			// input; the walk goes on with its siblings.
			more = yield(input{name: path, err: err})
			if !more {
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if ok, _ := filepath.Match(glob, d.Name()); !ok {
			return nil
		}
		if more = yield(input{name: path}); !more {
			return filepath.SkipAll
		}
		return nil
	})
	return more
}

// validGlob reports whether glob is a well-formed [filepath.Match] pattern.
func validGlob(glob string) bool {
	_, err := filepath.Match(glob, "")
	return err == nil
}
