// Integer formatting of Goroutine Dojo's strconv package.

package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in the given base (2 to 36), with lower-case
// letters for digits from 10 up.
func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	if i == 0 {
		return "0"
	}
	var buf [64]byte
	p := len(buf)
	b := uint64(base)
	for i > 0 {
		p--
		buf[p] = digits[i%b]
		i /= b
	}
	return string(buf[p:])
}

// FormatInt returns i in the given base (2 to 36), with a leading "-"
// if it is negative.
func FormatInt(i int64, base int) string {
	if i < 0 {
		if base < 2 || base > 36 {
			panic("strconv: illegal AppendInt/FormatInt base")
		}
		return "-" + FormatUint(-uint64(i), base)
	}
	return FormatUint(uint64(i), base)
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}
