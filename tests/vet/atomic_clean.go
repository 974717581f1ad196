package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// The atomic result goes to another variable, or is dropped: both fine.
func main() {
	var hits int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&hits, 1)
		}()
	}
	wg.Wait()
	var total int64
	total = atomic.AddInt64(&hits, 0)
	var n atomic.Int32
	n.Add(2)
	fmt.Println(total, n.Load())
}

// Vet: clean
