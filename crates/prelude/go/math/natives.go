// Natives of package math: the views of a float's bits that the rest of
// the package, plain Go, is written with. The engine implements these in
// Rust; see crates/prelude/natives.md.

package math

// Float64bits and Float32bits are the IEEE 754 bits of f;
// Float64frombits and Float32frombits the number with bits b.
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
