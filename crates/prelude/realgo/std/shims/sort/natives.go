// Shim for the harness: sort's natives implemented with reflect.

package sort

import "reflect"

func sliceLen(x any) int {
	reflect.Swapper(x) // panics like Go's sort.Slice for a non-slice
	return reflect.ValueOf(x).Len()
}

func sliceSwap(x any, i, j int) { reflect.Swapper(x)(i, j) }
