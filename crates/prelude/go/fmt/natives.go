// Natives of package fmt: the formatting engine itself (verbs, flags,
// widths, printing of every kind of value, calling Error and String
// methods). The engine implements these in Rust; see
// crates/prelude/natives.md.

package fmt

// Sprintf formats a according to format exactly like Go's fmt.Sprintf,
// including the %!verb(type=value), %!(EXTRA ...), %!v(MISSING) and
// %!v(PANIC=String method: ...) texts. A %w verb is always bad here
// (%!w(type=value)): Errorf rewrites the %w it accepts to %v first.
func Sprintf(format string, a ...any) string

// Sprint formats the operands with %v, adding a space between two
// operands when neither is a string, exactly like Go's fmt.Sprint.
func Sprint(a ...any) string

// Sprintln formats the operands with %v, separated by spaces and followed
// by a newline, exactly like Go's fmt.Sprintln.
func Sprintln(a ...any) string
