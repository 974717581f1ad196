// The sync/atomic functions AddInt64, LoadInt64, StoreInt64 and CompareAndSwapInt64 operate on plain variables.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var counter int64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&counter, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&counter))
	fmt.Println(atomic.AddInt64(&counter, -500))
	atomic.StoreInt64(&counter, 7)
	fmt.Println(atomic.LoadInt64(&counter))
	fmt.Println(atomic.CompareAndSwapInt64(&counter, 8, 100), counter)
	fmt.Println(atomic.CompareAndSwapInt64(&counter, 7, 100), counter)
	fmt.Println(atomic.SwapInt64(&counter, 1), counter)
	var max int64
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := int64(i * 3)
			for {
				cur := atomic.LoadInt64(&max)
				if v <= cur || atomic.CompareAndSwapInt64(&max, cur, v) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("max", max)
	var n32 int32
	atomic.AddInt32(&n32, 3)
	fmt.Println(atomic.LoadInt32(&n32))
}

// Output:
// 10000
// 9500
// 7
// false 7
// true 100
// 100 1
// max 60
// 3
