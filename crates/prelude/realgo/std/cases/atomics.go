// sync/atomic functions, typed values and Value's panics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

type point struct{ x, y int }

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	fmt.Println(atomic.AddInt32(&i32, 5), atomic.AddInt64(&i64, -7), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint64(&u64, 3))
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64))
	atomic.StoreInt32(&i32, 10)
	atomic.StoreInt64(&i64, 20)
	atomic.StoreUint32(&u32, 30)
	atomic.StoreUint64(&u64, 40)
	fmt.Println(atomic.SwapInt32(&i32, 11), atomic.SwapInt64(&i64, 21), atomic.SwapUint32(&u32, 31), atomic.SwapUint64(&u64, 41))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 11, 12), atomic.CompareAndSwapInt32(&i32, 11, 13), i32,
		atomic.CompareAndSwapInt64(&i64, 21, 22), atomic.CompareAndSwapUint32(&u32, 0, 1), atomic.CompareAndSwapUint64(&u64, 41, 0), u64)

	var a32 atomic.Int32
	var a64 atomic.Int64
	var au32 atomic.Uint32
	var au64 atomic.Uint64
	var ab atomic.Bool
	fmt.Println(a32.Add(3), a32.Load(), a32.Swap(9), a32.CompareAndSwap(9, 10), a32.CompareAndSwap(9, 11), a32.Load())
	a64.Store(-5)
	fmt.Println(a64.Add(10), a64.Load(), a64.Swap(1), a64.CompareAndSwap(1, 2), a64.Load())
	au32.Store(7)
	fmt.Println(au32.Add(^uint32(0)), au32.Load(), au32.Swap(1), au32.CompareAndSwap(1, 2), au32.Load())
	fmt.Println(au64.Add(1<<40), au64.Load(), au64.Swap(0), au64.CompareAndSwap(0, 5), au64.Load())
	fmt.Println(ab.Load(), ab.Swap(true), ab.Load(), ab.CompareAndSwap(true, false), ab.CompareAndSwap(true, false), ab.Load())
	ab.Store(true)
	fmt.Println(ab.Load())
	fmt.Printf("%v %v %v %v %v\n", a32.Load(), a64.Load(), au32.Load(), au64.Load(), ab.Load())

	var wg sync.WaitGroup
	var hits atomic.Int64
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(2)
		}()
	}
	wg.Wait()
	fmt.Println("hits", hits.Load())

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(point{1, 2})
	fmt.Println(v.Load(), v.Load().(point).x)
	fmt.Println(v.Swap(point{3, 4}), v.Load())
	fmt.Println(v.CompareAndSwap(point{0, 0}, point{5, 6}), v.CompareAndSwap(point{3, 4}, point{5, 6}), v.Load())
	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("string") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap other type", func() { v.Swap(1) })
	try("cas nil new", func() { v.CompareAndSwap(point{5, 6}, nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, point{}) })
	try("cas other type", func() { v.CompareAndSwap(nil, "x") })
	var empty atomic.Value
	fmt.Println(empty.CompareAndSwap(nil, 1), empty.Load(), empty.CompareAndSwap(nil, 2), empty.CompareAndSwap(1, 3), empty.Load())
	var e2 atomic.Value
	fmt.Println(e2.Swap([]int{1}))
	try("cas other type than held", func() { e2.CompareAndSwap(point{}, point{}) })
	try("cas uncomparable", func() { e2.CompareAndSwap([]int{1}, []int{2}) })
	var f atomic.Value
	f.Store(func() {})
	try("cas func", func() { f.CompareAndSwap(nil, func() {}) })
	var last atomic.Value
	last.Store(1)
	last.Store(int64(1))
}
