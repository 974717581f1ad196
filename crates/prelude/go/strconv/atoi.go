// Package strconv is Goroutine Dojo's version of Go's strconv package:
// conversions between strings and numbers, booleans and quoted strings,
// in plain Go. Floating-point text is the exception: FormatFloat and the
// core of ParseFloat are natives (natives.go), because printing a float64
// with the fewest digits that read back exactly is a big algorithm.
package strconv

import "errors"

// IntSize is the size of an int in bits.
const IntSize = 64

// ErrRange means a value does not fit in the requested type.
var ErrRange = errors.New("value out of range")

// ErrSyntax means the text is not a valid number (or quoted string).
var ErrSyntax = errors.New("invalid syntax")

// A NumError says which function failed on which input, and why.
type NumError struct {
	Func string // the function that failed: "Atoi", "ParseInt", ...
	Num  string // its input
	Err  error  // ErrRange, ErrSyntax, or an invalid base or bit size
}

// Error reads like `strconv.Atoi: parsing "12a": invalid syntax`.
func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap lets errors.Is(err, strconv.ErrRange) see the reason.
func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, s string) *NumError { return &NumError{fn, s, ErrSyntax} }
func rangeError(fn, s string) *NumError  { return &NumError{fn, s, ErrRange} }

// The errors of the digit-level parsers; the exported functions turn them
// into a *NumError naming themselves.
const (
	okParse = iota
	errSyntax
	errRange
	errBase
	errBitSize
)

func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case errSyntax:
		return syntaxError(fn, s)
	case errRange:
		return rangeError(fn, s)
	case errBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	case errBitSize:
		return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
	}
	return nil
}

func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint is ParseInt for unsigned numbers: no sign is accepted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, code := parseUint(s, base, bitSize)
	if code != okParse {
		return n, numError("ParseUint", s, code, base, bitSize)
	}
	return n, nil
}

// parseUint reads digits of s in base (0: from the prefix "0b", "0o",
// "0x" or "0", else 10). On overflow it stops at once and returns the
// largest value of bitSize bits.
func parseUint(s string, base int, bitSize int) (uint64, int) {
	if s == "" {
		return 0, errSyntax
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base, s = 2, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base, s = 8, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base, s = 16, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
	default:
		return 0, errBase
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, errBitSize
	}
	// n*base overflows 64 bits exactly when n >= cutoff.
	cutoff := (1<<64-1)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, errSyntax
		}
		if d >= byte(base) {
			return 0, errSyntax
		}
		if n >= cutoff {
			return maxVal, errRange
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, errRange
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, errSyntax
	}
	return n, okParse
}

// ParseInt reads an integer in the given base (2 to 36, or 0 to take it
// from a prefix, which also allows "_" between digits) that must fit in
// bitSize bits (0 means int). Out of range, it returns the nearest limit
// with ErrRange.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	n, code := parseInt(s, base, bitSize)
	if code != okParse {
		return n, numError("ParseInt", s, code, base, bitSize)
	}
	return n, nil
}

func parseInt(s string, base int, bitSize int) (int64, int) {
	if s == "" {
		return 0, errSyntax
	}
	neg := false
	switch s[0] {
	case '+':
		s = s[1:]
	case '-':
		s, neg = s[1:], true
	}
	un, code := parseUint(s, base, bitSize)
	if code != okParse && code != errRange {
		return 0, code
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), errRange
	}
	if neg && un > cutoff {
		return -int64(cutoff), errRange
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, okParse
}

// underscoreOK reports whether the underscores in s only separate digits
// (a base prefix counts as a digit), as in Go number literals.
func underscoreOK(s string) bool {
	saw := '^' // '^': start, '0': digit or prefix, '_': underscore, '!': other
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// Atoi is ParseInt(s, 10, 0) converted to int, with errors naming Atoi.
func Atoi(s string) (int, error) {
	if 0 < len(s) && len(s) < 19 {
		// Short enough that it cannot overflow: read the digits directly.
		t := s
		if s[0] == '-' || s[0] == '+' {
			t = s[1:]
			if t == "" {
				return 0, syntaxError("Atoi", s)
			}
		}
		n := 0
		for i := 0; i < len(t); i++ {
			d := t[i] - '0'
			if d > 9 {
				return 0, syntaxError("Atoi", s)
			}
			n = n*10 + int(d)
		}
		if s[0] == '-' {
			n = -n
		}
		return n, nil
	}
	n, code := parseInt(s, 10, 0)
	if code != okParse {
		return int(n), numError("Atoi", s, code, 10, 0)
	}
	return int(n), nil
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and
// False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// ParseFloat reads a floating-point number as Go source or JSON would
// write it (also "inf", "nan", hex floats and "_" separators), rounded to
// bitSize 32 or 64 bits. Too large a value gives ±Inf with ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != okParse {
		return f, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, nil
}
