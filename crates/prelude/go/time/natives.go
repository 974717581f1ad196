// Natives of package time: the virtual clock and timers. The engine
// implements these in Rust; crates/prelude/natives.md says exactly how a
// timer and its channel behave.

package time

// now reads the virtual clock: sec and nsec are the wall time since the
// Unix epoch (the clock starts at 2009-11-10 23:00:00 UTC, sec 1257894000),
// mono is the nanoseconds elapsed since the program started plus 1.
func now() (sec int64, nsec int32, mono int64)

// Sleep blocks the calling goroutine (wait reason "sleep") until the clock
// has advanced by d. d <= 0 returns at once.
func Sleep(d Duration)

// startTimer arms a timer identified by key (the *Timer or *Ticker that
// owns it): it fires when d has passed (at once if d <= 0), then every
// period after that if period > 0. On firing it either offers the current
// Time on c (c != nil) or starts a new goroutine running f (f != nil).
func startTimer(key any, d Duration, period Duration, c chan Time, f func())

// stopTimer disarms key's timer and withdraws a fired value that nobody
// has received yet. It reports whether that stopped anything: the timer
// was armed, or its value was still waiting on c.
func stopTimer(key any) bool

// resetTimer is stopTimer followed by re-arming key's timer with the new
// d and period (c and f are kept); it returns what stopTimer would.
func resetTimer(key any, d Duration, period Duration) bool
