// Package os is Goroutine Dojo's small slice of Go's os package: the
// standard streams (so fmt.Fprintln(os.Stderr, ...) works), Exit and
// Getenv. There is no file system: a program has no files to open.
package os

import "errors"

// ErrInvalid is returned when a method is called on a nil *File.
var ErrInvalid = errors.New("invalid argument")

// File is an open file descriptor. As in Go, the exported type only points
// at the real data, so printing os.Stdout shows a single address.
type File struct {
	*file
}

type file struct {
	fd   int
	name string
}

// The three standard streams. Stdin has nothing to read.
var (
	Stdin  = newFile(0, "/dev/stdin")
	Stdout = newFile(1, "/dev/stdout")
	Stderr = newFile(2, "/dev/stderr")
)

func newFile(fd int, name string) *File {
	return &File{&file{fd: fd, name: name}}
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Sync commits the file's contents: output in the Dojo is never buffered,
// so there is nothing to do.
func (f *File) Sync() error { return nil }

// Fd returns the file's descriptor number.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes b to the file. Writes to the standard streams never fail.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	write(f.fd, string(b))
	return len(b), nil
}

// WriteString is Write for a string.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	write(f.fd, s)
	return len(s), nil
}

// Getenv returns the value of an environment variable. The Dojo has no
// environment, so it is always "".
func Getenv(key string) string { return "" }

// LookupEnv is Getenv that also says whether the variable is set: never.
func LookupEnv(key string) (string, bool) { return "", false }
