// runtime.Gosched yields the processor so a spinning goroutine lets others make progress.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var flag atomic.Bool
	var steps atomic.Int32
	done := make(chan int)
	go func() {
		for !flag.Load() {
			runtime.Gosched()
		}
		done <- int(steps.Load())
	}()
	for i := 0; i < 5; i++ {
		steps.Add(1)
		runtime.Gosched()
	}
	flag.Store(true)
	fmt.Println("spinner saw", <-done, "steps")
	runtime.Gosched()
	fmt.Println("Gosched in main alone returns")
}

// Output:
// spinner saw 5 steps
// Gosched in main alone returns
