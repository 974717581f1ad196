// Package utf8 is Goroutine Dojo's version of Go's unicode/utf8 package,
// in plain Go: encoding runes as UTF-8 and decoding them back, counting
// them, and checking that bytes are valid UTF-8.
//
// A UTF-8 sequence is one to four bytes. The first byte says how long the
// sequence is; each following byte is a "continuation" byte 10xxxxxx. A
// sequence is valid only if it is the shortest encoding of its rune and the
// rune is not a surrogate (U+D800-U+DFFF) nor above U+10FFFF. Decoding an
// invalid sequence yields (RuneError, 1): one bad byte is skipped at a time.
package utf8

// The package's constants.
const (
	RuneError = '\uFFFD'     // what an invalid encoding decodes to
	RuneSelf  = 0x80         // runes below RuneSelf are one byte, themselves
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the longest encoding, in bytes
)

// Limits used below.
const (
	maxOneByte   = 0x7F   // largest rune encoded in 1 byte
	maxTwoBytes  = 0x7FF  // ... in 2 bytes
	maxThreeByte = 0xFFFF // ... in 3 bytes
	surrogateLo  = 0xD800
	surrogateHi  = 0xDFFF
	contLo       = 0x80 // continuation bytes are contLo..contHi
	contHi       = 0xBF
)

// lead describes what the byte b at the start of a sequence promises: the
// length of the sequence (0 if b cannot start one, 1 for ASCII), and the
// range [lo, hi] the second byte must fall in. Narrowing the second byte
// rules out overlong encodings, surrogates and runes above MaxRune.
func lead(b byte) (size int, lo, hi byte) {
	switch {
	case b < RuneSelf:
		return 1, 0, 0
	case b < 0xC2: // continuation bytes, and C0/C1 which are always overlong
		return 0, 0, 0
	case b < 0xE0:
		return 2, contLo, contHi
	case b == 0xE0: // E0 80..9F would be overlong
		return 3, 0xA0, contHi
	case b == 0xED: // ED A0..BF would be surrogates
		return 3, contLo, 0x9F
	case b < 0xF0:
		return 3, contLo, contHi
	case b == 0xF0: // F0 80..8F would be overlong
		return 4, 0x90, contHi
	case b < 0xF4:
		return 4, contLo, contHi
	case b == 0xF4: // F4 90.. would be above MaxRune
		return 4, contLo, 0x8F
	}
	return 0, 0, 0
}

// isCont reports whether b is a continuation byte.
func isCont(b byte) bool { return contLo <= b && b <= contHi }

// validLen returns the length of the valid sequence at the start of the
// first k bytes of q, or 0 if they do not begin with one (including when
// they are cut short).
func validLen(q *[UTFMax]byte, k int) int {
	if k == 0 {
		return 0
	}
	size, lo, hi := lead(q[0])
	if size == 0 || k < size {
		return 0
	}
	if size == 1 {
		return 1
	}
	if q[1] < lo || hi < q[1] {
		return 0
	}
	for i := 2; i < size; i++ {
		if !isCont(q[i]) {
			return 0
		}
	}
	return size
}

// decodeFirst decodes the first k bytes of q (k >= 1).
func decodeFirst(q *[UTFMax]byte, k int) (rune, int) {
	switch validLen(q, k) {
	case 1:
		return rune(q[0]), 1
	case 2:
		return rune(q[0]&0x1F)<<6 | rune(q[1]&0x3F), 2
	case 3:
		return rune(q[0]&0x0F)<<12 | rune(q[1]&0x3F)<<6 | rune(q[2]&0x3F), 3
	case 4:
		return rune(q[0]&0x07)<<18 | rune(q[1]&0x3F)<<12 | rune(q[2]&0x3F)<<6 | rune(q[3]&0x3F), 4
	}
	return RuneError, 1
}

// DecodeRune returns the first rune in p and its length in bytes. An empty
// p gives (RuneError, 0); an invalid or incomplete encoding gives
// (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	if p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	var q [UTFMax]byte
	k := copy(q[:], p)
	return decodeFirst(&q, k)
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	if s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	var q [UTFMax]byte
	k := copy(q[:], s)
	return decodeFirst(&q, k)
}

// lastStart returns where the last rune of the n bytes at(0..n-1) could
// start: the last byte that is not a continuation byte among the final
// UTFMax, or the earliest of them if all are.
func lastStart(n int, at func(int) byte) int {
	stop := n - UTFMax
	if stop < 0 {
		stop = 0
	}
	i := n - 2
	for i > stop && !RuneStart(at(i)) {
		i--
	}
	if i < 0 {
		i = 0
	}
	return i
}

// DecodeLastRune returns the last rune in p and its length in bytes. An
// empty p gives (RuneError, 0); a final invalid or incomplete encoding
// gives (RuneError, 1).
func DecodeLastRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	if p[n-1] < RuneSelf {
		return rune(p[n-1]), 1
	}
	start := lastStart(n, func(i int) byte { return p[i] })
	r, size = DecodeRune(p[start:])
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if s[n-1] < RuneSelf {
		return rune(s[n-1]), 1
	}
	start := lastStart(n, func(i int) byte { return s[i] })
	r, size = DecodeRuneInString(s[start:])
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

// fullPrefix reports whether the first k bytes of q are enough to decode
// a rune: they hold a whole sequence, or are already known to be invalid.
func fullPrefix(q *[UTFMax]byte, k int) bool {
	if k == 0 {
		return false
	}
	size, lo, hi := lead(q[0])
	if size <= 1 || k >= size {
		return true // ASCII, a bad first byte, or long enough
	}
	if k > 1 && (q[1] < lo || hi < q[1]) {
		return true
	}
	if k > 2 && !isCont(q[2]) {
		return true
	}
	return false
}

// FullRune reports whether p begins with a complete UTF-8 encoding of a
// rune. An invalid encoding counts as complete: it decodes as one error.
func FullRune(p []byte) bool {
	var q [UTFMax]byte
	k := copy(q[:], p)
	return fullPrefix(&q, k)
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	var q [UTFMax]byte
	k := copy(q[:], s)
	return fullPrefix(&q, k)
}

// RuneLen returns how many bytes encode r, or -1 if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= maxOneByte:
		return 1
	case r <= maxTwoBytes:
		return 2
	case surrogateLo <= r && r <= surrogateHi:
		return -1
	case r <= maxThreeByte:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// encode returns the bytes encoding r (RuneError's if r is invalid) and
// how many of them there are.
func encode(r rune) (q [UTFMax]byte, n int) {
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r <= maxOneByte:
		q[0] = byte(r)
		return q, 1
	case r <= maxTwoBytes:
		q[0] = 0xC0 | byte(r>>6)
		q[1] = 0x80 | byte(r)&0x3F
		return q, 2
	case r <= maxThreeByte:
		q[0] = 0xE0 | byte(r>>12)
		q[1] = 0x80 | byte(r>>6)&0x3F
		q[2] = 0x80 | byte(r)&0x3F
		return q, 3
	}
	q[0] = 0xF0 | byte(r>>18)
	q[1] = 0x80 | byte(r>>12)&0x3F
	q[2] = 0x80 | byte(r>>6)&0x3F
	q[3] = 0x80 | byte(r)&0x3F
	return q, 4
}

// EncodeRune writes the UTF-8 encoding of r into p and returns how many
// bytes it wrote. An invalid rune is written as RuneError. It panics if p
// is too short.
func EncodeRune(p []byte, r rune) int {
	q, n := encode(r)
	// Touch the last byte first, so a short p fails like Go's does: on
	// the index one past what fits.
	p[n-1] = q[n-1]
	copy(p[:n-1], q[:n-1])
	return n
}

// AppendRune appends the UTF-8 encoding of r (RuneError's if r is invalid)
// to p and returns the extended slice.
func AppendRune(p []byte, r rune) []byte {
	if 0 <= r && r <= maxOneByte {
		return append(p, byte(r))
	}
	q, n := encode(r)
	switch n {
	case 2:
		return append(p, q[0], q[1])
	case 3:
		return append(p, q[0], q[1], q[2])
	}
	return append(p, q[0], q[1], q[2], q[3])
}

// RuneCount returns the number of runes in p; each byte of an invalid
// encoding counts as one rune.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether b could be the first byte of an encoded rune,
// that is, whether it is not a continuation byte.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8 encodings.
func Valid(p []byte) bool {
	var q [UTFMax]byte
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		n := validLen(&q, copy(q[:], p[i:]))
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8
// encodings.
func ValidString(s string) bool {
	var q [UTFMax]byte
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		n := validLen(&q, copy(q[:], s[i:]))
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// ValidRune reports whether r can be encoded as UTF-8: it is in range and
// not a surrogate half.
func ValidRune(r rune) bool {
	return 0 <= r && r < surrogateLo || surrogateHi < r && r <= MaxRune
}
