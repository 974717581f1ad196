// Reader of Goroutine Dojo's bytes package: reads a byte slice through the
// io interfaces, without ever changing it, so it can be handed to anything
// that takes an io.Reader (bufio.Scanner, io.Copy, a pipe).

package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader reads from a byte slice, which it never modifies. It implements
// io.Reader, io.ReaderAt, io.WriterTo, io.Seeker, io.ByteScanner and
// io.RuneScanner. The zero value reads from an empty slice.
type Reader struct {
	s        []byte
	i        int64 // where the next read starts; may be past the end
	prevRune int   // where the last ReadRune started, or -1
}

// NewReader returns a Reader reading from b.
func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

// Reset makes r read from b, from the start.
func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

// Len returns how many bytes are left to read.
func (r *Reader) Len() int {
	if left := int64(len(r.s)) - r.i; left > 0 {
		return int(left)
	}
	return 0
}

// Size returns the length of the whole slice, whatever has been read.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read copies the next bytes into b; at the end it returns 0, io.EOF.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

// ReadAt copies the bytes from offset off into b, without moving the
// Reader. Fewer than len(b) bytes come with io.EOF.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

// ReadByte returns the next byte, or io.EOF.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune decodes the next rune; an invalid byte reads as (U+FFFD, 1).
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune of the last operation, which must
// have been ReadRune.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek sets where the next read starts, relative to the start, the
// current position or the end (io.SeekStart, io.SeekCurrent, io.SeekEnd),
// and returns the new position. Seeking past the end is allowed; before
// the start is an error.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var pos int64
	switch whence {
	case io.SeekStart:
		pos = offset
	case io.SeekCurrent:
		pos = r.i + offset
	case io.SeekEnd:
		pos = int64(len(r.s)) + offset
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if pos < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = pos
	return pos, nil
}

// WriteTo writes the unread rest of the slice to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	k, err := w.Write(rest)
	if k > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(k)
	if k != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(k), err
}
