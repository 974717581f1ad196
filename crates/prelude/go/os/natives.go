// Natives of package os: process exit and raw output. The engine implements
// these in Rust; see crates/prelude/natives.md.

package os

// Exit ends the program at once with the given status code. Deferred
// functions do not run and other goroutines are simply abandoned.
func Exit(code int)

// write appends s to the program's standard output (fd 1) or standard
// error (fd 2); any other fd discards s.
func write(fd int, s string)
