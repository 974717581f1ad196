// What Go's sync/atomic package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks AddUintptr AndUintptr CompareAndSwapPointer
//dojo:lacks CompareAndSwapUintptr LoadPointer LoadUintptr OrUintptr
//dojo:lacks StorePointer StoreUintptr SwapPointer SwapUintptr Uintptr
//dojo:lacks Uintptr.Add Uintptr.And Uintptr.CompareAndSwap Uintptr.Load
//dojo:lacks Uintptr.Or Uintptr.Store Uintptr.Swap

package atomic
