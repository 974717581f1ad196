// Natives of package sync/atomic: every atomic operation. Each one is a
// single indivisible step and a scheduling point of the engine, so other
// goroutines can run between two atomic operations but never inside one.
// The engine implements these in Rust; see crates/prelude/natives.md.

package atomic

// AddInt32 atomically adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32)

// AddInt64 atomically adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64)

// AddUint32 atomically adds delta to *addr (wrapping) and returns the new
// value. Subtract c with AddUint32(addr, ^uint32(c-1)).
func AddUint32(addr *uint32, delta uint32) (new uint32)

// AddUint64 atomically adds delta to *addr (wrapping) and returns the new
// value.
func AddUint64(addr *uint64, delta uint64) (new uint64)

// LoadInt32 atomically reads *addr.
func LoadInt32(addr *int32) (val int32)

// LoadInt64 atomically reads *addr.
func LoadInt64(addr *int64) (val int64)

// LoadUint32 atomically reads *addr.
func LoadUint32(addr *uint32) (val uint32)

// LoadUint64 atomically reads *addr.
func LoadUint64(addr *uint64) (val uint64)

// StoreInt32 atomically writes val into *addr.
func StoreInt32(addr *int32, val int32)

// StoreInt64 atomically writes val into *addr.
func StoreInt64(addr *int64, val int64)

// StoreUint32 atomically writes val into *addr.
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 atomically writes val into *addr.
func StoreUint64(addr *uint64, val uint64)

// SwapInt32 atomically writes new into *addr and returns the old value.
func SwapInt32(addr *int32, new int32) (old int32)

// SwapInt64 atomically writes new into *addr and returns the old value.
func SwapInt64(addr *int64, new int64) (old int64)

// SwapUint32 atomically writes new into *addr and returns the old value.
func SwapUint32(addr *uint32, new uint32) (old uint32)

// SwapUint64 atomically writes new into *addr and returns the old value.
func SwapUint64(addr *uint64, new uint64) (old uint64)

// CompareAndSwapInt32 atomically: if *addr == old, sets *addr = new and
// returns true; otherwise leaves *addr alone and returns false.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// CompareAndSwapInt64 is CompareAndSwapInt32 for int64.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// CompareAndSwapUint32 is CompareAndSwapInt32 for uint32.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// CompareAndSwapUint64 is CompareAndSwapInt32 for uint64.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// Load returns the value most recently stored in v.v, or nil if none was.
func (v *Value) Load() (val any)

// Store sets v.v to val. It panics with the string
// "sync/atomic: store of nil value into Value" if val is nil, and with
// "sync/atomic: store of inconsistently typed value into Value" if v
// already holds a value of a different dynamic type.
func (v *Value) Store(val any)

// Swap sets v.v to new and returns the previous value (nil if none). It
// panics like Store, with "swap" in place of "store".
func (v *Value) Swap(new any) (old any)

// CompareAndSwap sets v.v to new if it currently equals old and reports
// whether it did. An empty Value counts as holding nil. Panics, in order:
// new is nil: "sync/atomic: compare and swap of nil value into Value";
// old is non-nil and of another type than new: "sync/atomic: compare and
// swap of inconsistently typed values"; v holds a value of another type
// than new: "sync/atomic: compare and swap of inconsistently typed value
// into Value"; and comparing the held value with old panics like == does
// for a non-comparable type.
func (v *Value) CompareAndSwap(old, new any) (swapped bool)
