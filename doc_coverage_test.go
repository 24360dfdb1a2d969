package readout_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocCoverage fails when a package of the module has no package comment
// or an exported name has no doc comment: pkg.go.dev is the manual for most
// users, so every exported name must say what it is.
//
// It reads every non-test Go file under the module root except testdata,
// hidden directories and nested modules. Exported functions, methods on exported types, types,
// constants and variables are checked; a name in a grouped const or var
// block may be covered by the group's comment or by a line comment, as go/doc
// shows them. Struct fields are not checked (their doc is the type's).
// Commands (package main) need only their package comment.
func TestDocCoverage(t *testing.T) {
	fset := token.NewFileSet()
	pkgs := map[string][]*ast.File{} // directory → files
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != "." && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && path != "." {
				return filepath.SkipDir // another module (bench/)
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		dir := filepath.Dir(path)
		pkgs[dir] = append(pkgs[dir], f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 2 {
		t.Fatalf("found %d packages; is the test running at the module root?", len(pkgs))
	}
	for dir, files := range pkgs {
		hasPkgDoc := false
		for _, f := range files {
			if f.Doc != nil {
				hasPkgDoc = true
			}
		}
		if !hasPkgDoc {
			t.Errorf("%s: package %s has no package comment", dir, files[0].Name.Name)
		}
		if files[0].Name.Name == "main" {
			continue
		}
		for _, f := range files {
			for _, missing := range undocumented(f) {
				t.Errorf("%s: %s has no doc comment", fset.Position(missing.pos), missing.name)
			}
		}
	}
}

type undocumentedName struct {
	name string
	pos  token.Pos
}

// undocumented returns the exported names declared in f without a doc
// comment.
func undocumented(f *ast.File) []undocumentedName {
	var out []undocumentedName
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() || d.Doc != nil {
				continue
			}
			name := d.Name.Name
			if d.Recv != nil && len(d.Recv.List) > 0 {
				recv := receiverName(d.Recv.List[0].Type)
				if !ast.IsExported(recv) {
					continue
				}
				name = recv + "." + name
			}
			out = append(out, undocumentedName{name, d.Pos()})
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if s.Name.IsExported() && s.Doc == nil && d.Doc == nil {
						out = append(out, undocumentedName{s.Name.Name, s.Pos()})
					}
				case *ast.ValueSpec:
					if s.Doc != nil || s.Comment != nil || d.Doc != nil {
						continue
					}
					for _, n := range s.Names {
						if n.IsExported() {
							out = append(out, undocumentedName{n.Name, n.Pos()})
						}
					}
				}
			}
		}
	}
	return out
}

// receiverName returns the type name of a method receiver: T for T, *T,
// T[P] and *T[P].
func receiverName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
