// Natives of package strconv: floating-point text conversion. The engine
// implements these in Rust; see crates/prelude/natives.md.

package strconv

// FormatFloat formats f exactly like Go's strconv.FormatFloat: fmt is one
// of 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X' (any other byte gives "%" and
// that byte), prec is the number of digits (-1: the fewest that read back
// exactly) and bitSize is 32 (f is a float32 value) or 64.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// parseFloat is the core of ParseFloat: it parses s exactly like Go's
// strconv.ParseFloat (bitSize 32 rounds to float32, anything else means
// 64) and returns the value and 0; or 0 and 1 for a syntax error; or ±Inf
// and 2 when the value is too large for bitSize.
func parseFloat(s string, bitSize int) (float64, int)
