// Natives of package math/rand: the only sources of randomness. The engine
// implements these in Rust; see crates/prelude/natives.md.

package rand

// int63 returns a random int64 in [0, 1<<63).
func int63() int64

// int63n returns a random int64 in [0, n). The caller guarantees n > 0.
func int63n(n int64) int64
