// What Go's sync/atomic package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks AddUintptr AndInt32 AndInt64 AndUint32 AndUint64 AndUintptr
//dojo:lacks CompareAndSwapPointer CompareAndSwapUintptr Int32.And Int32.Or
//dojo:lacks Int64.And Int64.Or LoadPointer LoadUintptr OrInt32 OrInt64
//dojo:lacks OrUint32 OrUint64 OrUintptr StorePointer StoreUintptr
//dojo:lacks SwapPointer SwapUintptr Uint32.And Uint32.Or Uint64.And
//dojo:lacks Uint64.Or Uintptr Uintptr.Add Uintptr.And
//dojo:lacks Uintptr.CompareAndSwap Uintptr.Load Uintptr.Or Uintptr.Store
//dojo:lacks Uintptr.Swap

package atomic
