// Shim for the harness: sync/atomic's natives implemented with Go's own.
// A Value is backed by a real atomic.Value, found by its address.

package atomic

import (
	realsync "sync"
	real "sync/atomic"
)

func AddInt32(addr *int32, delta int32) (new int32)     { return real.AddInt32(addr, delta) }
func AddInt64(addr *int64, delta int64) (new int64)     { return real.AddInt64(addr, delta) }
func AddUint32(addr *uint32, delta uint32) (new uint32) { return real.AddUint32(addr, delta) }
func AddUint64(addr *uint64, delta uint64) (new uint64) { return real.AddUint64(addr, delta) }
func LoadInt32(addr *int32) (val int32)                 { return real.LoadInt32(addr) }
func LoadInt64(addr *int64) (val int64)                 { return real.LoadInt64(addr) }
func LoadUint32(addr *uint32) (val uint32)              { return real.LoadUint32(addr) }
func LoadUint64(addr *uint64) (val uint64)              { return real.LoadUint64(addr) }
func StoreInt32(addr *int32, val int32)                 { real.StoreInt32(addr, val) }
func StoreInt64(addr *int64, val int64)                 { real.StoreInt64(addr, val) }
func StoreUint32(addr *uint32, val uint32)              { real.StoreUint32(addr, val) }
func StoreUint64(addr *uint64, val uint64)              { real.StoreUint64(addr, val) }
func SwapInt32(addr *int32, new int32) (old int32)      { return real.SwapInt32(addr, new) }
func SwapInt64(addr *int64, new int64) (old int64)      { return real.SwapInt64(addr, new) }
func SwapUint32(addr *uint32, new uint32) (old uint32)  { return real.SwapUint32(addr, new) }
func SwapUint64(addr *uint64, new uint64) (old uint64)  { return real.SwapUint64(addr, new) }
func CompareAndSwapInt32(addr *int32, old, new int32) bool {
	return real.CompareAndSwapInt32(addr, old, new)
}
func CompareAndSwapInt64(addr *int64, old, new int64) bool {
	return real.CompareAndSwapInt64(addr, old, new)
}
func CompareAndSwapUint32(addr *uint32, old, new uint32) bool {
	return real.CompareAndSwapUint32(addr, old, new)
}
func CompareAndSwapUint64(addr *uint64, old, new uint64) bool {
	return real.CompareAndSwapUint64(addr, old, new)
}

// A Value's real counterpart lives in a side table keyed by its address.
var (
	tableLock realsync.Mutex
	values    = map[*Value]*real.Value{}
)

func realValue(v *Value) *real.Value {
	tableLock.Lock()
	defer tableLock.Unlock()
	rv := values[v]
	if rv == nil {
		rv = new(real.Value)
		values[v] = rv
	}
	return rv
}

func (v *Value) Load() (val any)  { return realValue(v).Load() }
func (v *Value) Store(val any)    { realValue(v).Store(val) }
func (v *Value) Swap(new any) any { return realValue(v).Swap(new) }
func (v *Value) CompareAndSwap(old, new any) bool {
	return realValue(v).CompareAndSwap(old, new)
}
