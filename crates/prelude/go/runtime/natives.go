// Natives of package runtime: the scheduler's own operations. The engine
// implements these in Rust; see crates/prelude/natives.md.

package runtime

// Gosched yields: the calling goroutine stays runnable but lets the others
// run first.
func Gosched()

// NumGoroutine returns the number of goroutines that exist now, including
// the caller (blocked ones count; finished ones do not).
func NumGoroutine() int

// Goexit ends the calling goroutine after running its deferred calls. In
// main, the program then continues until every other goroutine is done or
// blocked, and ends with "fatal error: no goroutines (main called
// runtime.Goexit) - deadlock!".
func Goexit()
