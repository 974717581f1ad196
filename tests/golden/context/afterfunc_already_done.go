// Checks: AfterFunc on a context that is already done starts f right away, still in a new goroutine.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	var wg sync.WaitGroup
	wg.Add(1)
	var mu sync.Mutex
	mu.Lock() // held by main: f can only finish after main unlocks
	stop := context.AfterFunc(ctx, func() {
		mu.Lock()
		fmt.Println("f runs, ctx err:", ctx.Err())
		mu.Unlock()
		wg.Done()
	})
	fmt.Println("AfterFunc returned")
	mu.Unlock()
	wg.Wait()
	fmt.Println("stop:", stop())

	// On a context that is never canceled, f never runs and stop succeeds.
	stopBg := context.AfterFunc(context.Background(), func() { fmt.Println("never") })
	fmt.Println("stop on Background:", stopBg())
}

// Output:
// AfterFunc returned
// f runs, ctx err: context canceled
// stop: false
// stop on Background: true
