// Writer and ReadWriter of Goroutine Dojo's bufio package. A Writer
// collects small writes in its buffer and passes them on in one Write when
// the buffer is full or Flush is called; nothing reaches the underlying
// writer before that, which is why a program that forgets Flush loses its
// last lines.

package bufio

import (
	"io"
	"unicode/utf8"
)

// Writer adds a buffer to an io.Writer. buf[:n] holds the bytes not yet
// passed on. Once a write to the underlying writer fails, err is kept and
// every later write and Flush returns it.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

// NewWriterSize returns a Writer on w with a buffer of size bytes (the
// default 4096 if size <= 0). If w already is a Writer at least that
// large, it is returned unchanged.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer on w with the default 4096-byte buffer.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size returns the size of the buffer in bytes.
func (b *Writer) Size() int { return len(b.buf) }

// Reset drops whatever is buffered and any error, and makes b write to w,
// keeping its buffer (a zero Writer gets the default size).
func (b *Writer) Reset(w io.Writer) {
	if bw, ok := w.(*Writer); ok && bw == b {
		return // b writing into itself would never end
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush passes the buffered bytes on to the underlying writer. If that
// writes only part of them, the rest stay buffered and the error sticks.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if 0 < n && n < b.n {
			copy(b.buf[:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available returns how many bytes the buffer can still take.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns an empty slice over the free part of the
// buffer, to append to and pass straight to Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered returns how many bytes are waiting in the buffer.
func (b *Writer) Buffered() int { return b.n }

// Write writes p through the buffer and returns how many bytes of it were
// accepted; fewer than len(p) come with the error. A p too large for the
// free room fills the buffer and flushes it, or, when the buffer is
// empty, goes straight to the underlying writer.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteString is Write for a string. When the buffer is empty and the
// underlying writer has WriteString, a long s goes straight to it;
// otherwise it goes through the buffer.
func (b *Writer) WriteString(s string) (int, error) {
	var sw io.StringWriter
	checked := false // whether b.wr was asked for WriteString
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 && !checked {
			sw, _ = b.wr.(io.StringWriter)
			checked = true
		}
		if b.Buffered() == 0 && sw != nil {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// WriteByte writes the single byte c.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes the UTF-8 encoding of r and returns its size.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if 0 <= r && r < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// A buffer smaller than UTFMax: write it as a string.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// ReadFrom reads r until io.EOF into the buffer, flushing it whenever it
// fills, and returns how many bytes it read. When the buffer is empty and
// the underlying writer has ReadFrom, that does the rest.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, hasReadFrom := b.wr.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if hasReadFrom && b.Buffered() == 0 {
			m, err := rf.ReadFrom(r)
			b.err = err
			return n + m, err
		}
		var m int
		empties := 0
		for empties < maxConsecutiveEmptyReads {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
			empties++
		}
		if empties == maxConsecutiveEmptyReads {
			return n, io.ErrNoProgress
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// ReadWriter holds a Reader and a Writer, so that it is both an
// io.Reader and an io.Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter made of r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }
