// Buffer of Goroutine Dojo's bytes package: a byte slice that grows as it
// is written to and shrinks from the front as it is read, with the io
// interfaces on top. Its growth follows Go's, so Cap reports what real Go
// would.

package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// firstAlloc is the capacity a Buffer starts with when its first write is
// small.
const firstAlloc = 64

// MinRead is the smallest slice ReadFrom hands to a Read: while the Buffer
// has MinRead bytes of room beyond its contents, ReadFrom does not grow it.
const MinRead = 512

// ErrTooLarge is the panic value of a Buffer that cannot grow any more.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// A Buffer is a growable slice of bytes with Read and Write methods. Its
// zero value is an empty buffer, ready to use.
type Buffer struct {
	buf      []byte // the unread contents are buf[off:]
	off      int    // where the next read starts; writes go at len(buf)
	lastRead readOp // what the last operation was, for the Unread methods
}

// readOp records the last operation on a Buffer. After ReadRune it is the
// size of the rune read (1 to 4), so that UnreadRune knows how far to step
// back.
type readOp int8

const (
	opRead    readOp = -1 // another read
	opInvalid readOp = 0  // anything that is not a read
)

// NewBuffer returns a Buffer whose contents are buf. The Buffer owns buf
// from then on. A buf of length 0 but some capacity sets the room
// available before the first growth.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer whose contents are a copy of s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread contents. The slice shares the Buffer's memory
// and is only good until the next change to the Buffer.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// AvailableBuffer returns an empty slice with room for Available() bytes,
// to append to and pass straight to Write.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// String returns the unread contents as a string; a nil *Buffer gives
// "<nil>".
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Peek returns the next n bytes without consuming them, or all there are
// and io.EOF if fewer than n are left. The slice shares the Buffer's
// memory.
func (b *Buffer) Peek(n int) ([]byte, error) {
	if b.Len() < n {
		return b.buf[b.off:], io.EOF
	}
	return b.buf[b.off : b.off+n], nil
}

// Len returns the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the Buffer's underlying slice.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available returns how many bytes can be written without growing.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// Truncate keeps only the first n unread bytes. It panics unless
// 0 <= n <= Len().
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset empties the Buffer but keeps its memory for later writes.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// extendInPlace lengthens buf by n if its capacity allows, returning where
// the new bytes start.
func (b *Buffer) extendInPlace(n int) (int, bool) {
	l := len(b.buf)
	if n > cap(b.buf)-l {
		return 0, false
	}
	b.buf = b.buf[:l+n]
	return l, true
}

// grow makes room for n more bytes and lengthens buf over them, returning
// where they start. It first tries the room left, then sliding the unread
// bytes to the front (when that frees plenty of space), and otherwise
// moves to an allocation at least twice as large.
func (b *Buffer) grow(n int) int {
	unread := b.Len()
	if unread == 0 && b.off != 0 {
		b.Reset() // all read: start again at the front
	}
	if at, ok := b.extendInPlace(n); ok {
		return at
	}
	if b.buf == nil && n <= firstAlloc {
		b.buf = make([]byte, n, firstAlloc)
		return 0
	}
	c := cap(b.buf)
	switch {
	case n <= c/2-unread:
		copy(b.buf, b.buf[b.off:])
	case c > maxInt-c-n:
		panic(ErrTooLarge)
	default:
		b.buf = enlarge(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:unread+n]
	return unread
}

// enlarge returns a copy of s in a new array with room for at least extra
// more bytes, and at least twice cap(s), rounded up as append rounds.
func enlarge(s []byte, extra int) []byte {
	want := len(s) + extra
	if want < 2*cap(s) {
		want = 2 * cap(s)
	}
	bigger := append([]byte(nil), make([]byte, want)...)
	return bigger[:copy(bigger, s)]
}

// Grow makes sure n more bytes can be written without another allocation.
// It panics if n is negative.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	at := b.grow(n)
	b.buf = b.buf[:at]
}

// Write appends p to the Buffer. It always returns len(p), nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	at, ok := b.extendInPlace(len(p))
	if !ok {
		at = b.grow(len(p))
	}
	return copy(b.buf[at:], p), nil
}

// WriteString appends s to the Buffer. It always returns len(s), nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	at, ok := b.extendInPlace(len(s))
	if !ok {
		at = b.grow(len(s))
	}
	return copy(b.buf[at:], s), nil
}

// WriteByte appends c to the Buffer. It always returns nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	at, ok := b.extendInPlace(1)
	if !ok {
		at = b.grow(1)
	}
	b.buf[at] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r and returns its length and a
// nil error.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if 0 <= r && r < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	at, ok := b.extendInPlace(utf8.UTFMax)
	if !ok {
		at = b.grow(utf8.UTFMax)
	}
	b.buf = utf8.AppendRune(b.buf[:at], r)
	return len(b.buf) - at, nil
}

// ReadFrom appends everything r yields until io.EOF, which it does not
// report, and returns how many bytes it read. Each Read is given at least
// MinRead bytes of room.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		at := b.grow(MinRead)
		b.buf = b.buf[:at]
		k, e := r.Read(b.buf[at:cap(b.buf)])
		if k < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:at+k]
		n += int64(k)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes the unread contents to w until they are used up or w
// fails.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if size := b.Len(); size > 0 {
		k, e := w.Write(b.buf[b.off:])
		if k > size {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += k
		n = int64(k)
		if e != nil {
			return n, e
		}
		if k != size {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read takes up to len(p) unread bytes into p. When nothing is left it
// returns io.EOF (unless p is empty).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.Len() == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

// Next consumes and returns the next n bytes (all of them if fewer are
// left). The slice shares the Buffer's memory.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	n = min(n, b.Len())
	out := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return out
}

// ReadByte consumes and returns the next byte, or io.EOF.
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

// ReadRune consumes and returns the next UTF-8 encoded rune and its size,
// or io.EOF. An invalid byte is consumed alone and read as (U+FFFD, 1).
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = readOp(size)
	return r, size, nil
}

// UnreadRune puts back the rune of the last operation, which must have
// been a successful ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opInvalid
	return nil
}

// UnreadByte puts back the last byte of the last operation, which must
// have been a read that read something.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// upTo consumes the unread bytes up to and including the first delim, or
// all of them and io.EOF if there is none. The slice shares the Buffer's
// memory.
func (b *Buffer) upTo(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if i := IndexByte(b.buf[b.off:], delim); i >= 0 {
		end = b.off + i + 1
	} else {
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

// ReadBytes consumes the bytes up to and including the first delim and
// returns a copy of them. If delim is not there it returns the rest and
// io.EOF: err is nil exactly when the line ends in delim.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	s, err := b.upTo(delim)
	return append(line, s...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	s, err := b.upTo(delim)
	return string(s), err
}
