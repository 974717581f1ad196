// Several goroutines selecting on a shared work channel and a quit channel each stop cleanly when quit closes.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	work := make(chan int)
	quit := make(chan struct{})
	var processed atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case n := <-work:
					processed.Add(int64(n))
				case <-quit:
					return
				}
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		work <- i
	}
	close(quit)
	wg.Wait()
	fmt.Println("sum processed:", processed.Load())
	select {
	case work <- 1:
		fmt.Println("someone still listening")
	default:
		fmt.Println("no workers left")
	}
}

// Output:
// sum processed: 5050
// no workers left
