// Package fmt is Goroutine Dojo's version of Go's fmt package. Formatting
// itself (Sprintf, Sprint, Sprintln) is native, in natives.go; printing to
// a writer and Errorf are written in Go here on top of it.
package fmt

import (
	"io"
	"os"
)

// Stringer is implemented by any value with a String method, which %v and
// Print use to print it.
type Stringer interface {
	String() string
}

// Fprint formats like Sprint and writes the result to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats like Sprintln and writes the result to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats like Sprintf and writes the result to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Print formats like Sprint and writes to standard output.
func Print(a ...any) (n int, err error) { return Fprint(os.Stdout, a...) }

// Println formats like Sprintln and writes to standard output.
func Println(a ...any) (n int, err error) { return Fprintln(os.Stdout, a...) }

// Printf formats like Sprintf and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Append appends Sprint(a...) to b.
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

// Appendln appends Sprintln(a...) to b.
func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }

// Appendf appends Sprintf(format, a...) to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}
