// Builder of Goroutine Dojo's strings package: builds a string piece by
// piece without copying it at every step.

package strings

// A Builder accumulates bytes; String returns them. The zero value is
// ready to use. Do not copy a non-zero Builder: both copies would share
// and overwrite the same bytes, so writing to a copy panics.
type Builder struct {
	addr *Builder // the Builder's own address, to detect copies
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string { return string(b.buf) }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder (it may be copied again afterwards).
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow makes room for n more bytes without another allocation.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

// Write appends p. It always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c. It always returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r (U+FFFD if r is invalid).
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = append(b.buf, string(r)...)
	return len(b.buf) - n, nil
}

// WriteString appends s. It always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
