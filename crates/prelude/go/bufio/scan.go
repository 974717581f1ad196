// Scanner of Goroutine Dojo's bufio package: reads input into a buffer and
// cuts it into tokens with a split function (lines by default; words,
// runes, bytes or one of the program's own).

package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// A SplitFunc finds the next token at the start of data, the unprocessed
// input; atEOF says no more input will come. It returns how many bytes to
// consume and the token (nil for none). Returning 0, nil, nil asks for more
// data. An error stops the Scanner, which reports it from Err, except
// ErrFinalToken, which makes token the last one, without an error.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Errors a Scanner reports.
var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken is returned by a split function to say that its token is
// the last one: Scan delivers it and then stops, with no error.
var ErrFinalToken = errors.New("final token")

const (
	// MaxScanTokenSize is the default limit on a token's size (in fact
	// on the buffer's, which must also hold what comes before the token).
	// Scanner.Buffer changes it.
	MaxScanTokenSize = 64 * 1024

	firstScanBuf = 4096 // the buffer a Scanner allocates first
)

// A Scanner reads from r and cuts the input into tokens, one per call of
// Scan. buf[start:end] holds the input not yet consumed; the buffer grows,
// up to maxTokenSize, while a token does not fit. Scanning stops for good
// at the end of the input, at an error, or at a token too long.
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte // the token of the last Scan
	buf          []byte
	start        int
	end          int
	err          error // the first error, io.EOF included
	empties      int   // empty tokens in a row at EOF
	scanCalled   bool
	done         bool
}

// NewScanner returns a Scanner reading r, splitting it into lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the first error the Scanner met, or nil if the input simply
// ended.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the token of the last Scan. It may share the Scanner's
// buffer, which the next Scan overwrites.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the token of the last Scan as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Buffer sets the first buffer to read into (its whole capacity is used)
// and the largest buffer the Scanner may grow to, which bounds the token
// size. It panics once scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function (ScanLines unless set). It panics once
// scanning has started.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// fail records err unless an error other than io.EOF is already there.
func (s *Scanner) fail(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// consume moves start n bytes on, after checking that the split function
// returned a possible count.
func (s *Scanner) consume(n int) bool {
	if n < 0 {
		s.fail(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.fail(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// Scan moves on to the next token, which Bytes and Text then return. It
// returns false when scanning stops: at the end of the input or at an
// error, which Err reports. A split function that keeps returning empty
// tokens at EOF without consuming anything makes it panic.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// Ask the split function for a token in what is buffered (even
		// if nothing is, once the input is over).
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err == ErrFinalToken {
				s.token = token
				s.done = true
				return token != nil
			}
			if err != nil {
				s.fail(err)
				return false
			}
			if !s.consume(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else if s.empties++; s.empties > maxConsecutiveEmptyReads {
					panic("bufio.Scan: too many empty tokens without progressing")
				}
				return true
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		s.makeRoom()
		if s.err != nil {
			return false
		}
		s.read()
	}
}

// makeRoom slides the unprocessed bytes to the front of the buffer when
// that is worth it, and doubles the buffer (up to maxTokenSize) when it is
// full; a full buffer already at the limit is ErrTooLong.
func (s *Scanner) makeRoom() {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		copy(s.buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
	}
	if s.end < len(s.buf) {
		return
	}
	if len(s.buf) >= s.maxTokenSize || len(s.buf) > maxInt/2 {
		s.fail(ErrTooLong)
		return
	}
	size := 2 * len(s.buf)
	if size == 0 {
		size = firstScanBuf
	}
	size = min(size, s.maxTokenSize)
	bigger := make([]byte, size)
	copy(bigger, s.buf[s.start:s.end])
	s.buf = bigger
	s.end -= s.start
	s.start = 0
}

// read reads once into the free end of the buffer, retrying reads that
// return nothing.
func (s *Scanner) read() {
	for tries := 0; ; {
		n, err := s.r.Read(s.buf[s.end:])
		if n < 0 || n > len(s.buf)-s.end {
			s.fail(ErrBadReadCount)
			return
		}
		s.end += n
		if err != nil {
			s.fail(err)
			return
		}
		if n > 0 {
			s.empties = 0
			return
		}
		if tries++; tries > maxConsecutiveEmptyReads {
			s.fail(io.ErrNoProgress)
			return
		}
	}
}

const maxInt = int(^uint(0) >> 1)

// ScanBytes is a SplitFunc that makes each byte a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// errorRune is the token of an invalid byte: U+FFFD in UTF-8.
var errorRune = []byte(string(utf8.RuneError))

// ScanRunes is a SplitFunc that makes each UTF-8 encoded rune a token. An
// invalid byte becomes the token "\uFFFD", consuming that one byte.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	if _, n := utf8.DecodeRune(data); n > 1 {
		return n, data[0:n], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil // the rune may be cut off: wait for more
	}
	return 1, errorRune, nil
}

// withoutCR drops a final '\r' from data.
func withoutCR(data []byte) []byte {
	if n := len(data); n > 0 && data[n-1] == '\r' {
		return data[:n-1]
	}
	return data
}

// ScanLines is a SplitFunc that makes each line a token, without its
// "\n" or "\r\n". The last line may lack a newline; an empty last line is
// no token.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, withoutCR(data[:i]), nil
	}
	if atEOF {
		return len(data), withoutCR(data), nil
	}
	return 0, nil, nil
}

// isSpace is unicode.IsSpace.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0,
		0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// ScanWords is a SplitFunc that makes each run of non-space runes a
// token; white space (as unicode.IsSpace) only separates them.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, n := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += n
	}
	for i := start; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + n, data[start:i], nil
		}
		i += n
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
