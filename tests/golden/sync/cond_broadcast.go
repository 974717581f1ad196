// Cond.Broadcast wakes every waiting goroutine; each rechecks its condition while holding the lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	arrived := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	woke := make([]bool, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			arrived.Signal()
			for !ready {
				cond.Wait()
			}
			woke[i] = true
			mu.Unlock()
		}()
	}
	mu.Lock()
	for waiting < 4 {
		arrived.Wait()
	}
	fmt.Println("all", waiting, "goroutines are waiting")
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woke:", woke)
}

// Output:
// all 4 goroutines are waiting
// woke: [true true true true]
