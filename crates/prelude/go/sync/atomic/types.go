// Package atomic is Goroutine Dojo's version of Go's sync/atomic. The
// functions on plain *int32/*int64/... are natives (natives.go), because
// each atomic access is one step the engine schedules; the typed wrappers
// (Int32, Int64, Uint32, Uint64, Bool) are Go calling them. Value is
// native too: it must check and replace a whole interface in one step.
// Pointer is Go on top of Value.
package atomic

// noCopy makes "go vet" complain when a value is copied after first use,
// as in Go. It has no effect when the program runs.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 only mirrors Go's field layout (on 32-bit machines Go uses it to
// align 64-bit atomics).
type align64 struct{}

// Value holds any value, loaded and stored atomically. All stores must use
// the same dynamic type. The methods are natives (see natives.go).
type Value struct {
	v any
}

// Bool is an atomic boolean; the zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool               { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)           { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// Int32 is an atomic int32; the zero value is 0.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)            { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// Int64 is an atomic int64; the zero value is 0.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64                { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)            { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// Uint32 is an atomic uint32; the zero value is 0.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                 { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)             { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// Uint64 is an atomic uint64; the zero value is 0.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64                 { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)             { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// Pointer is an atomic *T; the zero value holds nil. The Dojo has no
// unsafe.Pointer, so it keeps the pointer in a Value, whose natives make
// each operation one atomic step. A Value that was never stored to stands
// for nil, like a stored nil *T; CompareAndSwap treats the two alike.
type Pointer[T any] struct {
	// The *T field makes Pointer[A] and Pointer[B] unconvertible, as in
	// Go; it takes no room.
	_ [0]*T
	_ noCopy
	v Value
}

// Load returns the pointer most recently stored, or nil if none was.
func (x *Pointer[T]) Load() *T {
	p, _ := x.v.Load().(*T)
	return p
}

// Store sets the pointer to val (which may be nil).
func (x *Pointer[T]) Store(val *T) { x.v.Store(val) }

// Swap sets the pointer to new and returns the one it replaced.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old, _ = x.v.Swap(new).(*T)
	return old
}

// CompareAndSwap sets the pointer to new if it is old, and reports
// whether it did.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	// A nil old also matches a Value never stored to. Once a Value holds
	// something it never becomes empty again, so when the first step
	// fails the second decides alone.
	if old == nil && x.v.CompareAndSwap(nil, new) {
		return true
	}
	return x.v.CompareAndSwap(old, new)
}
