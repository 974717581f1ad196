// Package io is Goroutine Dojo's version of Go's io package, in plain Go:
// the Reader and Writer interfaces and their relatives, the errors that
// end a stream, and the helpers that move bytes from one to the other.
// Pipe, in pipe.go, is a synchronous in-memory pipe made of a mutex and
// channels, which a learner can step into.
package io

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

// EOF is what Read returns when no more input is available: the graceful
// end of a stream, not an error that something went wrong.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means a stream ended in the middle of a fixed-size
// block or structure.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means a write accepted fewer bytes than requested without
// saying why.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer means a read needed a longer buffer than it was given.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress is returned by readers that keep returning no data and no
// error, which usually means a broken Reader.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrClosedPipe is the error of a read or write on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

var errInvalidWrite = errors.New("invalid write result")
var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

// Reader reads up to len(p) bytes into p and says how many it read. At
// the end of the input it returns 0 (or the last bytes) and EOF.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer writes len(p) bytes from p, or returns an error saying why not.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer releases a stream; what Close after the first does is up to the
// implementation.
type Closer interface {
	Close() error
}

// Seeker moves the offset of the next Read or Write.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom reads everything from r; Copy uses it when the destination
// has it.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo writes everything it holds to w; Copy uses it when the source
// has it.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through w's own WriteString if it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds at least min bytes. EOF comes
// back only when nothing was read; a stream that ends after some bytes but
// before min gives ErrUnexpectedEOF.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var k int
		k, err = r.Read(buf[n:])
		n += k
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes, with ReadAtLeast's errors.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAll reads until EOF or an error and returns what it read; reaching
// EOF is success, so err is nil then. Like Go's, it reads into chunks that
// grow by half each time and joins them into one right-sized slice at the
// end, so the reads a Reader sees and the result's capacity match Go's.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	var full [][]byte // earlier chunks, each filled up
	total := 0        // bytes in full
	next := 256       // size of the next chunk
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			if len(full) == 0 {
				return b, err
			}
			out := append([]byte(nil), make([]byte, total+len(b))...)[:0]
			for _, c := range full {
				out = append(out, c...)
			}
			return append(out, b...), err
		}
		if cap(b)-len(b) < cap(b)/16 {
			full = append(full, b)
			total += len(b)
			b = append([]byte(nil), make([]byte, next)...)[:0]
			next += next / 2
		}
	}
}

// Copy copies from src to dst until EOF or an error, and returns how many
// bytes it wrote. A src with WriteTo, or else a dst with ReadFrom, does
// the copy itself; otherwise Copy goes through a 32 KiB buffer.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy through the given buffer, when one is needed.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// CopyN copies exactly n bytes, or fewer and an error (EOF if src ended).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return written, err
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		if l, ok := src.(*LimitedReader); ok && int64(size) > l.N {
			if l.N < 1 {
				size = 1
			} else {
				size = int(l.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = errInvalidWrite
				}
			}
			written += int64(nw)
			if ew != nil {
				err = ew
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if er != nil {
			if er != EOF {
				err = er
			}
			break
		}
	}
	return written, err
}
