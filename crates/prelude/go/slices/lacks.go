// What Go's slices package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks All AppendSeq Backward Chunk Collect Sorted SortedFunc
//dojo:lacks SortedStableFunc Values

package slices
