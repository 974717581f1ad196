package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// The result of atomic.AddInt64 is stored back into the counter: the
// store races with the other goroutines' atomic adds.
func main() {
	var hits int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits = atomic.AddInt64(&hits, 1)
		}()
	}
	wg.Wait()
	fmt.Println(hits)
}

// Vet: 18:4: direct assignment to atomic value
