// Natives of package sort: the two operations on a slice held in an `any`
// that sort.Slice needs (Go itself uses reflection here). The engine
// implements these in Rust; see crates/prelude/natives.md.

package sort

// sliceLen returns len(x). If x is not a slice it panics with an error
// whose text is "reflect: call of Swapper on <kind> Value" (<kind> is e.g.
// "int", "string", "map", "ptr"; a nil x gives "zero").
func sliceLen(x any) int

// sliceSwap swaps elements i and j of the slice x (0 <= i, j < len(x)).
func sliceSwap(x any, i, j int)
