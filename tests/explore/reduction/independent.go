// Three goroutines that share nothing: each fills and drains its own
// buffered channel. Every interleaving is equivalent to every other, so a
// search with partial-order reduction runs exactly one schedule.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const k, n = 3, 4
	var wg sync.WaitGroup
	wg.Add(k)
	for i := 0; i < k; i++ {
		own := make(chan int, n)
		go func() {
			defer wg.Done()
			for j := 0; j < n; j++ {
				own <- j
			}
			for j := 0; j < n; j++ {
				<-own
			}
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
