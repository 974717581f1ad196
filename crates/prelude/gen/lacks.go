// Command lacks writes, for each standard-library package of the prelude,
// the names Go's package exports that the prelude's version does not
// declare, as `//dojo:lacks` lines in the package's lacks.go. The type
// checker reads those lines so that a program using such a name is told
// Goroutine Dojo does not support it, rather than Go's "undefined", which
// would say Go has no such name either.
//
// Run it from the repository root with a Go toolchain whose version the
// Dojo follows:
//
//	go run crates/prelude/gen/lacks.go
//
// With -check it changes nothing and exits 1 if a lacks.go is out of date.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Prelude folders that are not standard-library packages (besides the
// Dojo's own internal ones).
var notStd = map[string]bool{"wait": true}

func main() {
	check := flag.Bool("check", false, "report stale lacks.go files instead of writing them")
	flag.Parse()
	root := filepath.Join("crates", "prelude", "go")
	stale := false
	filepath.WalkDir(root, func(dir string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		pkg := filepath.ToSlash(strings.TrimPrefix(dir, root+string(filepath.Separator)))
		internal := strings.HasPrefix(pkg, "internal/")
		if dir == root || notStd[pkg] || internal || strings.Contains(pkg, ".") || !hasGo(dir) {
			return nil
		}
		path := filepath.Join(dir, "lacks.go")
		have, _ := os.ReadFile(path)
		name, names := missing(pkg, dir)
		var want []byte
		if len(names) > 0 {
			want = render(pkg, name, names)
		}
		if bytes.Equal(have, want) {
			return nil
		}
		stale = true
		if *check {
			fmt.Fprintf(os.Stderr, "%s is out of date: run go run crates/prelude/gen/lacks.go\n", path)
		} else if want == nil {
			os.Remove(path)
		} else if err := os.WriteFile(path, want, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		return nil
	})
	if *check && stale {
		os.Exit(1)
	}
}

func hasGo(dir string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	return len(m) > 0
}

// missing lists what Go's package pkg exports and the prelude folder dir
// does not declare (top-level names, and methods as Type.Method), with
// the package's name.
func missing(pkg, dir string) (string, []string) {
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH, ctx.CgoEnabled = "linux", "amd64", false
	std, err := ctx.Import(pkg, "", 0)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	goNames := exports(std.Dir, std.GoFiles)
	var ours []string
	for _, m := range must(filepath.Glob(filepath.Join(dir, "*.go"))) {
		if filepath.Base(m) != "lacks.go" {
			ours = append(ours, filepath.Base(m))
		}
	}
	have := exports(dir, ours)
	var out []string
	for name := range goNames {
		if !have[name] {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return std.Name, out
}

// exports collects the exported top-level names of the files and the
// exported methods of exported types.
func exports(dir string, files []string) map[string]bool {
	names := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				if d.Recv == nil {
					names[d.Name.Name] = true
				} else if recv := receiver(d.Recv.List[0].Type); ast.IsExported(recv) {
					names[recv+"."+d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							names[s.Name.Name] = true
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								names[n.Name] = true
							}
						}
					}
				}
			}
		}
	}
	return names
}

// receiver names the type of a method's receiver (T for T, *T and T[P]).
func receiver(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return receiver(t.X)
	case *ast.IndexExpr:
		return receiver(t.X)
	case *ast.IndexListExpr:
		return receiver(t.X)
	case *ast.Ident:
		return t.Name
	}
	return ""
}

func render(pkg, name string, names []string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// What Go's %s package has and Goroutine Dojo's does not:\n", pkg)
	b.WriteString("// a program using one of these names is told the Dojo does not support\n")
	b.WriteString("// it. Written by crates/prelude/gen/lacks.go; do not edit.\n\n")
	line := "//dojo:lacks"
	for _, n := range names {
		if len(line)+1+len(n) > 76 {
			b.WriteString(line + "\n")
			line = "//dojo:lacks"
		}
		line += " " + n
	}
	if line != "//dojo:lacks" {
		b.WriteString(line + "\n")
	}
	fmt.Fprintf(&b, "\npackage %s\n", name)
	return b.Bytes()
}

func must[T any](v T, err error) T {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	return v
}
