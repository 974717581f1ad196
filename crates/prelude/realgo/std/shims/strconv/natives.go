// Shim for the harness: strconv's natives implemented with Go's strconv.

package strconv

import real "strconv"

func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return real.FormatFloat(f, fmt, prec, bitSize)
}

func parseFloat(s string, bitSize int) (float64, int) {
	f, err := real.ParseFloat(s, bitSize)
	if err == nil {
		return f, 0
	}
	if err.(*real.NumError).Err == real.ErrRange {
		return f, 2
	}
	return f, 1
}
