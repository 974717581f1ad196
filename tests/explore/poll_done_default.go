// Race (benign but nondeterministic): a worker polls ctx.Done() with select/default and does one work item per iteration, so after main cancels it may have done 0, 1, 2 or 3 items.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())

	var wg sync.WaitGroup
	count := 0 // written only by the worker, read by main after wg.Wait
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ { // at most 3 work items
			select {
			case <-ctx.Done():
				return // canceled: stop before the next item
			default:
			}
			count++ // one work item
		}
	}()

	// main changes its mind right after starting the worker
	cancel()
	wg.Wait()
	fmt.Println("items:", count)
}

// Outcome: exit 0 stdout="items: 0\n" stderr=""
// Outcome: exit 0 stdout="items: 1\n" stderr=""
// Outcome: exit 0 stdout="items: 2\n" stderr=""
// Outcome: exit 0 stdout="items: 3\n" stderr=""
// RealGo: 2000 runs; outcome 1 x2000 (first run 1, 0.0s); outcome 2 x0 (not seen in 2000 runs); outcome 3 x0 (not seen in 2000 runs); outcome 4 x0 (not seen in 2000 runs)
