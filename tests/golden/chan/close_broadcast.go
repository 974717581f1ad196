// Closing a channel wakes every goroutine receiving from it, which makes close a broadcast signal.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	start := make(chan struct{})
	results := make(chan string, 5)
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			results <- fmt.Sprintf("worker %d started", i)
		}()
	}
	fmt.Println("releasing workers")
	close(start)
	wg.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	_, ok := <-start
	fmt.Println("start still closed:", !ok)
}

// Output:
// releasing workers
// worker 1 started
// worker 2 started
// worker 3 started
// worker 4 started
// worker 5 started
// start still closed: true
