// Package bufio is Goroutine Dojo's version of Go's bufio package, in plain
// Go: a Reader and a Writer that put a buffer in front of another
// io.Reader or io.Writer, so that many small reads or writes become a few
// large ones, and a Scanner (scan.go) that cuts input into lines, words or
// other tokens.
//
// This file holds the Reader; writer.go holds the Writer and ReadWriter.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// defaultBufSize is the buffer size of NewReader and NewWriter.
const defaultBufSize = 4096

// minReadBufferSize is the smallest buffer a Reader gets.
const minReadBufferSize = 16

// maxConsecutiveEmptyReads is how many times in a row a Read may return
// nothing and no error before the reader gives up with io.ErrNoProgress.
const maxConsecutiveEmptyReads = 100

// Errors of the Reader and Writer.
var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// Reader adds a buffer to an io.Reader. The bytes read from rd but not
// yet handed out are buf[r:w]; err is the error rd returned, kept until it
// is reported.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error
	lastByte     int // the last byte read, for UnreadByte; -1 if none
	lastRuneSize int // the size of the last rune read, for UnreadRune; -1 if none
}

// NewReaderSize returns a Reader on rd with a buffer of at least size
// bytes (16 at the least). If rd already is a Reader that large, it is
// returned unchanged.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	b := new(Reader)
	b.reset(make([]byte, max(size, minReadBufferSize)), rd)
	return b
}

// NewReader returns a Reader on rd with the default 4096-byte buffer.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size returns the size of the buffer in bytes.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops whatever is buffered and makes b read from r, keeping its
// buffer (a zero Reader gets the default size).
func (b *Reader) Reset(r io.Reader) {
	if rd, ok := r.(*Reader); ok && rd == b {
		return // resetting b onto itself would make it read from itself
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill moves the buffered bytes to the front and reads once more from rd
// into the room behind them, retrying reads that return nothing.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < maxConsecutiveEmptyReads; tries++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// takeErr returns the pending error and clears it.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// forget makes the next UnreadByte and UnreadRune fail.
func (b *Reader) forget() {
	b.lastByte = -1
	b.lastRuneSize = -1
}

// Buffered returns how many bytes can be read from the buffer without
// reading from the underlying Reader.
func (b *Reader) Buffered() int { return b.w - b.r }

// Peek returns the next n bytes without consuming them; the slice is
// only good until the next read. Fewer than n bytes come with an error:
// ErrBufferFull if n is larger than the buffer, or the read error.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forget()
	for b.Buffered() < n && b.Buffered() < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if have := b.Buffered(); have < n {
		n = have
		if err = b.takeErr(); err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard skips the next n bytes and returns how many it skipped; fewer
// than n come with the error that stopped it.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forget()
	left := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		skip = min(skip, left)
		b.r += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read reads into p, at most one Read of the underlying Reader: from the
// buffer if it holds anything, else straight into p when p is at least as
// large as the buffer, else through the buffer. At the end it returns
// 0, io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			// Nothing to gain from copying through the buffer.
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.takeErr()
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte reads one byte, or returns the read error.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read. Only the byte of the latest
// read operation can be put back.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		b.w = 1 // the buffer was empty: the byte becomes its only content
	}
	b.buf[b.r] = byte(b.lastByte)
	b.forget()
	return nil
}

// ReadRune reads one UTF-8 encoded rune and its size. An invalid byte is
// read alone as (U+FFFD, 1).
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.Buffered() < utf8.UTFMax && !utf8.FullRune(b.buf[b.r:b.w]) &&
		b.err == nil && b.Buffered() < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.takeErr()
	}
	r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune puts back the last rune; the latest read operation must have
// been ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.forget()
	return nil
}

// ReadSlice reads up to and including the first delim and returns a
// slice of the buffer holding it, good only until the next read. If the
// buffer fills up first it returns the full buffer and ErrBufferFull; if
// the input ends first, what there was and the read error.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // bytes already searched, not to search again
	for {
		if i := bytes.IndexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			end := b.r + searched + i + 1
			line = b.buf[b.r:end]
			b.r = end
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.Buffered()
		b.fill()
	}
	if len(line) > 0 {
		b.lastByte = int(line[len(line)-1])
		b.lastRuneSize = -1
	}
	return line, err
}

// ReadLine reads one line without its "\n" or "\r\n". A line too long for
// the buffer comes in pieces, each but the last with isPrefix true. At the
// end of the input it returns nil and the read error; a last line without
// a newline comes first, with no error.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a final '\r' back: it may be half of a "\r\n".
		if len(line) > 0 && line[len(line)-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:len(line)-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if line[len(line)-1] == '\n' {
		cut := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			cut = 2
		}
		line = line[:len(line)-cut]
	}
	return line, false, err
}

// pieces reads up to and including delim with ReadSlice, however many
// buffers that takes: copies of the full buffers, the final piece (still
// in the buffer), their total length, and the error that stopped it
// before delim, if any.
func (b *Reader) pieces(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		var e error
		last, e = b.ReadSlice(delim)
		if e == nil {
			break
		}
		if e != ErrBufferFull {
			err = e
			break
		}
		c := bytes.Clone(last)
		full = append(full, c)
		total += len(c)
	}
	total += len(last)
	return full, last, total, err
}

// ReadBytes reads up to and including the first delim and returns a copy.
// If the input ends first it returns what there was and the read error
// (often io.EOF): err is nil exactly when the result ends in delim.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.pieces(delim)
	out := make([]byte, total)
	at := 0
	for _, p := range full {
		at += copy(out[at:], p)
	}
	copy(out[at:], last)
	return out, err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, total, err := b.pieces(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, p := range full {
		sb.Write(p)
	}
	sb.Write(last)
	return sb.String(), err
}

// WriteTo writes what is buffered and then everything else the
// underlying Reader yields to w. It lets the underlying Reader's WriteTo,
// or w's ReadFrom, do the copy when there is one.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forget()
	if b.r < b.w {
		if n, err = b.flushTo(w); err != nil {
			return n, err
		}
	}
	if wt, ok := b.rd.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.rd)
		return n + m, err
	}
	if b.Buffered() < len(b.buf) {
		b.fill()
	}
	for b.r < b.w {
		m, err := b.flushTo(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.takeErr()
}

// flushTo writes the buffered bytes to w.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.r += n
	return int64(n), err
}
