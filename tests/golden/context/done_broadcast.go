// Checks: closing Done wakes every goroutine waiting on it, and each then sees a non-nil Err.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var ready sync.WaitGroup
	results := make([]error, 5)
	for i := range results {
		wg.Add(1)
		ready.Add(1)
		go func() {
			defer wg.Done()
			ready.Done()
			<-ctx.Done()
			results[i] = ctx.Err()
		}()
	}
	ready.Wait()
	cancel()
	wg.Wait()
	for i, err := range results {
		fmt.Println("waiter", i, "saw:", err)
	}
}

// Output:
// waiter 0 saw: context canceled
// waiter 1 saw: context canceled
// waiter 2 saw: context canceled
// waiter 3 saw: context canceled
// waiter 4 saw: context canceled
