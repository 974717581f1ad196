// Errorf of Goroutine Dojo's fmt package: formatting plus error wrapping
// with %w.

package fmt

import "errors"

// Errorf formats like Sprintf and returns the text as an error. Each %w
// must have an error operand, which it prints like %v and which the
// result wraps: with one %w, the error has Unwrap() error; with several,
// Unwrap() []error (in operand order, each operand once). A %w whose
// operand is not an error prints as %!w(type=value).
func Errorf(format string, a ...any) error {
	if len(a) == 0 && !hasPercent(format) {
		// Nothing to format.
		return errors.New(format)
	}
	format, wrapped, reordered := scanWraps(format, a)
	s := Sprintf(format, a...)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	if reordered {
		sortInts(wrapped)
	}
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue // the same operand wrapped twice
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

func hasPercent(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			return true
		}
	}
	return false
}

func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// scanWraps walks format the way Sprintf does, to learn which operand each
// verb uses (operands can be picked with [n], and * takes one for a width
// or precision). It returns format with every %w whose operand is an error
// changed to %v, the operand index of every %w that has an operand, and
// whether [n] indexes were used.
func scanWraps(format string, a []any) (string, []int, bool) {
	var wrapped []int
	var out []byte // the rewritten format, made on the first change
	reordered := false
	argNum := 0
	end := len(format)
	for i := 0; i < end; {
		if format[i] != '%' {
			i++
			continue
		}
		i++
		for i < end && isFlag(format[i]) {
			i++
		}
		goodArgNum := true
		afterIndex := false
		argNum, i, afterIndex, goodArgNum, reordered = argNumber(argNum, format, i, len(a), goodArgNum, reordered)
		// Width: * takes an operand.
		if i < end && format[i] == '*' {
			i++
			if argNum < len(a) {
				argNum++
			}
			afterIndex = false
		} else {
			start := i
			i = skipNum(format, i, end)
			if afterIndex && i > start {
				goodArgNum = false
			}
		}
		// Precision.
		if i+1 <= end && format[i] == '.' {
			i++
			if afterIndex {
				goodArgNum = false
			}
			argNum, i, afterIndex, goodArgNum, reordered = argNumber(argNum, format, i, len(a), goodArgNum, reordered)
			if i < end && format[i] == '*' {
				i++
				if argNum < len(a) {
					argNum++
				}
				afterIndex = false
			} else {
				i = skipNum(format, i, end)
			}
		}
		if !afterIndex {
			argNum, i, afterIndex, goodArgNum, reordered = argNumber(argNum, format, i, len(a), goodArgNum, reordered)
		}
		if i >= end {
			break
		}
		verb, size := decodeRune(format[i:])
		verbAt := i
		i += size
		switch {
		case verb == '%':
			// Prints a percent sign and uses no operand.
		case !goodArgNum || argNum >= len(a):
			// %!v(BADINDEX) or %!v(MISSING); no operand used.
		default:
			if verb == 'w' {
				wrapped = append(wrapped, argNum)
				if _, ok := a[argNum].(error); ok {
					if out == nil {
						out = []byte(format)
					}
					out[verbAt] = 'v'
				}
			}
			argNum++
		}
	}
	if out != nil {
		format = string(out)
	}
	return format, wrapped, reordered
}

func isFlag(c byte) bool {
	return c == '#' || c == '0' || c == '+' || c == '-' || c == ' '
}

// skipNum skips a decimal number (Sprintf gives up on numbers above 10^6,
// and then skips to the end of the format).
func skipNum(s string, i, end int) int {
	num := 0
	for ; i < end && '0' <= s[i] && s[i] <= '9'; i++ {
		if num > 1e6 {
			return end
		}
		num = num*10 + int(s[i]-'0')
	}
	return i
}

// argNumber reads an optional [n] at format[i:], which picks operand n-1.
func argNumber(argNum int, format string, i int, numArgs int, good, reordered bool) (newArgNum, newi int, found, newGood, newReordered bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false, good, reordered
	}
	reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true, good, reordered
	}
	return argNum, i + wid, ok, false, reordered
}

// parseArgNumber parses "[n]" at the start of format: it returns n-1, the
// length of the bracketed text and whether it was a valid number.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			j := skipNum(format, 1, i)
			if j != i || i == 1 {
				return 0, i + 1, false
			}
			n := 0
			for _, c := range format[1:i] {
				n = n*10 + int(c-'0')
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// decodeRune returns the first rune of s and its length in bytes.
func decodeRune(s string) (rune, int) {
	if s[0] < 0x80 {
		return rune(s[0]), 1
	}
	var first rune
	for i, r := range s {
		if i > 0 {
			return first, i
		}
		first = r
	}
	return first, len(s)
}
